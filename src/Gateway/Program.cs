using Microsoft.Extensions.Options;
using Scalar.AspNetCore;
using VendorGrid.Gateway;
using VendorGrid.Gateway.Accounts;
using VendorGrid.Gateway.Admin;
using VendorGrid.Gateway.Api;
using VendorGrid.Gateway.Contracts;
using VendorGrid.Gateway.Health;
using VendorGrid.Gateway.Hosting;
using VendorGrid.Gateway.Portal;
using VendorGrid.Grains.Json;
using VendorGrid.Gateway.Security;
using VendorGrid.Hosting;
using VendorGrid.Gateway.Tenancy;

// `./vg token` runs this assembly with a hidden command instead of starting the web host.
if (args is ["mint-token", .. var tokenArgs])
    return TokenCommand.Run(tokenArgs);
if (args is ["public-key", .. var keyArgs])
    return TokenCommand.PublicKey(keyArgs);

var builder = WebApplication.CreateBuilder(args);
builder.AddVendorGridLogging();
builder.AddVendorGridCluster();
builder.AddVendorGridTelemetry();
builder.AddVendorGridOrleansDashboard();
builder.AddVendorGridHardening();
builder.Services.AddVendorGridAuthentication();
builder.Services.AddValidatedTokenCache();
builder.Services.AddVendorGridAccounts();
builder.Services.AddTenancy();
builder.Services.ConfigureHttpJsonOptions(o => ApiJson.Configure(o.SerializerOptions));
builder.Services.AddProblemDetails();
builder.Services.AddVendorGridOpenApi();
builder.Services.AddVendorGridHealthChecks();
builder.Services.AddVendorGridJobsDashboard();

var app = builder.Build();
app.UseVendorGridTelemetry();
app.UseVendorGridPipeline();
app.MapOpenApi();
app.MapScalarApiReference("/api/reference");
app.MapHealth();
app.MapJwks();
app.MapEmailVerification();
app.MapVendorGridMetrics();
app.MapContracts();
app.MapWaiting();
app.MapContractDrafts();
app.MapDefinitionEditor();
app.MapCalendar();
app.MapInstitutions();
app.MapVendors();
app.MapEngineers();
app.MapAudit();
app.MapNotifications();
app.MapAdminJobs();
app.MapAdminCluster();
app.MapJobsDashboard();
app.MapOrleansDashboardForAdmins();
app.MapAccounts();
app.MapPortal();

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
