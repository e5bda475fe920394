using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Domain.Staffing;
using VendorGrid.Tests.Domain.Calendar;
using static VendorGrid.Tests.Domain.Contracts.ContractFixtures;
using static VendorGrid.Tests.Domain.Staffing.StaffingFixtures;

namespace VendorGrid.Tests.Domain.Staffing;

/// <summary>C2's replacement deadline and C1's notice-and-consent rule for changing on-site staff.</summary>
public sealed class ReplacementAndChangeTests
{
    private static readonly DeadlineMath Math = new(CalendarTestData.NationalCalendar);

    private static ContractFact Demand(string id, string local, string engineer = "han") =>
        new MilestoneReached { Id = id, OccurredAt = At(local), Name = StaffingEvaluator.ReplacementActivity(C2, "ops-engineer"), Role = "ops-engineer", Engineer = engineer, Reporter = new(ReportingParty.Institution, "institution-user") };

    [Theory]
    [InlineData("2026-05-13T09:00:00", 0, 0)]       // within 2 days: met in time
    [InlineData("2026-05-14T09:00:00", 1, 4_425)]   // 1 day late × 0.3 % × ¥1,475,000
    [InlineData("2026-05-16T09:00:00", 3, 13_275)]
    public void C2_QualifiedReplacementWithinTwoDays_LaterIsLatePerformance(string replacedAt, int lateDays, decimal charged)
    {
        var facts = new[] { Assign("han", "ops-engineer", "2026-02-05T09:00:00"), Demand("demand-1", "2026-05-11T10:00:00"),
            Assign("li", "ops-engineer", replacedAt, replaces: "han") };

        var evaluation = ContractEngine.Evaluate(C2, facts, At("2026-05-20T00:00:00"), CalendarTestData.NationalCalendar);

        var instance = Assert.Single(evaluation.Obligations, o => o.Id == "c2-engineer-replacement@demand-1");
        Assert.Equal((At("2026-05-13T23:59:59"), ObligationStatus.Met, lateDays), (instance.DueAt!.Value, instance.Status, instance.LateDays));
        Assert.Equal(charged, Charged(evaluation.Ledger, "c2-late-performance", "c2-engineer-replacement@demand-1"));
    }

    [Fact]
    public void C2_NoReplacementYet_IsLateAndAccruesDaily()
    {
        var facts = new[] { Assign("han", "ops-engineer", "2026-02-05T09:00:00"), Demand("demand-1", "2026-05-11T10:00:00") };

        var evaluation = ContractEngine.Evaluate(C2, facts, At("2026-05-15T12:00:00"), CalendarTestData.NationalCalendar);

        // Breached rather than merely late: with no go-live recorded, 第八条第4款's late days already passed 10 and escalated.
        Assert.Equal(ObligationStatus.Breached, evaluation.Obligations.Single(o => o.Id == "c2-engineer-replacement@demand-1").Status);
        Assert.Equal(8_850.00m, Charged(evaluation.Ledger, "c2-late-performance", "c2-engineer-replacement@demand-1"));
    }

    private static ContractFact Notice(string local) =>
        new StaffChangeNoticed { Id = $"notice-{local}", OccurredAt = At(local), Engineer = "promoter-a", Role = "onsite-promoter" };

    private static ContractFact Consent(string local) =>
        new StaffChangeApproved { Id = $"consent-{local}", OccurredAt = At(local), Engineer = "promoter-a", Role = "onsite-promoter" };

    [Theory]
    [InlineData(null, null, "2016-08-01T09:00:00", ChangeRefusal.NoNotice)]
    [InlineData("2016-07-01T10:00:00", null, "2016-07-31T09:00:00", ChangeRefusal.NoticeTooShort)]
    [InlineData("2016-07-01T10:00:00", null, "2016-08-01T09:00:00", ChangeRefusal.NoConsent)]
    [InlineData("2016-07-01T10:00:00", "2016-07-05T10:00:00", "2016-08-01T09:00:00", ChangeRefusal.None)]
    [InlineData("2016-07-01T10:00:00", "2016-08-02T10:00:00", "2016-08-01T09:00:00", ChangeRefusal.NoConsent)]  // consent after the change
    public void C1_ChangingOnsiteStaff_NeedsAMonthsNoticeAndConsent(string? noticedAt, string? consentAt, string changeAt, ChangeRefusal expected)
    {
        var facts = new List<ContractFact> { Assign("promoter-a", "onsite-promoter", "2016-04-20T09:00:00") };
        if (noticedAt is not null) facts.Add(Notice(noticedAt));
        if (consentAt is not null) facts.Add(Consent(consentAt));

        Assert.Equal(expected, StaffChanges.Check(C1, facts, "onsite-promoter", "promoter-a", At(changeAt), Math));
    }

    [Fact]
    public void C1_AChangeTheHospitalDemanded_NeedsNoNotice()
    {
        var demand = new MilestoneReached { Id = "demand-a", OccurredAt = At("2016-07-20T10:00:00"), Name = StaffingEvaluator.ReplacementRequested, Role = "onsite-promoter", Engineer = "promoter-a", Reporter = new(ReportingParty.Institution, "institution-user") };

        Assert.Equal(ChangeRefusal.None, StaffChanges.Check(C1, [demand], "onsite-promoter", "promoter-a", At("2016-07-21T09:00:00"), Math));
        Assert.Equal(ChangeRefusal.NoNotice, StaffChanges.Check(C1, [demand with { Reporter = StaffingFixtures.ReportedBy("vendor") }], "onsite-promoter", "promoter-a", At("2016-07-21T09:00:00"), Math));
    }

    [Fact]
    public void C1_NoticeShowsTheEarliestDayTheChangeMayTakeEffect()
    {
        var staffing = StaffingEvaluator.Evaluate(C1, [Assign("promoter-a", "onsite-promoter", "2016-04-20T09:00:00"), Notice("2016-07-01T10:00:00"),
            Consent("2016-07-05T10:00:00")], At("2016-07-10T00:00:00"), CalendarTestData.NationalCalendar);

        Assert.Equal(new StaffChange("promoter-a", "onsite-promoter", At("2016-07-01T10:00:00"), At("2016-07-05T10:00:00"), At("2016-08-01T00:00:00")),
            Assert.Single(staffing.ChangeNotices));
    }
}
