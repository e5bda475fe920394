using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Tests.Infrastructure;
using static VendorGrid.Tests.Domain.Contracts.ContractFixtures;

namespace VendorGrid.Tests.Domain.Contracts;

/// <summary>Service levels per month: C5 availability from outages by channel and its booking level, C2's hotline share.</summary>
public sealed class ServiceLevelTests
{
    private static ContractDefinition Seed(string name) => Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, name + ".json")));
    private static readonly Lazy<ContractDefinition> C2 = new(() => Seed("c2-chaoyang-his-2026"));
    private static readonly Lazy<ContractDefinition> C5 = new(() => Seed("c5-booking-platform-2024"));

    private static ContractFact Outage(string id, string from, string to, string? channel) =>
        new OutageRecorded { Id = id, OccurredAt = At(from), StartedAt = At(from), EndedAt = At(to), VendorCaused = true, Channel = channel };

    private static ContractFact Report(string id, string clause, string month, long achieved, long outOf) =>
        new ServiceLevelReported { Id = id, OccurredAt = At(month + "-28T10:00:00"), ObligationId = clause, Month = month, Achieved = achieved, OutOf = outOf };

    private static ServiceLevelPeriod Period(ContractEvaluation e, string clause, string first) =>
        e.ServiceLevels.Single(p => p.ClauseId == clause && p.PeriodStart == DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void C5_SixHoursOfPhoneOutageInMarch_IsBelow995_AndAnOccurrenceOfTheRequirementsClause()
    {
        var e = Evaluate(C5.Value, "2024-04-05T00:00:00", Outage("o1", "2024-03-10T10:00:00", "2024-03-10T16:00:00", "phone"));
        var phone = Period(e, "c5-phone-availability", "2024-03-01");
        Assert.Equal((0.991935, false), (phone.Measured, phone.Met));  // 1 − 6 h / 744 h
        Assert.Equal((1.0, true), (Period(e, "c5-online-availability", "2024-03-01").Measured, Period(e, "c5-online-availability", "2024-03-01").Met));
        var entry = Assert.Single(e.Ledger, l => l.ClauseId == "c5-requirement-not-met");
        Assert.Equal(("c5-requirement-not-met:c5-phone-availability@2024-03-01", 38_000.00m), (entry.Id, entry.Amount));  // 0.2 % of ¥19,000,000
        Assert.Equal(ObligationStatus.Breached, e.Obligations.Single(o => o.Id == "c5-phone-availability").Status);
        Assert.Contains(e.Ledger, l => l.ClauseId == "c5-outage");  // the outage itself: 0.5 % (DOMAIN.md worked example)
    }

    [Fact]
    public void C5_ThreeHoursInAMonth_MeetsTheTarget_AndOverlapsCountOnce()
    {
        var e = Evaluate(C5.Value, "2024-04-05T00:00:00",
            Outage("o1", "2024-03-10T10:00:00", "2024-03-10T12:00:00", "online"), Outage("o2", "2024-03-10T11:00:00", "2024-03-10T13:00:00", null));
        Assert.Equal(0.995968, Period(e, "c5-online-availability", "2024-03-01").Measured);  // 3 h merged, not 4
        Assert.True(Period(e, "c5-online-availability", "2024-03-01").Met);
        Assert.DoesNotContain(e.Ledger, l => l.ClauseId == "c5-requirement-not-met");
    }

    [Theory]
    [InlineData(905, true)]
    [InlineData(900, false)]  // "大于 90 %": exactly 90 % is not enough
    public void C5_TheBookingServiceLevelMustBeStrictlyAbove90(long achieved, bool met)
    {
        var e = Evaluate(C5.Value, "2024-04-05T00:00:00", Report("r1", "c5-booking-service-level", "2024-03", achieved, 1000));
        Assert.Equal(met, Period(e, "c5-booking-service-level", "2024-03-01").Met);
        Assert.Equal(met ? 0 : 1, e.Ledger.Count(l => l.ClauseId == "c5-requirement-not-met"));
    }

    [Fact]
    public void C2_HotlineBelow95PercentWithin30Seconds_IsAQualityGround_ALaterReportCorrectsIt()
    {
        var low = Evaluate(C2.Value, "2026-04-02T00:00:00", Report("r1", "c2-offhours-call-answer", "2026-03", 940, 1000));
        Assert.Equal((0.94, false), (Period(low, "c2-offhours-call-answer", "2026-03-01").Measured, Period(low, "c2-offhours-call-answer", "2026-03-01").Met));
        // 第八条第3款 charges only once a rectification period the hospital sets ends unrectified (RectificationTests).
        Assert.DoesNotContain(low.Ledger, l => l.ClauseId == "c2-quality-not-rectified");

        var corrected = Evaluate(C2.Value, "2026-04-02T00:00:00", Report("r1", "c2-offhours-call-answer", "2026-03", 940, 1000),
            Report("r2", "c2-offhours-call-answer", "2026-03", 960, 1000) with { OccurredAt = At("2026-03-30T10:00:00") });
        Assert.True(Period(corrected, "c2-offhours-call-answer", "2026-03-01").Met);
        Assert.DoesNotContain(corrected.Ledger, l => l.ClauseId == "c2-quality-not-rectified");
    }

    [Fact]
    public void APeriodStillRunningOrUnreported_IsNotJudged()
    {
        var e = Evaluate(C2.Value, "2026-03-15T00:00:00", Report("r1", "c2-offhours-call-answer", "2026-03", 10, 1000));
        Assert.Null(Period(e, "c2-offhours-call-answer", "2026-03-01").Met);
        Assert.Null(Period(e, "c2-offhours-call-answer", "2026-02-05").Measured);
        Assert.DoesNotContain(e.Ledger, l => l.ClauseId == "c2-quality-not-rectified");
    }

    [Fact]
    public void AReportForAnAvailabilityClause_IsRefused()
    {
        var errors = FactValidator.Validate(Report("r1", "c5-phone-availability", "2024-03", 1, 2), C5.Value, new HashSet<string> { "c5-phone-availability" });
        Assert.Contains(errors, e => e.Path == "obligationId");
    }
}
