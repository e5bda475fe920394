using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using VendorGrid.Tests.Gateway;
using VendorGrid.Tests.Gateway.Accounts;

namespace VendorGrid.Tests.Operations;

/// <summary>Issue 19 (2): log lines carry the trace, the tenant and the user, and never a password.</summary>
[Collection(GatewayCollection.Name)]
public sealed class LoggingTests(GatewayFixture fixture)
{
    [Fact]
    public async Task SignInAttempts_NeverWriteThePassword_AtAnyLevel_WhileSignedInRequestsCarryTenantUserAndTrace()
    {
        var logs = new CapturedLogs();
        await using var app = fixture.Factory.WithWebHostBuilder(web => web.ConfigureLogging(logging =>
        {
            logging.AddProvider(logs);
            logging.AddFilter<CapturedLogs>(null, LogLevel.Trace);
        }));
        var contract = await ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026");
        var password = $"Pw-{Guid.NewGuid():N}";
        var wrongPassword = $"Wrong-{Guid.NewGuid():N}";
        var username = await SignedInClient.CreateAccountAsync(fixture, "institution-admin", contract.Institution, null, password);

        Assert.Equal(HttpStatusCode.Unauthorized, (await SignedInClient.Browser(app).PostAsJsonAsync("/api/auth/login", new { username, password = wrongPassword })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignedInClient.Browser(app).PostAsJsonAsync("/api/auth/login", new { username = "nobody-" + username, password = wrongPassword })).StatusCode);
        var signedIn = await SignedInClient.SignInAsync(app, username, password);
        Assert.Equal(HttpStatusCode.OK, (await signedIn.Client.GetAsync($"/api/contracts/{contract.Id}")).StatusCode);

        Assert.NotEmpty(logs.Lines);
        Assert.DoesNotContain(logs.Lines, line => line.Text.Contains(password, StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, line => line.Text.Contains(wrongPassword, StringComparison.Ordinal));
        Assert.Contains(logs.Lines, line => line.Scope.GetValueOrDefault("tenant") == contract.Institution
            && line.Scope.GetValueOrDefault("user") is { Length: > 0 } && line.Scope.GetValueOrDefault("TraceId") is { Length: 32 });
    }
}
