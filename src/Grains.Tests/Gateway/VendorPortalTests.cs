using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace VendorGrid.Tests.Gateway;

/// <summary>Issue 4: onboarding by platform admins, and the vendor's own view across institutions.</summary>
[Collection(GatewayCollection.Name)]
public sealed class VendorPortalTests(GatewayFixture fixture)
{
    private static string Slug(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..24];

    [Theory]
    [InlineData("/api/institutions")]
    [InlineData("/api/vendors")]
    public async Task PlatformAdmin_Onboards_OnceThenTheSameAgainIsOk(string path)
    {
        var admin = fixture.Client(Tokens.For(fixture, "platform-admin"));
        var body = new { id = Slug("party"), name = "北京测试单位", contacts = new[] { new { role = "owner", name = "王芳", phone = "010-1234" } } };

        var first = await admin.PostAsJsonAsync(path, body);
        var again = await admin.PostAsJsonAsync(path, body);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("王芳", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("contacts")[0].GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("institution-admin", "/api/institutions")]
    [InlineData("vendor", "/api/vendors")]
    public async Task OnlyPlatformAdmins_Onboard(string role, string path)
    {
        var token = Tokens.For(fixture, role, institution: role == "vendor" ? null : "bj-health-data-center", vendor: role == "vendor" ? "91110106MA01A51E7B" : null);

        var response = await fixture.Client(token).PostAsJsonAsync(path, new { id = Slug("party"), name = "x" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Onboarding_WithABadId_Is422NamingTheField()
    {
        var response = await fixture.Client(Tokens.For(fixture, "platform-admin")).PostAsJsonAsync("/api/vendors", new { id = "ABC", name = "x" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("id", out _));
    }

    [Fact]
    public async Task VendorWithContractsAtTwoInstitutions_SeesBothObligationListsAndNothingElse()
    {
        var vendor = Slug("vend");
        var atFirst = await ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026", vendor: vendor);
        var atSecond = await ContractApiClient.CopyOfSeedAsync(fixture, "c3-medical-registration-ops-2024", vendor: vendor);
        var someoneElse = await ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026", institution: atFirst.Institution);

        var items = await fixture.Client(Tokens.For(fixture, "vendor", vendor: vendor))
            .GetFromJsonAsync<JsonElement[]>("/api/vendors/me/obligations?asOf=2026-06-01&limit=200");

        var contracts = items!.Select(i => (i.GetProperty("institution").GetProperty("id").GetString(), i.GetProperty("contractId").GetString())).Distinct();
        Assert.Equal([(atFirst.Institution, atFirst.Id), (atSecond.Institution, atSecond.Id)], contracts.OrderBy(c => c.Item2 == atSecond.Id));
        Assert.DoesNotContain(items!, i => i.GetProperty("contractId").GetString() == someoneElse.Id);
    }

    [Fact]
    public async Task VendorObligations_FilterByStatusAndPageWithALinkHeader()
    {
        var contract = await ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026");
        var client = fixture.Client(Tokens.For(fixture, "vendor", vendor: contract.Vendor));

        var all = await client.GetFromJsonAsync<JsonElement[]>("/api/vendors/me/obligations?asOf=2026-06-01&limit=200");
        var first = await client.GetAsync("/api/vendors/me/obligations?asOf=2026-06-01&limit=1");
        var next = first.Headers.GetValues("Link").Single();
        var second = await client.GetFromJsonAsync<JsonElement[]>(next[1..next.IndexOf('>')]);
        var late = await client.GetFromJsonAsync<JsonElement[]>("/api/vendors/me/obligations?asOf=2026-06-01&status=late&limit=200");

        Assert.True(all!.Length >= 2);
        Assert.Equal(all[1].GetProperty("id").GetString(), second![0].GetProperty("id").GetString());
        Assert.All(late!, o => Assert.Equal("late", o.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task VendorObligations_RefuseOtherRolesAndBadFilters()
    {
        var staff = await fixture.Client(Tokens.For(fixture, "institution-staff", institution: "bj-health-data-center")).GetAsync("/api/vendors/me/obligations");
        var bad = await fixture.Client(Tokens.For(fixture, "vendor", vendor: "91110106MA01A51E7B")).GetAsync("/api/vendors/me/obligations?status=bogus");

        Assert.Equal(HttpStatusCode.Forbidden, staff.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.True((await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("status", out _));
    }

    [Fact]
    public async Task VendorReadingTheDefinition_SeesTheSignedContractWithoutInternalContacts()
    {
        var contract = await ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026");

        var asVendor = await fixture.Client(Tokens.For(fixture, "vendor", vendor: contract.Vendor))
            .GetFromJsonAsync<JsonElement>($"/api/contracts/{contract.Id}/definition");

        Assert.Equal(contract.Id, asVendor.GetProperty("id").GetString());
        Assert.False(asVendor.TryGetProperty("$schema", out _));
        Assert.Equal(["id", "name", "address", "contacts"], asVendor.GetProperty("institution").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task VendorCannotReadAnotherVendorsLedger()
    {
        var contract = await ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026");
        var other = fixture.Client(Tokens.For(fixture, "vendor", vendor: "91110106MA01A51E7B"));

        var ledger = await other.GetAsync($"/api/contracts/{contract.Id}/ledger");
        var missing = await other.GetAsync("/api/contracts/no-such-contract/ledger");

        Assert.Equal(HttpStatusCode.NotFound, ledger.StatusCode);
        Assert.Equal((await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString(),
            (await ledger.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString());
    }
}
