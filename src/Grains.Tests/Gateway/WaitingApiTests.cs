using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace VendorGrid.Tests.Gateway;

/// <summary>
/// GET /api/waiting (issue 20 §2): per contract the caller's tenancy sees, the other side's reports to answer, the ledger
/// lines its side confirms and the statements it signs off — counted exactly, and never another tenant's.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class WaitingApiTests(GatewayFixture fixture)
{
    private static async Task<JsonElement> WaitingAsync(HttpClient client)
    {
        var response = await client.GetAsync("/api/waiting");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static JsonElement? For(JsonElement waiting, string contractId) =>
        waiting.GetProperty("contracts").EnumerateArray().Cast<JsonElement?>().FirstOrDefault(c => c!.Value.GetProperty("contract").GetProperty("id").GetString() == contractId);

    private static int Count(JsonElement waiting, string contractId) => For(waiting, contractId)?.GetProperty("count").GetInt32() ?? 0;

    /// <summary>What the ledger endpoint says this side confirms: undecided lines and adjustments whose confirmedBy is the side.</summary>
    private static async Task<int> ToConfirmAsync(ContractApiClient contract, HttpClient client, string side)
    {
        var ledger = await client.GetFromJsonAsync<JsonElement>($"/api/contracts/{contract.Id}/ledger");
        static bool Undecided(JsonElement e) => e.GetProperty("status").GetString() is "proposed" or "disputed" or "accruing";
        static string By(JsonElement e) => e.TryGetProperty("confirmedBy", out var b) && b.ValueKind == JsonValueKind.String ? b.GetString()! : "institution";
        return ledger.GetProperty("entries").EnumerateArray().Sum(e => (Undecided(e) && By(e) == side ? 1 : 0)
            + (e.TryGetProperty("adjustments", out var a) ? a.EnumerateArray().Count(x => Undecided(x) && By(x) == side) : 0));
    }

    [Fact]
    public async Task EachSideSeesExactlyItsOwnItems_AndAVendorNeverSeesAnotherVendorsContract()
    {
        var a = await ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026");
        var b = await ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026");
        var vendorA = a.As("vendor");

        // The vendor reports the go-live met: the hospital (admin and staff alike) has one fact more to answer.
        var hospitalBefore = Count(await WaitingAsync(a.Admin), a.Id);
        var met = await a.PostEventAsync("""{ "id": "live", "type": "obligation-met", "occurredAt": "2026-03-27T10:00:00+08:00", "obligationId": "c2-go-live" }""", vendorA);
        Assert.True(met.StatusCode == HttpStatusCode.Created, await met.Content.ReadAsStringAsync());
        var hospital = await WaitingAsync(a.Admin);
        Assert.Equal(hospitalBefore + 1, Count(hospital, a.Id));
        var fact = Assert.Single(For(hospital, a.Id)!.Value.GetProperty("facts").EnumerateArray());
        Assert.Equal(("live", "c2-go-live"), (fact.GetProperty("fact").GetProperty("id").GetString(), fact.GetProperty("fact").GetProperty("obligationId").GetString()));
        Assert.Equal("c2-go-live", Assert.Single(For(hospital, a.Id)!.Value.GetProperty("obligations").EnumerateArray()).GetProperty("id").GetString());
        var staff = await WaitingAsync(a.As("institution-staff"));
        Assert.Equal(1, Count(staff, a.Id)); // staff answer facts; money and statements are the admins'
        Assert.Empty(For(staff, a.Id)!.Value.GetProperty("entries").EnumerateArray());

        // The hospital reports a subcontracting breach (¥50,000), which C2's vendor confirms: one entry more for vendor A.
        var vendorBefore = await WaitingAsync(vendorA);
        Assert.Equal(await ToConfirmAsync(a, vendorA, "vendor"), Count(vendorBefore, a.Id));
        await a.RecordAsync("""{ "id": "sub-1", "type": "occurrence", "occurredAt": "2026-05-06T15:00:00+08:00", "clauseId": "c2-subcontracting" }""");
        var vendor = await WaitingAsync(vendorA);
        Assert.Equal(Count(vendorBefore, a.Id) + 1, Count(vendor, a.Id));
        Assert.Equal(await ToConfirmAsync(a, vendorA, "vendor"), Count(vendor, a.Id));
        Assert.Contains(For(vendor, a.Id)!.Value.GetProperty("entries").EnumerateArray(),
            e => e.GetProperty("entry").GetProperty("clauseId").GetString() == "c2-subcontracting" && e.GetProperty("amount").GetDecimal() == 50_000m);
        Assert.Equal(vendor.GetProperty("contracts").EnumerateArray().Sum(c => c.GetProperty("count").GetInt32()), vendor.GetProperty("count").GetInt32());

        // Vendor B and hospital B see nothing of A; the platform admin has nothing waiting.
        var vendorB = await WaitingAsync(b.As("vendor"));
        Assert.Null(For(vendorB, a.Id));
        Assert.All(vendorB.GetProperty("contracts").EnumerateArray(), c => Assert.Equal(b.Id, c.GetProperty("contract").GetProperty("id").GetString()));
        Assert.Null(For(await WaitingAsync(b.Admin), a.Id));
        var platform = await WaitingAsync(fixture.Client(Tokens.For(fixture, "platform-admin")));
        Assert.Equal(0, platform.GetProperty("count").GetInt32());
    }
}
