using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using VendorGrid.Domain.Parties;
using VendorGrid.Tests.Gateway.Accounts;

namespace VendorGrid.Tests.Gateway;

/// <summary>
/// Issue 20: onboarding checks the 统一社会信用代码's check character and never renames a party already onboarded; an
/// invitation needs a real e-mail address; an administrator cannot disable their own account.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class OnboardingAndInvitationRulesTests(GatewayFixture fixture)
{
    private HttpClient Platform => fixture.Client(Tokens.For(fixture, "platform-admin"));

    /// <summary>A fresh, valid code: 17 characters of this run and their check character.</summary>
    private static string NewCode()
    {
        var first17 = ("9111" + Guid.NewGuid().ToString("N").ToUpperInvariant().Replace("I", "1").Replace("O", "0"))[..17];
        return first17 + UnifiedSocialCreditCode.CheckCharacter(first17);
    }

    [Theory]
    [InlineData("/api/institutions")]
    [InlineData("/api/vendors")]
    public async Task ACodeWithAWrongCheckCharacter_Is422OnId_AndAValidOneIsOnboarded(string path)
    {
        var valid = NewCode();
        var mistyped = valid[..17] + (valid[17] == '0' ? '1' : '0');

        var refused = await Platform.PostAsJsonAsync(path, new { id = mistyped, name = "北京校验测试单位" });
        var onboarded = await Platform.PostAsJsonAsync(path, new { id = valid, name = "北京校验测试单位" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("check character", errors.GetProperty("id")[0].GetString());
        Assert.Equal(HttpStatusCode.Created, onboarded.StatusCode);
    }

    [Theory]
    [InlineData("/api/institutions")]
    [InlineData("/api/vendors")]
    public async Task OnboardingAnExistingPartyUnderAnotherName_Is409_AndKeepsTheName(string path)
    {
        var id = $"rename-{Guid.NewGuid():N}"[..24];
        Assert.Equal(HttpStatusCode.Created, (await Platform.PostAsJsonAsync(path, new { id, name = "北京原名医院" })).StatusCode);

        var renamed = await Platform.PostAsJsonAsync(path, new { id, name = "北京改名医院" });
        var same = await Platform.PostAsJsonAsync(path, new { id, name = "北京原名医院" });

        Assert.Equal(HttpStatusCode.Conflict, renamed.StatusCode);
        var problem = await renamed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("urn:vendorgrid:problem:party-name-differs", problem.GetProperty("type").GetString());
        Assert.Equal("北京原名医院", problem.GetProperty("currentName").GetString());
        Assert.Equal(HttpStatusCode.OK, same.StatusCode);
        Assert.Equal("北京原名医院", (await same.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("a@b")]
    [InlineData("a@b.")]
    [InlineData("a@.cn")]
    [InlineData("li lei@hospital.cn")]
    [InlineData("@hospital.cn")]
    [InlineData("lilei@hospital.c0m")]
    public async Task AnInvitationToSomethingThatIsNotAnEmailAddress_Is422OnEmail(string email)
    {
        var institution = $"mail-{Guid.NewGuid():N}"[..24];
        await Platform.PostAsJsonAsync("/api/institutions", new { id = institution, name = "北京邮箱测试医院" });

        var response = await Platform.PostAsJsonAsync($"/api/institutions/{institution}/admins", new { email, displayName = "王主任" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("email", out _));
    }

    [Theory]
    [InlineData("li.lei@hospital.org.cn")]
    [InlineData("admin@platform.local")]
    public async Task ARealAddress_IsInvited(string local)
    {
        var institution = $"mail-{Guid.NewGuid():N}"[..24];
        await Platform.PostAsJsonAsync("/api/institutions", new { id = institution, name = "北京邮箱测试医院" });
        var email = $"{Guid.NewGuid():N}"[..8] + "." + local;

        var response = await Platform.PostAsJsonAsync($"/api/institutions/{institution}/admins", new { email, displayName = "王主任" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task DisablingYourOwnAccount_Is409WithItsOwnType_AndTheAccountStaysUsable()
    {
        var institution = $"self-{Guid.NewGuid():N}"[..24];
        var admin = await SignedInClient.CreateAsync(fixture, "institution-admin", institution: institution);
        var id = (await admin.Client.GetFromJsonAsync<JsonElement[]>("/api/users"))!.Single().GetProperty("id").GetInt64();

        var response = await admin.Client.PostAsync($"/api/users/{id}/disable", null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("urn:vendorgrid:problem:cannot-disable-self", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.OK, (await admin.Client.GetAsync("/api/auth/me")).StatusCode);
    }
}

/// <summary>Issue 20 (B2): the audit list filters by resource (a contract and everything under it), caller and days.</summary>
[Collection(GatewayCollection.Name)]
public sealed class AuditFilterTests(GatewayFixture fixture)
{
    [Fact]
    public async Task TheResourceFilter_MatchesTheContractAndItsLedgerDecisions_AndTheOtherFiltersNarrowIt()
    {
        var contract = await ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026");
        var other = await ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026");
        var fact = await contract.PostEventAsync($$"""{ "id": "audit-filter-{{Guid.NewGuid():N}}", "type": "milestone", "name": "bank-change", "occurredAt": "2026-03-01T10:00:00+08:00" }""");
        var confirmed = await contract.As("vendor").PostAsJsonAsync($"/api/contracts/{contract.Id}/ledger/c2-late-performance:escalation/confirm", new { });  // C2: 经乙方确认
        Assert.Equal(HttpStatusCode.Created, fact.StatusCode);
        Assert.True(confirmed.IsSuccessStatusCode, await confirmed.Content.ReadAsStringAsync());
        var platform = fixture.Client(Tokens.For(fixture, "platform-admin"));
        async Task<(string? Route, string? Resource)[]> Rows(string query) =>
            (await platform.GetFromJsonAsync<JsonElement[]>($"/api/audit?limit=200&{query}"))!
                .Select(r => (r.GetProperty("route").GetString(), r.GetProperty("resourceId").GetString())).ToArray();

        var ofContract = await Rows($"resource={contract.Id}");
        var ofOther = await Rows($"resource={other.Id}");
        var bySomeoneElse = await Rows($"resource={contract.Id}&subject=nobody-{Guid.NewGuid():N}");
        var later = await Rows($"resource={contract.Id}&from=2099-01-01");
        var badDay = await platform.GetAsync("/api/audit?from=2026-13-01");
        var lastDayThereIs = await platform.GetAsync("/api/audit?to=9999-12-31");  // its range would end past DateTimeOffset.MaxValue

        Assert.Equal([
            ("/api/contracts/{id}/ledger/{entryId}/confirm", $"{contract.Id}/c2-late-performance:escalation"),
            ("/api/contracts/{id}/events", contract.Id),
        ], ofContract);
        Assert.DoesNotContain(ofOther, r => r.Resource!.StartsWith(contract.Id));
        Assert.Empty(bySomeoneElse);
        Assert.Empty(later);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badDay.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, lastDayThereIs.StatusCode);
        Assert.Contains("\"to\"", await lastDayThereIs.Content.ReadAsStringAsync());
    }
}

/// <summary>Issue 20: an administrator sees the invitations of their own party still waiting to be accepted.</summary>
[Collection(GatewayCollection.Name)]
public sealed class PendingInvitationsTests(GatewayFixture fixture)
{
    [Fact]
    public async Task TheList_ShowsTheCallersPartysUnacceptedInvitations_NeverTheLink()
    {
        var institution = $"pend-{Guid.NewGuid():N}"[..24];
        var admin = await SignedInClient.CreateAsync(fixture, "institution-admin", institution: institution);
        var waiting = $"wait-{Guid.NewGuid():N}"[..16] + "@hospital.org.cn";
        var accepted = $"done-{Guid.NewGuid():N}"[..16] + "@hospital.org.cn";
        Assert.Equal(HttpStatusCode.Created, (await admin.Client.PostAsJsonAsync("/api/users/invitations", new { email = waiting, displayName = "待接受", role = "institution-staff" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await admin.Client.PostAsJsonAsync("/api/users/invitations", new { email = accepted, displayName = "已接受", role = "institution-staff" })).StatusCode);
        var token = await fixture.Mailbox.TokenAsync(accepted, "invitation");
        Assert.Equal(HttpStatusCode.Created, (await fixture.Client().PostAsJsonAsync("/api/auth/invitations/accept", new { token, password = "a-long-password-1" })).StatusCode);

        var mine = await admin.Client.GetFromJsonAsync<JsonElement[]>("/api/users/invitations");
        var elsewhere = await fixture.Client(Tokens.For(fixture, "institution-admin", institution: "bj-health-data-center")).GetFromJsonAsync<JsonElement[]>("/api/users/invitations?limit=200");
        var staff = await fixture.Client(Tokens.For(fixture, "institution-staff", institution: institution)).GetAsync("/api/users/invitations");

        var only = Assert.Single(mine!);
        Assert.Equal((waiting, "institution-staff", institution), (only.GetProperty("email").GetString(), only.GetProperty("role").GetString(), only.GetProperty("institution").GetString()));
        Assert.DoesNotContain("accept", only.GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(elsewhere!, i => i.GetProperty("institution").GetString() == institution);
        Assert.Equal(HttpStatusCode.Forbidden, staff.StatusCode);
    }
}
