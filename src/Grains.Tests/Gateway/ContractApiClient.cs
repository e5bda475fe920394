using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using VendorGrid.Tests.Infrastructure;

namespace VendorGrid.Tests.Gateway;

/// <summary>
/// Drives one contract through the HTTP API as its institution would: a fresh copy of a seed under a unique
/// id (so tests never share facts), facts posted as JSON, evaluations read back at any asOf.
/// </summary>
public sealed class ContractApiClient
{
    private readonly GatewayFixture fixture;
    public string Id { get; }
    public string Institution { get; }
    public string Vendor { get; private init; } = "";
    public HttpClient Admin { get; }

    private ContractApiClient(GatewayFixture fixture, string id, string institution)
    {
        (this.fixture, Id, Institution) = (fixture, id, institution);
        Admin = fixture.Client(Tokens.For(fixture, "institution-admin", institution: institution));
    }

    /// <summary>
    /// A copy under fresh ids; pass <paramref name="institution"/> or <paramref name="vendor"/> to reuse a party, and
    /// <paramref name="edit"/> to change the definition first.
    /// </summary>
    public static async Task<ContractApiClient> CopyOfSeedAsync(GatewayFixture fixture, string seed, string? institution = null, string? vendor = null,
        Action<JsonObject>? edit = null)
    {
        var json = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Seeds, seed + ".json")))!.AsObject();
        edit?.Invoke(json);
        // Fresh parties too, so the copies never show up in the seeded institutions' or vendors' lists.
        var id = $"{seed[..2]}-copy-{Guid.NewGuid():N}"[..24];
        institution ??= $"inst-{Guid.NewGuid():N}"[..24];
        vendor ??= $"vend-{Guid.NewGuid():N}"[..24];
        json["id"] = id;
        json["institution"]!["id"] = institution;
        json["vendor"]!["id"] = vendor;
        var client = new ContractApiClient(fixture, id, institution) { Vendor = vendor };
        var created = await client.Admin.PostAsync("/api/contracts", Json(json.ToJsonString()));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return client;
    }

    /// <summary>A caller of this contract's own tenancy: its institution's staff, or its own vendor.</summary>
    public HttpClient As(string role) =>
        fixture.Client(Tokens.For(fixture, role, institution: role.StartsWith("institution") ? Institution : null, vendor: role == "vendor" ? Vendor : null));

    /// <summary>
    /// C1 as it was written before `confirmation` (claimWindowDays 7): silence for 7 days after an entry is final confirms
    /// it. The seed now waits for the hospital's claim notice, which the platform dates when it is given (server time),
    /// so only this form shows example 8's deemed confirmation in 2016 from a test run today.
    /// </summary>
    public static void WithLegacyClaimWindow(JsonObject definition)
    {
        definition.Remove("confirmation");
        definition["claimWindowDays"] = 7;
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public async Task<HttpResponseMessage> PostEventAsync(string json, HttpClient? as_ = null) =>
        await (as_ ?? Admin).PostAsync($"/api/contracts/{Id}/events", Json(json));

    public async Task RecordAsync(string json)
    {
        var response = await PostEventAsync(json);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    /// <summary>A view of the contract as of <paramref name="asOf"/>; a paged list is read to its last page.</summary>
    public async Task<JsonElement> GetAsync(string what, string asOf, HttpClient? as_ = null)
    {
        var path = $"/api/contracts/{Id}/{what}?asOf={Uri.EscapeDataString(asOf)}";
        var response = await (as_ ?? Admin).GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return PagedLists.NextOf(response) is null
            ? await response.Content.ReadFromJsonAsync<JsonElement>()
            : await PagedLists.AllAsArrayAsync(as_ ?? Admin, path);
    }

    /// <summary>
    /// The institution acknowledges every fact the vendor reported about its own performance and that still awaits an
    /// answer (issue 15: until then it moves no money).
    /// </summary>
    public async Task AcknowledgeVendorReportsAsync()
    {
        var facts = await PagedLists.AllAsArrayAsync(Admin, $"/api/contracts/{Id}/events");
        foreach (var record in facts.EnumerateArray().Where(r => r.GetProperty("status").GetString() == "reported"
                     && r.GetProperty("fact").GetProperty("reporter").GetProperty("party").GetString() == "vendor"))
        {
            var id = record.GetProperty("fact").GetProperty("id").GetString()!;
            var answer = await Admin.PostAsync($"/api/contracts/{Id}/events/{Uri.EscapeDataString(id)}/acknowledge", Json("{}"));
            Assert.True(answer.IsSuccessStatusCode, await answer.Content.ReadAsStringAsync());
        }
    }

    /// <summary>What the ledger holds for a clause as of an instant: every entry's net (its original and adjustments).</summary>
    public async Task<decimal> PostedAsync(string clauseId, string asOf) =>
        (await GetAsync("ledger", asOf)).GetProperty("entries").EnumerateArray()
            .Where(e => e.GetProperty("clauseId").GetString() == clauseId).Sum(e => e.GetProperty("net").GetDecimal());


}
