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

    [Fact]
    public void ThreeTrainingsInTheServiceYear_IsABreach_AndAQualityOccurrenceAtTheYearsEnd()
    {
        var facts = new[] { Held("t1", "training", "2026-03-10T10:00:00"), Held("t2", "training", "2026-06-10T10:00:00"), Held("t3", "training", "2026-09-10T10:00:00") };
        var during = Evaluate(C2.Value, "2027-02-04T12:00:00", facts);
        Assert.Equal(ObligationStatus.Open, during.Obligations.Single(o => o.Id == "c2-training@2026-02-05").Status);
        Assert.DoesNotContain(during.Ledger, l => l.Id == "c2-quality-not-rectified:c2-training@2026-02-05");

        var after = Evaluate(C2.Value, "2027-02-05T00:00:01", facts);
        Assert.Equal(ObligationStatus.Breached, after.Obligations.Single(o => o.Id == "c2-training@2026-02-05").Status);
        var entry = after.Ledger.Single(l => l.Id == "c2-quality-not-rectified:c2-training@2026-02-05");
        Assert.Equal((29_500.00m, At("2027-02-04T23:59:59")), (entry.Amount, entry.ProposedAt));
    }

    [Fact]
    public void FourTrainings_MeetTheYear()
    {
        var e = Evaluate(C2.Value, "2027-02-10T00:00:00", Held("t1", "training", "2026-03-10T10:00:00"), Held("t2", "training", "2026-06-10T10:00:00"),
            Held("t3", "training", "2026-09-10T10:00:00"), Held("t4", "training", "2027-01-10T10:00:00"));
        Assert.Equal(ObligationStatus.Met, e.Obligations.Single(o => o.Id == "c2-training@2026-02-05").Status);
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
