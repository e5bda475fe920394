using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using System.Net.Http.Json;
using VendorGrid.Gateway.Accounts;
using VendorGrid.Gateway.Hosting;
using VendorGrid.Gateway.Security;
using VendorGrid.Tests.Gateway.Accounts;

namespace VendorGrid.Tests.Gateway.Platform;

/// <summary>
/// Issue 17, item 3: a session cookie costs one database read per 10 s window, not one per request. A session ended
/// elsewhere (another gateway signed it out: here, a direct update of its row) still works until the window closes, and
/// not a second longer; one ended through this gateway (sign-out, disabled membership, password reset) stops at once.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class SessionCacheTests(GatewayFixture fixture) : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 5, 1, 9, 0, 0, TimeSpan.FromHours(8)));
    private WebApplicationFactory<GatewaySettings> app = null!;

    public ValueTask InitializeAsync()
    {
        app = fixture.OnClock(clock);
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    private async Task RevokeElsewhereAsync(string username)
    {
        await using var database = NpgsqlDataSource.Create(fixture.Cluster.Database.ConnectionString);
        await using var command = database.CreateCommand("""
            UPDATE vg.account_sessions SET revoked_at = $2
             WHERE account_id = (SELECT id FROM vg.accounts WHERE lower(username) = lower($1))
            """);
        command.Parameters.AddWithValue(username);
        command.Parameters.AddWithValue(clock.GetUtcNow().UtcDateTime);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    [Fact]
    public async Task ASessionEndedOnAnotherGateway_WorksHereForAtMostTheTenSecondWindow()
    {
        var browser = await SignedInClient.CreateAsync(fixture, "institution-staff", institution: "bj-health-data-center", app: app);
        Assert.Equal(HttpStatusCode.OK, (await browser.Client.GetAsync("/api/auth/me")).StatusCode);

        await RevokeElsewhereAsync(browser.Username);
        var withinTheWindow = await browser.Client.GetAsync("/api/auth/me");
        clock.Advance(TimeSpan.FromSeconds(9));
        var justBeforeItCloses = await browser.Client.GetAsync("/api/auth/me");
        clock.Advance(TimeSpan.FromSeconds(1));
        var afterTheWindow = await browser.Client.GetAsync("/api/auth/me");

        Assert.Equal(HttpStatusCode.OK, withinTheWindow.StatusCode);
        Assert.Equal(HttpStatusCode.OK, justBeforeItCloses.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, afterTheWindow.StatusCode);
    }

    [Fact]
    public async Task SigningOutThroughThisGateway_EndsTheSessionAtOnce_EvenForACopyOfTheCookie()
    {
        var username = await SignedInClient.CreateAccountAsync(fixture, "institution-staff", "bj-health-data-center", null, SignedInClient.DefaultPassword, app);
        var login = await app.CreateClient().PostAsJsonAsync("/api/auth/login", new { username, password = SignedInClient.DefaultPassword });
        var (session, csrf) = (SignedInClient.CookieValue(login, SessionCookies.Session)!, SignedInClient.CookieValue(login, SessionCookies.Csrf)!);
        async Task<HttpStatusCode> SendAsync(HttpMethod method, string path)
        {
            using var request = new HttpRequestMessage(method, path);
            request.Headers.Add("Cookie", $"{SessionCookies.Session}={session}; {SessionCookies.Csrf}={csrf}");
            request.Headers.Add(SessionCookies.CsrfHeader, csrf);
            return (await app.CreateClient().SendAsync(request)).StatusCode;
        }

        var before = await SendAsync(HttpMethod.Get, "/api/auth/me");
        var signedOut = await SendAsync(HttpMethod.Post, "/api/auth/logout");
        var after = await SendAsync(HttpMethod.Get, "/api/auth/me");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.NoContent, HttpStatusCode.Unauthorized), (before, signedOut, after));
    }

    [Fact]
    public async Task DisablingAMembershipOrResettingAPassword_ThroughThisGateway_EndsItsCachedSessionsAtOnce()
    {
        var disabled = await SignedInClient.CreateAsync(fixture, "institution-staff", institution: "bj-health-data-center", app: app);
        var reset = await SignedInClient.CreateAsync(fixture, "institution-staff", institution: "bj-health-data-center", app: app);
        var cached = ((await disabled.Client.GetAsync("/api/auth/me")).StatusCode, (await reset.Client.GetAsync("/api/auth/me")).StatusCode);
        var store = app.Services.GetRequiredService<AccountStore>();

        var member = (await store.FindMemberAsync(await MembershipIdAsync(disabled.Username), default))!;
        await store.DisableAsync(member, default);
        var other = (await store.FindMemberAsync(await MembershipIdAsync(reset.Username), default))!;
        await store.SetPasswordAsync(other.Account.Id, "another-horse-battery", endSessions: true, default);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), cached);
        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized),
            ((await disabled.Client.GetAsync("/api/auth/me")).StatusCode, (await reset.Client.GetAsync("/api/auth/me")).StatusCode));
    }

    private async Task<long> MembershipIdAsync(string username)
    {
        await using var database = NpgsqlDataSource.Create(fixture.Cluster.Database.ConnectionString);
        await using var command = database.CreateCommand("""
            SELECT m.id FROM vg.account_memberships m JOIN vg.accounts a ON a.id = m.account_id WHERE lower(a.username) = lower($1)
            """);
        command.Parameters.AddWithValue(username);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
