using System.Text.Json;
using System.Text.Json.Nodes;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Domain.Contracts.Ledger;
using VendorGrid.Grains;
using VendorGrid.Tests.Infrastructure;
using static VendorGrid.Tests.Grains.ContractDefinitions;

namespace VendorGrid.Tests.Grains;

/// <summary>Versions live in the contract's append-only history: a restarted cluster reads them back, and charges by them.</summary>
public sealed class AmendmentPersistenceTests
{
    private const string ServiceId = "amend-restart";

    [Fact]
    public async Task AnAcceptedAmendment_SurvivesASiloRestart_WithItsVersionsAndAmounts()
    {
        var database = await TestDatabase.CreateAsync("amend_restart");
        var (institution, vendor, id) = (NewPartyId("inst"), NewPartyId("vend"), NewContractId());
        var seed = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Seeds, "c2-chaoyang-his-2026.json")))!.AsObject();
        (seed["id"], seed["institution"]!["id"], seed["vendor"]!["id"]) = (id, institution, vendor);
        var amended = (JsonObject)seed.DeepClone();
        amended["penalties"]!.AsArray().Single(p => p!["id"]!.GetValue<string>() == "c2-late-performance")!["amount"]!["rate"] = 0.005m;
        var key = GrainKeys.Contract(institution, id);
        var hospital = new Reporter(ReportingParty.Institution, "admin@hospital");

        var first = await VendorGridTestCluster.StartOnAsync(database, serviceId: ServiceId);
        try
        {
            Assert.Equal(ContractCreationOutcome.Created, (await first.Grains.GetGrain<IInstitutionGrain>(institution).CreateContractAsync(seed.ToJsonString())).Outcome);
            var contract = first.Grains.GetGrain<IContractGrain>(key);
            Assert.Equal(CommandOutcome.Recorded, (await contract.ExecuteAsync(new ProposeAmendment(new DateOnly(2026, 3, 26), "补充协议一：逾期违约金调整",
                amended.ToJsonString(), "p1", hospital))).Outcome);
            Assert.Equal(CommandOutcome.Recorded, (await contract.ExecuteAsync(new AnswerAmendment(2, true, null, "a1",
                new Reporter(ReportingParty.Vendor, "user@vendor")))).Outcome);
            Assert.Equal(CommandOutcome.Recorded, (await contract.ExecuteAsync(new RecordFacts([new ObligationMet
                { Id = "live", OccurredAt = new DateTimeOffset(2026, 3, 29, 10, 0, 0, TimeSpan.FromHours(8)), ObligationId = "c2-go-live" }], hospital))).Outcome);
        }
        finally
        {
            await first.Cluster.StopAllSilosAsync();
            await first.Cluster.DisposeAsync();
        }

        await using var second = await VendorGridTestCluster.StartOnAsync(database, serviceId: ServiceId);
        var again = second.Grains.GetGrain<IContractGrain>(key);
        var versions = JsonDocument.Parse((await again.GetViewJsonAsync(ContractView.Versions, null))!).RootElement;
        Assert.Equal([(1, "in-force"), (2, "in-force")], versions.EnumerateArray().Select(v => (v.GetProperty("version").GetInt32(), v.GetProperty("status").GetString())));
        Assert.Equal(("补充协议一：逾期违约金调整", "2026-03-26", "user@vendor"), (versions[1].GetProperty("title").GetString(),
            versions[1].GetProperty("effectiveFrom").GetString(), versions[1].GetProperty("decidedBy").GetProperty("user").GetString()));
        Assert.Contains("0.005", (await again.GetVersionDefinitionAsync(2))!, StringComparison.Ordinal);
        // 3 days at ¥4,425 before 2026-03-26, 4 at ¥7,375 from it.
        var ledger = (await again.EvaluateAsync(new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.FromHours(8))))!.Ledger;
        Assert.Equal(42_775.00m, ledger.Single(e => e.Id == "c2-late-performance:c2-go-live").Amount);
    }
}
