using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using VendorGrid.Gateway.Security;

namespace VendorGrid.Tests.Gateway.Accounts;

/// <summary>Invitations, first admins, the user list and disabling, each held to the caller's own party.</summary>
[Collection(GatewayCollection.Name)]
public sealed class UsersApiTests(GatewayFixture fixture)
{
    private static async Task<JsonElement> JsonOf(HttpResponseMessage response) => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static string Email() => $"u-{Guid.NewGuid():N}@test.local";

    private HttpClient Platform => fixture.Client(Tokens.For(fixture, "platform-admin"));

    private HttpClient AdminOf(string institution) => fixture.Client(Tokens.For(fixture, "institution-admin", institution: institution));

    private async Task<HttpResponseMessage> AcceptAsync(string token, string password = "a-long-password-1") =>
        await fixture.Client().PostAsJsonAsync("/api/auth/invitations/accept", new { token, password });

    [Fact]
    public async Task AnInvitation_IsAcceptedOnce_IntoAnAccountOfTheInvitersInstitution()
    {
        var institution = $"inst-{Guid.NewGuid():N}"[..24];
        var email = Email();
        var invited = await AdminOf(institution).PostAsJsonAsync("/api/users/invitations", new { email, displayName = "王芳", role = "institution-staff" });
        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
        var invitation = await JsonOf(invited);
        Assert.Equal(email, invitation.GetProperty("email").GetString());
        var token = await fixture.Mailbox.TokenAsync(email, "invitation");

        var tooShort = await AcceptAsync(token, "short");
        var accepted = await AcceptAsync(token);
        var again = await AcceptAsync(token, "another-long-password");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooShort.StatusCode);
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        var account = await JsonOf(accepted);
        Assert.Equal((email, "王芳", "institution-staff", institution),
            (account.GetProperty("username").GetString(), account.GetProperty("displayName").GetString(), account.GetProperty("role").GetString(),
             account.GetProperty("institution").GetProperty("id").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal("urn:vendorgrid:problem:invitation-not-found", (await JsonOf(again)).GetProperty("type").GetString());
        var signedIn = await SignedInClient.SignInAsync(fixture.Factory, email, "a-long-password-1");
        Assert.Equal(institution, (await signedIn.Client.GetFromJsonAsync<JsonElement>("/api/auth/me")).GetProperty("institution").GetProperty("id").GetString());
        // The address is a user of this institution now: a second invitation for it is refused.
        var twice = await AdminOf(institution).PostAsJsonAsync("/api/users/invitations", new { email, displayName = "又一个" });
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal("urn:vendorgrid:problem:already-a-member", (await JsonOf(twice)).GetProperty("type").GetString());
    }

    [Fact]
    public async Task OnlyAnInstitutionAdminOrAVendor_Invites_AndNeverIntoAnotherParty()
    {
        var institution = $"inst-{Guid.NewGuid():N}"[..24];
        var staff = fixture.Client(Tokens.For(fixture, "institution-staff", institution: institution));
        var vendor = fixture.Client(Tokens.For(fixture, "vendor", vendor: $"vend-{Guid.NewGuid():N}"[..24]));

        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsJsonAsync("/api/users/invitations", new { email = Email(), displayName = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Platform.PostAsJsonAsync("/api/users/invitations", new { email = Email(), displayName = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await vendor.PostAsJsonAsync("/api/users/invitations", new { email = Email(), displayName = "同事" })).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity,
            (await AdminOf(institution).PostAsJsonAsync("/api/users/invitations", new { email = Email(), displayName = "x", role = "platform-admin" })).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await AdminOf(institution).PostAsJsonAsync("/api/users/invitations", new { email = "not-an-email", displayName = "x" })).StatusCode);

        // Mass assignment: the party never comes from the body, and a vendor has no role to choose.
        foreach (var (client, body, member) in new (HttpClient, object, string)[]
                 {
                     (AdminOf(institution), new { email = Email(), displayName = "x", institution = "bj-health-data-center" }, "institution"),
                     (AdminOf(institution), new { email = Email(), displayName = "x", vendor = "91110106MA01A51E7B" }, "vendor"),
                     (vendor, new { email = Email(), displayName = "x", role = "institution-admin" }, "role"),
                 })
        {
            var refused = await client.PostAsJsonAsync("/api/users/invitations", body);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            Assert.True((await JsonOf(refused)).GetProperty("errors").TryGetProperty(member, out _), member);
        }
    }

    [Fact]
    public async Task APlatformAdmin_AppointsAKnownInstitutionsFirstAdmin_AndAKnownVendorsFirstUser()
    {
        var contract = await ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026");

        var unknownInstitution = await Platform.PostAsJsonAsync("/api/institutions/no-such-hospital/admins", new { email = Email(), displayName = "x" });
        var unknownVendor = await Platform.PostAsJsonAsync("/api/vendors/no-such-vendor/users", new { email = Email(), displayName = "x" });
        var byAdmin = await AdminOf(contract.Institution).PostAsJsonAsync($"/api/institutions/{contract.Institution}/admins", new { email = Email(), displayName = "x" });
        var withRole = await Platform.PostAsJsonAsync($"/api/institutions/{contract.Institution}/admins", new { email = Email(), displayName = "x", role = "platform-admin" });
        var withVendor = await Platform.PostAsJsonAsync($"/api/vendors/{contract.Vendor}/users", new { email = Email(), displayName = "x", vendor = "someone-else" });
        var admin = await Platform.PostAsJsonAsync($"/api/institutions/{contract.Institution}/admins", new { email = Email(), displayName = "院方管理员" });
        var vendorUser = await Platform.PostAsJsonAsync($"/api/vendors/{contract.Vendor}/users", new { email = Email(), displayName = "乙方用户" });

        Assert.Equal(("urn:vendorgrid:problem:institution-not-found", "urn:vendorgrid:problem:vendor-not-found"),
            ((await JsonOf(unknownInstitution)).GetProperty("type").GetString(), (await JsonOf(unknownVendor)).GetProperty("type").GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, byAdmin.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, withRole.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, withVendor.StatusCode);
        var adminAccount = await JsonOf(await AcceptAsync(await fixture.Mailbox.TokenAsync((await JsonOf(admin)).GetProperty("email").GetString()!, "invitation")));
        var vendorAccount = await JsonOf(await AcceptAsync(await fixture.Mailbox.TokenAsync((await JsonOf(vendorUser)).GetProperty("email").GetString()!, "invitation")));
        Assert.Equal(("institution-admin", contract.Institution), (adminAccount.GetProperty("role").GetString(), adminAccount.GetProperty("institution").GetProperty("id").GetString()));
        Assert.Equal(("vendor", contract.Vendor), (vendorAccount.GetProperty("role").GetString(), vendorAccount.GetProperty("vendor").GetProperty("id").GetString()));
    }

    [Fact]
    public async Task TheUserList_ShowsOnlyTheCallersParty_APlatformAdminFiltersAll_AndPagesLikeOtherLists()
    {
        var (a, b) = ($"inst-{Guid.NewGuid():N}"[..24], $"inst-{Guid.NewGuid():N}"[..24]);
        foreach (var _ in Enumerable.Range(0, 3)) await SignedInClient.CreateAccountAsync(fixture, "institution-staff", a, null, "a-long-password-1");
        await SignedInClient.CreateAccountAsync(fixture, "institution-staff", b, null, "a-long-password-1");

        var ownList = await AdminOf(a).GetFromJsonAsync<JsonElement[]>("/api/users?institution=" + b);
        var firstPage = await AdminOf(a).GetAsync("/api/users?limit=2");
        var filtered = await Platform.GetFromJsonAsync<JsonElement[]>("/api/users?institution=" + b);
        var staff = await fixture.Client(Tokens.For(fixture, "institution-staff", institution: a)).GetAsync("/api/users");

        Assert.Equal(3, ownList!.Length);
        Assert.All(ownList, u => Assert.Equal(a, u.GetProperty("institution").GetString()));
        Assert.All(ownList, u => Assert.DoesNotContain("password", u.GetRawText(), StringComparison.OrdinalIgnoreCase));
        Assert.Equal(2, (await JsonOf(firstPage)).GetArrayLength());
        var next = firstPage.Headers.GetValues("Link").Single();
        var secondPage = await AdminOf(a).GetFromJsonAsync<JsonElement[]>(next[1..next.IndexOf('>')]);
        Assert.Single(secondPage!);
        Assert.Equal(b, Assert.Single(filtered!).GetProperty("institution").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, staff.StatusCode);
    }

    [Fact]
    public async Task DisablingAUser_EndsTheirSessionAtOnce_AndOnlyTheirOwnInstitutionsAdminMayDoIt()
    {
        var contract = await ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026");
        var staff = await SignedInClient.CreateAsync(fixture, "institution-staff", institution: contract.Institution);
        var id = (await AdminOf(contract.Institution).GetFromJsonAsync<JsonElement[]>("/api/users"))!
            .Single(u => u.GetProperty("username").GetString() == staff.Username).GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.OK, (await staff.Client.GetAsync($"/api/contracts/{contract.Id}")).StatusCode);

        var byOtherInstitution = await AdminOf("bj-health-data-center").PostAsync($"/api/users/{id}/disable", null);
        var disabled = await AdminOf(contract.Institution).PostAsync($"/api/users/{id}/disable", null);

        Assert.Equal(HttpStatusCode.NotFound, byOtherInstitution.StatusCode);
        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        Assert.True((await JsonOf(disabled)).GetProperty("disabled").GetBoolean());
        Assert.Equal(HttpStatusCode.Unauthorized, (await staff.Client.GetAsync($"/api/contracts/{contract.Id}")).StatusCode);
        var again = await SignedInClient.Browser(fixture.Factory).PostAsJsonAsync("/api/auth/login", new { username = staff.Username, password = staff.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);
    }

    [Fact]
    public async Task AnAdmin_CannotDisableThemselves()
    {
        var institution = $"inst-{Guid.NewGuid():N}"[..24];
        var admin = await SignedInClient.CreateAsync(fixture, "institution-admin", institution: institution);
        var id = (await admin.Client.GetFromJsonAsync<JsonElement[]>("/api/users"))!.Single().GetProperty("id").GetInt64();

        Assert.Equal(HttpStatusCode.Conflict, (await admin.Client.PostAsync($"/api/users/{id}/disable", null)).StatusCode);
    }

    [Fact]
    public async Task AccountChanges_AreAudited_AndNoPasswordReachesTheAuditTrail()
    {
        const string password = "audit-secret-Pa55word";
        var institution = $"inst-{Guid.NewGuid():N}"[..24];
        var username = await SignedInClient.CreateAccountAsync(fixture, "institution-staff", institution, null, password);
        var signedIn = await SignedInClient.SignInAsync(fixture.Factory, username, password);
        await SignedInClient.Browser(fixture.Factory).PostAsJsonAsync("/api/auth/login", new { username, password = password + "-wrong" });
        await signedIn.Client.PostAsync("/api/auth/logout", null);

        await using var command = fixture.Services.GetRequiredService<NpgsqlDataSource>().CreateCommand(
            "SELECT route, status, subject, row_to_json(a)::text FROM vg.audit_log a WHERE request_id IS NOT NULL AND (tenant = $1 OR route LIKE '/api/auth/%') ORDER BY id");
        command.Parameters.Add(new() { Value = institution });
        var rows = new List<(string Route, int Status, string Subject, string Row)>();
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync()) rows.Add((reader.GetString(0), reader.GetInt32(1), reader.GetString(2), reader.GetString(3)));

        Assert.Contains(rows, r => r.Route == "/api/users/invitations" && r.Status == 201);
        Assert.Contains(rows, r => r.Route == "/api/auth/invitations/accept" && r.Status == 201);
        Assert.Contains(rows, r => r.Route == "/api/auth/login" && r.Status == 200);
        Assert.Contains(rows, r => r.Route == "/api/auth/login" && r.Status == 401);
        Assert.Contains(rows, r => r.Route == "/api/auth/logout" && r.Status == 204 && r.Subject == username);
        Assert.DoesNotContain(rows, r => r.Row.Contains("audit-secret", StringComparison.Ordinal));
    }
}
