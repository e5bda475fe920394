using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using VendorGrid.Gateway.Security;
using VendorGrid.Tests.Gateway.Accounts;

namespace VendorGrid.Tests.Gateway.Security;

/// <summary>
/// Issue 17, item 5: an invitation reaches only the invited address (a one-time link by e-mail), so accepting proves
/// control of it and the inviter cannot accept in the invitee's place; an address that already has an account (at
/// another party) gets a membership to accept with its own password, never a second account or a 409 that tells.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class InvitationTests(GatewayFixture fixture)
{
    private static async Task<JsonElement> JsonOf(HttpResponseMessage response) => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static string Email() => $"inv-{Guid.NewGuid():N}@test.local";

    private HttpClient AdminOf(string institution) => fixture.Client(Tokens.For(fixture, "institution-admin", institution: institution));

    private async Task<HttpResponseMessage> AcceptAsync(string token, string password) =>
        await fixture.Client().PostAsJsonAsync("/api/auth/invitations/accept", new { token, password });

    [Fact]
    public async Task TheInvitersAnswer_CarriesNoLink_OnlyTheInvitedAddressGetsIt()
    {
        var institution = $"inst-{Guid.NewGuid():N}"[..24];
        var email = Email();

        var invited = await AdminOf(institution).PostAsJsonAsync("/api/users/invitations", new { email, displayName = "王芳", role = "institution-staff" });

        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
        var (page, token) = await fixture.Mailbox.LinkAsync(email, "invitation");
        Assert.Equal($"{GatewayFixture.PublicUrl}/accept-invitation", page);
        var answer = await invited.Content.ReadAsStringAsync();
        Assert.DoesNotContain(token, answer);
        Assert.DoesNotContain("acceptUrl", answer);
        Assert.DoesNotContain(token, invited.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Created, (await AcceptAsync(token, "a-long-password-1")).StatusCode);
    }

    [Fact]
    public async Task InvitingAUserOfAnotherParty_AddsAMembershipTheyAcceptWithTheirOwnPassword()
    {
        var contract = await ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026");
        var vendorUser = await SignedInClient.CreateAsync(fixture, "vendor", vendor: contract.Vendor);
        var institution = $"inst-{Guid.NewGuid():N}"[..24];

        var invited = await AdminOf(institution).PostAsJsonAsync("/api/users/invitations",
            new { email = vendorUser.Username, displayName = "外聘顾问", role = "institution-staff" });
        var pendingList = await AdminOf(institution).GetFromJsonAsync<JsonElement[]>("/api/users");
        var token = await fixture.Mailbox.TokenAsync(vendorUser.Username, "invitation");
        var inspected = await JsonOf(await fixture.Client().PostAsJsonAsync("/api/auth/invitations/inspect", new { token }));
        var withANewPassword = await AcceptAsync(token, "a-brand-new-password");
        var withTheirs = await AcceptAsync(token, vendorUser.Password);

        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);  // not 409: the inviter learns nothing about other parties' users
        Assert.Empty(pendingList!);                                // pending until accepted
        Assert.True(inspected.GetProperty("existingAccount").GetBoolean());
        Assert.Equal(HttpStatusCode.Unauthorized, withANewPassword.StatusCode);
        Assert.Equal(HttpStatusCode.Created, withTheirs.StatusCode);
        var joined = await JsonOf(withTheirs);
        Assert.Equal(("institution-staff", institution), (joined.GetProperty("role").GetString(), joined.GetProperty("institution").GetProperty("id").GetString()));
        Assert.Equal(2, joined.GetProperty("memberships").GetArrayLength());
        Assert.Equal([vendorUser.Username], (await AdminOf(institution).GetFromJsonAsync<JsonElement[]>("/api/users"))!.Select(u => u.GetProperty("username").GetString()));

        // Still one person and one password: the vendor session lives on, and a switch acts for the institution.
        var me = await vendorUser.Client.GetFromJsonAsync<JsonElement>("/api/auth/me");
        Assert.Equal("vendor", me.GetProperty("role").GetString());
        var staffMembership = me.GetProperty("memberships").EnumerateArray().Single(m => m.GetProperty("role").GetString() == "institution-staff").GetProperty("id").GetInt64();
        var switched = await vendorUser.Client.PostAsJsonAsync("/api/auth/membership", new { membership = staffMembership });
        Assert.Equal(HttpStatusCode.OK, switched.StatusCode);
        var csrf = SignedInClient.CookieValue(switched, SessionCookies.Csrf)!;
        vendorUser.Client.DefaultRequestHeaders.Remove(SessionCookies.CsrfHeader);
        vendorUser.Client.DefaultRequestHeaders.Add(SessionCookies.CsrfHeader, csrf);
        Assert.Equal(institution, (await vendorUser.Client.GetFromJsonAsync<JsonElement>("/api/auth/me")).GetProperty("institution").GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await vendorUser.Client.GetAsync($"/api/contracts/{contract.Id}")).StatusCode);
    }

    [Fact]
    public async Task DisablingAMembership_EndsOnlyThatParty_ThePersonKeepsTheOther()
    {
        var institution = $"inst-{Guid.NewGuid():N}"[..24];
        var vendorUser = await SignedInClient.CreateAsync(fixture, "vendor", vendor: $"vend-{Guid.NewGuid():N}"[..24]);
        await AdminOf(institution).PostAsJsonAsync("/api/users/invitations", new { email = vendorUser.Username, displayName = "顾问", role = "institution-staff" });
        Assert.Equal(HttpStatusCode.Created, (await AcceptAsync(await fixture.Mailbox.TokenAsync(vendorUser.Username, "invitation"), vendorUser.Password)).StatusCode);
        var membership = (await AdminOf(institution).GetFromJsonAsync<JsonElement[]>("/api/users"))!.Single().GetProperty("id").GetInt64();

        var disabled = await AdminOf(institution).PostAsync($"/api/users/{membership}/disable", null);
        var signIn = await SignedInClient.Browser(fixture.Factory).PostAsJsonAsync("/api/auth/login",
            new { username = vendorUser.Username, password = vendorUser.Password, membership });

        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        var me = await JsonOf(signIn);
        Assert.Equal("vendor", me.GetProperty("role").GetString());
        Assert.Equal(1, me.GetProperty("memberships").GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, (await vendorUser.Client.GetAsync("/api/auth/me")).StatusCode);
    }

    [Fact]
    public async Task InvitationAndFeedTokens_AreKeptOnlyAsHashes_InTheirTables_TheStoredAnswersAndTheAuditTrail()
    {
        var institution = $"inst-{Guid.NewGuid():N}"[..24];
        var email = Email();
        using (var invite = new HttpRequestMessage(HttpMethod.Post, "/api/users/invitations")
               { Content = JsonContent.Create(new { email, displayName = "散列" }), Headers = { { "Idempotency-Key", Guid.NewGuid().ToString() } } })
            Assert.Equal(HttpStatusCode.Created, (await AdminOf(institution).SendAsync(invite)).StatusCode);
        var invitationToken = await fixture.Mailbox.TokenAsync(email, "invitation");
        Assert.Equal(HttpStatusCode.Created, (await AcceptAsync(invitationToken, "a-long-password-1")).StatusCode);

        var vendor = fixture.Client(Tokens.For(fixture, "vendor", vendor: $"vend-{Guid.NewGuid():N}"[..24]));
        var key = Guid.NewGuid().ToString();
        HttpRequestMessage Feed() => new(HttpMethod.Post, "/api/notifications/feeds") { Headers = { { "Idempotency-Key", key } } };
        var first = await JsonOf(await vendor.SendAsync(Feed()));
        var retry = await JsonOf(await vendor.SendAsync(Feed()));
        var feedToken = first.GetProperty("token").GetString()!;
        Assert.Equal(HttpStatusCode.NoContent, (await vendor.DeleteAsync($"/api/notifications/feeds/{feedToken}")).StatusCode);

        // A retry of a feed creation makes another feed: the first URL was never stored to be replayed.
        Assert.NotEqual(feedToken, retry.GetProperty("token").GetString());
        var stored = await AllTextAsync("vg.account_invitations", "vg.calendar_feeds", "vg.idempotency_keys", "vg.audit_log");
        Assert.DoesNotContain(invitationToken, stored);
        Assert.DoesNotContain(feedToken, stored);
        Assert.Contains(VendorGrid.Gateway.Api.Secrets.Redacted(feedToken), stored);  // the revocation's audit row names the feed by its hash
    }

    /// <summary>Every row of the tables as text, stored bodies decoded as UTF-8.</summary>
    private async Task<string> AllTextAsync(params string[] tables)
    {
        var text = new System.Text.StringBuilder();
        var database = fixture.Services.GetRequiredService<NpgsqlDataSource>();
        foreach (var table in tables)
        {
            var decode = table == "vg.idempotency_keys" ? ", encode(t.body, 'escape')" : "";
            await using var command = database.CreateCommand($"SELECT row_to_json(t)::text{decode} FROM {table} t");
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                for (var i = 0; i < reader.FieldCount; i++) text.AppendLine(reader.GetString(i));
        }
        return text.ToString();
    }
}
