using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Time.Testing;
using VendorGrid.Gateway.Hosting;
using VendorGrid.Tests.Gateway.Accounts;

namespace VendorGrid.Tests.Gateway.Security;

/// <summary>
/// Issue 17, item 7: a forgotten password is reset through a one-time link e-mailed to the account's own address; asking
/// answers the same whether or not the address has an account.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class PasswordResetTests(GatewayFixture fixture) : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 5, 1, 9, 0, 0, TimeSpan.FromHours(8)));
    private WebApplicationFactory<GatewaySettings> app = null!;

    public ValueTask InitializeAsync()
    {
        app = fixture.OnClock(clock);
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    private async Task<HttpResponseMessage> AskAsync(string email, string host = "localhost")
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Host = host;
        return await client.PostAsJsonAsync("/api/auth/password-reset", new { email });
    }

    private async Task<HttpResponseMessage> CompleteAsync(string token, string password) =>
        await app.CreateClient().PostAsJsonAsync("/api/auth/password-reset/complete", new { token, password });

    private async Task<HttpResponseMessage> SignInAsync(string username, string password) =>
        await SignedInClient.Browser(app).PostAsJsonAsync("/api/auth/login", new { username, password });

    [Fact]
    public async Task Asking_AnswersTheSameForAnAccountAndAnUnknownAddress_AndOnlyTheAccountGetsALink()
    {
        var username = await SignedInClient.CreateAccountAsync(fixture, "vendor", null, $"vend-{Guid.NewGuid():N}"[..24], "the-old-password", app);
        var unknown = $"nobody-{Guid.NewGuid():N}@test.local";

        var forAccount = await AskAsync(username.ToUpperInvariant());
        var forNobody = await AskAsync(unknown);

        Assert.Equal((HttpStatusCode.Accepted, ""), (forAccount.StatusCode, await forAccount.Content.ReadAsStringAsync()));
        Assert.Equal((HttpStatusCode.Accepted, ""), (forNobody.StatusCode, await forNobody.Content.ReadAsStringAsync()));
        Assert.Equal(forAccount.Headers.Select(h => h.Key).Order(), forNobody.Headers.Select(h => h.Key).Order());
        var (page, _) = await fixture.Mailbox.LinkAsync(username, "password-reset");
        Assert.Equal($"{GatewayFixture.PublicUrl}/reset-password", page);
        Assert.Empty(fixture.Mailbox.To(unknown, "password-reset"));
    }

    [Fact]
    public async Task TheLink_SetsTheNewPasswordOnce_EndsEverySession_AndLiftsTheBackoff()
    {
        var username = await SignedInClient.CreateAccountAsync(fixture, "vendor", null, $"vend-{Guid.NewGuid():N}"[..24], "the-old-password", app);
        var session = await SignedInClient.SignInAsync(app, username, "the-old-password");
        for (var i = 0; i < 6; i++) await SignInAsync(username, "a-wrong-password");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignInAsync(username, "the-old-password")).StatusCode);

        await AskAsync(username);
        var token = await fixture.Mailbox.TokenAsync(username, "password-reset");
        var tooShort = await CompleteAsync(token, "short");
        var done = await CompleteAsync(token, "the-new-password");
        var again = await CompleteAsync(token, "yet-another-password");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooShort.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, done.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await session.Client.GetAsync("/api/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(username, "the-old-password")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(username, "the-new-password")).StatusCode);
    }

    [Fact]
    public async Task ALink_ExpiresAfterAnHour_AndASecondAskWithinFiveMinutesSendsNothing()
    {
        var username = await SignedInClient.CreateAccountAsync(fixture, "vendor", null, $"vend-{Guid.NewGuid():N}"[..24], "the-old-password", app);

        await AskAsync(username);
        var token = await fixture.Mailbox.TokenAsync(username, "password-reset");
        clock.Advance(TimeSpan.FromMinutes(4));
        Assert.Equal(HttpStatusCode.Accepted, (await AskAsync(username)).StatusCode);
        clock.Advance(TimeSpan.FromMinutes(56));
        var late = await CompleteAsync(token, "the-new-password");

        Assert.Equal(HttpStatusCode.Gone, late.StatusCode);
        Assert.Equal("urn:vendorgrid:problem:password-reset-expired", (await late.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("type").GetString());
        Assert.Single(fixture.Mailbox.To(username, "password-reset"));
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(username, "the-old-password")).StatusCode);
    }

    [Fact]
    public async Task TheLink_PointsAtTheConfiguredSite_WhateverHostTheRequestNames()
    {
        var username = await SignedInClient.CreateAccountAsync(fixture, "vendor", null, $"vend-{Guid.NewGuid():N}"[..24], "the-old-password", app);

        await AskAsync(username, host: "evil.example");

        Assert.Equal($"{GatewayFixture.PublicUrl}/reset-password", (await fixture.Mailbox.LinkAsync(username, "password-reset")).Page);
    }
}
