using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Time.Testing;
using VendorGrid.Gateway.Hosting;

namespace VendorGrid.Tests.Gateway.Accounts;

/// <summary>The failure count and invitation expiry, on a gateway whose clock the test moves (its TimeProvider, faked). The backoff itself: Security/SignInBackoffTests.</summary>
[Collection(GatewayCollection.Name)]
public sealed class SignInClockTests(GatewayFixture fixture) : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 5, 1, 9, 0, 0, TimeSpan.FromHours(8)));
    private WebApplicationFactory<GatewaySettings> app = null!;

    public ValueTask InitializeAsync()
    {
        app = fixture.OnClock(clock);
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    private async Task<HttpResponseMessage> SignInAsync(string username, string password) =>
        await SignedInClient.Browser(app).PostAsJsonAsync("/api/auth/login", new { username, password });

    [Fact]
    public async Task ASuccess_ResetsTheFailureCount()
    {
        var username = await SignedInClient.CreateAccountAsync(fixture, "vendor", null, $"vend-{Guid.NewGuid():N}"[..24], "the-right-password", app);

        for (var i = 0; i < 4; i++) await SignInAsync(username, "a-wrong-password");
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(username, "the-right-password")).StatusCode);
        for (var i = 0; i < 4; i++) Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(username, "a-wrong-password")).StatusCode);
    }

    [Fact]
    public async Task AnInvitation_ExpiresAfterSevenDays()
    {
        var institution = $"inst-{Guid.NewGuid():N}"[..24];
        var admin = app.CreateClient();
        admin.DefaultRequestHeaders.Authorization = new("Bearer", Tokens.For(fixture, "institution-admin", institution: institution, now: clock.GetUtcNow()));
        async Task<string> InviteAsync()
        {
            var email = $"late-{Guid.NewGuid():N}@test.local";
            Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/users/invitations", new { email, displayName = "迟到者" })).StatusCode);
            return await fixture.Mailbox.TokenAsync(email, "invitation");
        }
        var (early, late) = (await InviteAsync(), await InviteAsync());

        clock.Advance(TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1));
        var inTime = await app.CreateClient().PostAsJsonAsync("/api/auth/invitations/accept", new { token = early, password = "a-long-password-1" });
        clock.Advance(TimeSpan.FromMinutes(1));
        var tooLate = await app.CreateClient().PostAsJsonAsync("/api/auth/invitations/accept", new { token = late, password = "a-long-password-1" });

        Assert.Equal(HttpStatusCode.Created, inTime.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, tooLate.StatusCode);
        Assert.Equal("urn:vendorgrid:problem:invitation-expired", (await tooLate.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("type").GetString());
    }
}
