using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using VendorGrid.Gateway;
using VendorGrid.Gateway.Health;
using VendorGrid.Gateway.Hosting;
using VendorGrid.Gateway.Json;
using VendorGrid.Gateway.Security;
using VendorGrid.Gateway.Tenancy;

// `./vg token` runs this assembly with a hidden command instead of starting the web host.
if (args is ["mint-token", .. var tokenArgs])
    return TokenCommand.Run(tokenArgs);

var builder = WebApplication.CreateBuilder(args);
builder.AddVendorGridCluster();
builder.Services.AddVendorGridAuthentication();
builder.Services.AddTenancy();
builder.Services.ConfigureHttpJsonOptions(o =>
{
    o.SerializerOptions.Converters.Add(new TwoDecimalPlacesConverter());
    o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
});
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi();
builder.Services.AddVendorGridHealthChecks();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();
app.MapOpenApi();
app.MapHealth();
app.MapContracts();
app.MapCalendar();
app.MapNotifications();
app.MapAdminJobs();

try
{
    await app.RunAsync();
    return 0;
}
catch (OptionsValidationException e)
{
    Console.Error.WriteLine($"vendorgrid-gateway: {string.Join("; ", e.Failures)}");
    return 1;
}
