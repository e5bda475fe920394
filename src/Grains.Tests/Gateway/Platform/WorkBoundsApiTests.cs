using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using VendorGrid.Gateway.Contracts;
using VendorGrid.Grains;
using VendorGrid.Tests.Infrastructure;

namespace VendorGrid.Tests.Gateway.Platform;

/// <summary>
/// Issue 17, item 1, through the API: a definition past a bound and an instant far outside the term are 422 naming the
/// bound, and the gateway's view cache keeps every tenant to its share. C3 (bj-health-data-center, vendor minke-medical)
/// runs 2024-08-11 to 2025-08-10, so its instants may lie from 2019-08-11 to 2030-08-10.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class WorkBoundsApiTests(GatewayFixture fixture)
{
    private const string C3 = "c3-medical-registration-ops-2024", C3Institution = "bj-health-data-center";

    private static async Task<(HttpStatusCode Status, JsonElement Body)> ReadAsync(HttpResponseMessage response) =>
        (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());

    private HttpClient Staff => fixture.Client(Tokens.For(fixture, "institution-staff", institution: C3Institution));

    [Fact]
    public async Task ADefinitionWithANinetyNineYearTerm_Is422NamingTheBound()
    {
        var definition = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Seeds, C3 + ".json")))!.AsObject();
        definition["id"] = $"c3-century-{Guid.NewGuid():N}"[..24];
        definition["term"]!["end"] = "2123-08-10";
        var admin = fixture.Client(Tokens.For(fixture, "institution-admin", institution: C3Institution));

        var (status, body) = await ReadAsync(await admin.PostAsync("/api/contracts", new StringContent(definition.ToJsonString(), Encoding.UTF8, "application/json")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal("a term may last at most 10 years", body.GetProperty("errors").GetProperty("term.end")[0].GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/contracts/{definition["id"]}")).StatusCode);
    }

    [Theory]
    [InlineData("obligations", "asOf", "2030-08-10", HttpStatusCode.OK)]
    [InlineData("obligations", "asOf", "2030-08-11", HttpStatusCode.UnprocessableEntity)]
    [InlineData("obligations", "asOf", "9999-12-31", HttpStatusCode.UnprocessableEntity)]
    [InlineData("ledger", "asOf", "2019-08-11", HttpStatusCode.OK)]
    [InlineData("ledger", "asOf", "2019-08-10T23:59:59+08:00", HttpStatusCode.UnprocessableEntity)]
    [InlineData("evaluation", "asOf", "0001-01-01", HttpStatusCode.UnprocessableEntity)]
    [InlineData("staffing", "asOf", "2099-01-01", HttpStatusCode.UnprocessableEntity)]
    [InlineData("incidents", "asOf", "2099-01-01", HttpStatusCode.UnprocessableEntity)]
    [InlineData("ledger", "knownAt", "1990-01-01", HttpStatusCode.UnprocessableEntity)]
    public async Task AnInstantMoreThanFiveYearsFromTheTerm_Is422NamingTheParameterAndTheWindow(string view, string parameter, string instant, HttpStatusCode expected)
    {
        var (status, body) = await ReadAsync(await Staff.GetAsync($"/api/contracts/{C3}/{view}?{parameter}={Uri.EscapeDataString(instant)}"));

        Assert.Equal(expected, status);
        if (expected == HttpStatusCode.UnprocessableEntity)
            Assert.Equal("must lie between 2019-08-11 and 2030-08-10: the term ± 5 years", body.GetProperty("errors").GetProperty(parameter)[0].GetString());
    }

    [Fact]
    public async Task AnotherTenantsContract_StaysA404_WhateverTheInstant()
    {
        var stranger = fixture.Client(Tokens.For(fixture, "institution-staff", institution: "121100004006863122"));

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/contracts/{C3}/obligations?asOf=9999-12-31")).StatusCode);
    }

    [Fact]
    public async Task TheVendorsCrossContractViews_AreBoundedByItsContractsTerms()
    {
        var vendor = fixture.Client(Tokens.For(fixture, "vendor", vendor: "minke-medical"));

        var (status, body) = await ReadAsync(await vendor.GetAsync("/api/vendors/me?asOf=9999-12-31"));
        var list = await vendor.GetAsync("/api/vendors/me/obligations?asOf=1900-01-01");
        var contract = await vendor.GetAsync($"/api/contracts/{C3}/payments?asOf=2099-01-01");
        var inside = await vendor.GetAsync("/api/vendors/me?asOf=2025-01-01");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.StartsWith("must lie between ", body.GetProperty("errors").GetProperty("asOf")[0].GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, list.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, contract.StatusCode);
        Assert.Equal(HttpStatusCode.OK, inside.StatusCode);
    }

    [Fact]
    public async Task OneTenantReadingManyViews_EvictsOnlyItsOwn_FromTheViewCache()
    {
        // 16 entries in all: each institution may hold two.
        var cache = new ContractViewCache(maxBytes: 64L * 1024 * 1024, maxEntries: 16);
        var grains = fixture.Cluster.Grains;
        IContractGrain Contract(string institution, string id) => grains.GetGrain<IContractGrain>(GrainKeys.Contract(institution, id));
        var neighbour = Contract("121100004006863122", "c2-chaoyang-his-2026");
        await cache.ReadAsync(neighbour, ContractView.Obligations, null);

        foreach (var id in new[] { C3, "c4-health-commission-medadmin-ops-2024" })
            foreach (var view in Enum.GetValues<ContractView>())
                await cache.ReadAsync(Contract(C3Institution, id), view, null);

        Assert.True(cache.Holds(GrainKeys.Contract("121100004006863122", "c2-chaoyang-his-2026"), ContractView.Obligations));
        Assert.Equal(3, cache.HeldEntries);
        // The two views read last, whichever views there are.
        Assert.True(cache.Holds(GrainKeys.Contract(C3Institution, "c4-health-commission-medadmin-ops-2024"), Enum.GetValues<ContractView>()[^2]));
        Assert.False(cache.Holds(GrainKeys.Contract(C3Institution, C3), ContractView.Obligations));
    }

    [Fact]
    public void TheGatewaysViewCache_IsBoundedByEntriesAndBytes_WithAnEighthPerTenant()
    {
        var cache = fixture.Services.GetService(typeof(ContractViewCache)) as ContractViewCache;
        Assert.NotNull(cache);
        Assert.Equal((64L * 1024 * 1024, 8_192, 8), (ContractViewCache.MaxBytes, ContractViewCache.MaxEntries, ContractViewCache.TenantShare));
    }
}
