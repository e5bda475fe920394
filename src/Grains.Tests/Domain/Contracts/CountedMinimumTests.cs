using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Tests.Infrastructure;
using static VendorGrid.Tests.Domain.Contracts.ContractFixtures;

namespace VendorGrid.Tests.Domain.Contracts;

/// <summary>C2's counted minimums: four trainings a service year, a fire drill every half year; short at the period's end is a breach.</summary>
public sealed class CountedMinimumTests
{
    private static readonly Lazy<ContractDefinition> C2 = new(() => Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, "c2-chaoyang-his-2026.json"))));

    private static ContractFact Held(string id, string activity, string local) => new MilestoneReached { Id = id, OccurredAt = At(local), Name = activity };

    private static readonly ContractFact GoLive = WorkedExamplesTests.Met("c2-go-live", "2026-03-20T16:00:00");

    /// <summary>The service year starts at go-live (第一条第5款) and the printed term cuts it short on 2027-03-02 (DOMAIN.md §2).</summary>
    [Fact]
    public void ThreeTrainingsInTheServiceYear_IsABreach_AndAnUnrectifiedObjectionChargesTheQualityClause()
    {
        var facts = new[] { GoLive, Held("t1", "training", "2026-04-10T10:00:00"), Held("t2", "training", "2026-06-10T10:00:00"), Held("t3", "training", "2026-09-10T10:00:00") };
        var during = Evaluate(C2.Value, "2027-03-02T12:00:00", facts);
        Assert.Equal(ObligationStatus.Open, during.Obligations.Single(o => o.Id == "c2-training@2026-03-20").Status);
        Assert.DoesNotContain(during.Ledger, l => l.Id == "c2-quality-not-rectified:c2-training@2026-03-20");

        var after = Evaluate(C2.Value, "2027-03-03T00:00:01", facts);
        Assert.Equal(ObligationStatus.Breached, after.Obligations.Single(o => o.Id == "c2-training@2026-03-20").Status);
        Assert.DoesNotContain(after.Ledger, l => l.ClauseId == "c2-quality-not-rectified");  // a ground for 第八条第3款, not yet a charge

        var objection = Fact("obj-training", FactTypes.RectificationRequested, "2027-03-03T10:00:00") with
        {
            ClauseId = "c2-quality-not-rectified", RectifyBy = At("2027-03-10T18:00:00"), ObligationId = "c2-training@2026-03-20",
        };
        var entry = Evaluate(C2.Value, "2027-03-11T00:00:00", [.. facts, objection]).Ledger.Single(l => l.ClauseId == "c2-quality-not-rectified");
        Assert.Equal(("c2-quality-not-rectified:obj-training", 29_500.00m, At("2027-03-10T18:00:00")), (entry.Id, entry.Amount, entry.ProposedAt));
    }

    [Fact]
    public void FourTrainings_MeetTheYear()
    {
        var e = Evaluate(C2.Value, "2027-03-10T00:00:00", GoLive, Held("t1", "training", "2026-04-10T10:00:00"), Held("t2", "training", "2026-06-10T10:00:00"),
            Held("t3", "training", "2026-09-10T10:00:00"), Held("t4", "training", "2027-01-10T10:00:00"));
        Assert.Equal(ObligationStatus.Met, e.Obligations.Single(o => o.Id == "c2-training@2026-03-20").Status);
        Assert.DoesNotContain(e.Ledger, l => l.Id.StartsWith("c2-quality-not-rectified:c2-training", StringComparison.Ordinal));
    }

    [Fact]
    public void AHalfYearWithoutAFireDrill_IsASafetyBreach_WithTheHospitalsRange()
    {
        var e = Evaluate(C2.Value, "2026-08-10T00:00:00", Held("f1", "fire-drill", "2026-09-01T10:00:00"));
        var entry = e.Ledger.Single(l => l.Id == "c2-safety-breach:c2-fire-drill@2026-02-05");
        Assert.Equal((1_000.00m, 50_000.00m), (entry.RangeMin!.Value, entry.RangeMax!.Value));
        Assert.Equal(ObligationStatus.Breached, e.Obligations.Single(o => o.Id == "c2-fire-drill@2026-02-05").Status);
    }
}
