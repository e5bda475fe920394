using System.Text;
using System.Text.Json.Nodes;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Domain.Contracts.Ledger;
using VendorGrid.Grains;
using VendorGrid.Tests.Infrastructure;
using static VendorGrid.Tests.Grains.ContractDefinitions;

namespace VendorGrid.Tests.Grains;

/// <summary>
/// Issue 15, read your own write: a read without knownAt is "as known now", and a fact recorded earlier in the same second
/// is known to it. Views are rendered once per whole second, so "now" used to be cut down to the second and a fact recorded
/// at 10:00:00.5 was unknown to a read at 10:00:00.7 (the backup drill against a real clock saw its own vacancy missing).
/// Its own cluster, whose clock stands half-way through a second.
/// </summary>
public sealed class KnownNowTests : IAsyncLifetime
{
    private VendorGridTestCluster cluster = null!;

    public async ValueTask InitializeAsync() =>
        cluster = await VendorGridTestCluster.StartAsync("known-now", now: VendorGridTestCluster.DefaultNow.AddMilliseconds(500));

    public async ValueTask DisposeAsync() => await cluster.DisposeAsync();

    [Fact]
    public async Task AFactRecordedEarlierInTheSameSecond_IsInTheViewsThatFollowIt()
    {
        var (institution, vendor, id) = (NewPartyId("inst"), NewPartyId("vend"), NewContractId());
        var json = JsonNode.Parse(Json(id, institution, vendor, start: "2026-11-01", end: "2027-10-31"))!;
        Assert.Equal(ContractCreationOutcome.Created,
            (await cluster.Grains.GetGrain<IInstitutionGrain>(institution).CreateContractAsync(json.ToJsonString())).Outcome);
        var contract = cluster.Grains.GetGrain<IContractGrain>(GrainKeys.Contract(institution, id));
        var before = Encoding.UTF8.GetString((await contract.GetViewJsonAsync(ContractView.Facts, null))!);

        cluster.Clock.Advance(TimeSpan.FromMilliseconds(100));  // 10:00:00.6
        var met = await contract.ExecuteAsync(new RecordFacts([new ObligationMet {
            Id = "live-same-second", OccurredAt = cluster.Clock.GetUtcNow().AddHours(-1), ObligationId = "go-live",
        }], new Reporter(ReportingParty.Institution, "admin")));
        cluster.Clock.Advance(TimeSpan.FromMilliseconds(100));  // 10:00:00.7, the same second

        Assert.Equal(CommandOutcome.Recorded, met.Outcome);
        Assert.DoesNotContain("live-same-second", before);
        Assert.Contains("\"live-same-second\"", Encoding.UTF8.GetString((await contract.GetViewJsonAsync(ContractView.Facts, null))!));
        var goLive = (await contract.EvaluateAsync(null))!.Obligations.Single(o => o.Id == "go-live");
        Assert.Equal(VendorGrid.Domain.Contracts.Engine.ObligationStatus.Met, goLive.Status);
    }
}
