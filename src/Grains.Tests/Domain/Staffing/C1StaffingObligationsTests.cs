using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Domain.Staffing;
using VendorGrid.Tests.Domain.Calendar;
using static VendorGrid.Tests.Domain.Contracts.ContractFixtures;
using static VendorGrid.Tests.Domain.Staffing.StaffingFixtures;

namespace VendorGrid.Tests.Domain.Staffing;

/// <summary>
/// C1's staffing obligations follow the assignments (issue 6): the team on site within 7 working days of signing, the
/// promoter's weekly on-site day, the month's notice of a change — and a change made by releasing someone and
/// assigning another is a change all the same.
/// </summary>
public sealed class C1StaffingObligationsTests
{
    private static ContractEvaluation Evaluate(string asOf, IEnumerable<ContractFact> facts) =>
        ContractEngine.Evaluate(C1, facts, At(asOf), CalendarTestData.NationalCalendar);

    private static ObligationInstance Instance(ContractEvaluation e, string id) => e.Obligations.Single(o => o.Id == id);

    /// <summary>Every C1 role at its minimum with the qualifications it asks for; the project lead may come later.</summary>
    private static IEnumerable<ContractFact> WholeTeam(string local, string? leadFrom = null) =>
    [
        Assign("ops-senior", "internet-hospital-ops", local, years: 6, education: "硕士研究生"),
        Assign("ops-2", "internet-hospital-ops", local), Assign("ops-3", "internet-hospital-ops", local),
        .. Team("customer-service", 10, local),
        Assign("promoter-a", "onsite-promoter", local),
        Assign("course-senior", "full-course-ops", local, years: 5), Assign("course-2", "full-course-ops", local), Assign("course-3", "full-course-ops", local),
        Assign("pm-senior", "pm-team", local, years: 8, certificates: Certificate("信息系统项目管理师（高级）")),
        Assign("pm-itss", "pm-team", local, years: 5, certificates: Certificate("ITSS 项目经理")),
        Assign("lead", "project-lead", leadFrom ?? local, years: 10, education: "硕士研究生", certificates: Certificate("信息系统项目管理师（高级）")),
    ];

    [Fact]
    public void TeamOnSiteWithinSevenWorkingDays_MeetsTheStartObligation_AndCostsNothing()
    {
        var e = Evaluate("2016-05-10T00:00:00", WholeTeam("2016-04-20T09:00:00"));

        var start = Instance(e, "c1-staff-onsite-start");
        Assert.Equal((ObligationStatus.Met, At("2016-04-20T09:00:00"), 0), (start.Status, start.MetAt, start.LateDays));
        Assert.Equal(0m, Charged(e.Ledger, "c1-late-service", "c1-staff-onsite-start"));
    }

    [Fact]
    public void ProjectLeadArrivingTwoDaysAfterTheDeadline_IsLateService_TwoDaysAtTwoPercent()
    {
        var e = Evaluate("2016-05-10T00:00:00", WholeTeam("2016-04-20T09:00:00", leadFrom: "2016-04-28T09:00:00"));

        var start = Instance(e, "c1-staff-onsite-start");
        Assert.Equal(At("2016-04-26T23:59:59"), start.DueAt);
        Assert.Equal((ObligationStatus.Met, At("2016-04-28T09:00:00"), 2), (start.Status, start.MetAt, start.LateDays));
        Assert.Equal(38_880.00m, Charged(e.Ledger, "c1-late-service", "c1-staff-onsite-start"));  // 2 days × 2 % × ¥972,000
    }

    [Fact]
    public void PartOfTheTeamOnly_LeavesTheStartObligationLate()
    {
        var e = Evaluate("2016-04-28T12:00:00", WholeTeam("2016-04-20T09:00:00").Where(f => f is not StaffAssigned { Role: "project-lead" }));

        Assert.Equal(ObligationStatus.Late, Instance(e, "c1-staff-onsite-start").Status);
        Assert.True(Charged(e.Ledger, "c1-late-service", "c1-staff-onsite-start") > 0);
    }

    [Fact]
    public void PromoterOnSiteInTheWeek_MeetsTheWeeklyMinimum_AndNoVacancyIsCharged()
    {
        var e = Evaluate("2016-05-12T00:00:00", [Assign("promoter-a", "onsite-promoter", "2016-04-20T09:00:00"),
            OnSite("promoter-a", "2016-04-28"), OnSite("promoter-a", "2016-05-05")]);

        // C1's service weeks run from the signing Saturday: 04-23–04-29 and 04-30–05-06.
        Assert.Equal((ObligationStatus.Met, At("2016-04-28T00:00:00")),
            (Instance(e, "c1-promoter-weekly-onsite@2016-04-23").Status, Instance(e, "c1-promoter-weekly-onsite@2016-04-23").MetAt));
        Assert.Equal(ObligationStatus.Met, Instance(e, "c1-promoter-weekly-onsite@2016-04-30").Status);
        Assert.Equal(0m, Charged(e.Ledger, "c1-vacancy-refill"));
    }

    [Fact]
    public void AWeekWithoutThePromoter_BreachesTheWeeklyMinimum_AndTheEmptySeatIsCharged()
    {
        // Another role's engineer on site does not count for the promoter.
        var e = Evaluate("2016-05-12T00:00:00", [Assign("promoter-a", "onsite-promoter", "2016-04-20T09:00:00"), Assign("ops-2", "internet-hospital-ops", "2016-04-20T09:00:00"),
            OnSite("promoter-a", "2016-04-28"), OnSite("ops-2", "2016-05-03")]);

        Assert.Equal(ObligationStatus.Breached, Instance(e, "c1-promoter-weekly-onsite@2016-04-30").Status);
        // Absent from Monday 05-09 after the empty calendar week 05-02–05-08; the working day's grace runs through 05-10,
        // so 05-11 is the one day charged by the start of 05-12.
        Assert.Equal(2_000.00m, Charged(e.Ledger, "c1-vacancy-refill"));
    }

    private static ContractFact Notice(string engineer, string local) =>
        new StaffChangeNoticed { Id = $"notice-{engineer}", OccurredAt = At(local), Engineer = engineer, Role = "onsite-promoter", Reporter = new(ReportingParty.Vendor, "vendor-user") };

    private static ContractFact Consent(string engineer, string local) =>
        new StaffChangeApproved { Id = $"consent-{engineer}", OccurredAt = At(local), Engineer = engineer, Role = "onsite-promoter", Reporter = new(ReportingParty.Institution, "institution-user") };

    [Fact]
    public void AChangeNoticedAMonthAhead_MeetsTheNoticeObligation_NoBreachNoCharge()
    {
        var e = Evaluate("2016-08-02T00:00:00", [Assign("promoter-a", "onsite-promoter", "2016-04-20T09:00:00"), Notice("promoter-a", "2016-07-01T10:00:00"),
            Consent("promoter-a", "2016-07-05T10:00:00"), Assign("promoter-b", "onsite-promoter", "2016-08-01T09:00:00", replaces: "promoter-a")]);

        var notice = Instance(e, "c1-onsite-replacement-notice");
        Assert.Equal((ObligationStatus.Met, At("2016-07-01T10:00:00"), 0), (notice.Status, notice.MetAt, notice.LateDays));
        Assert.DoesNotContain(e.Ledger, l => l.ObligationId == "c1-onsite-replacement-notice");
    }

    [Fact]
    public void AChangeWithoutNotice_LeavesTheNoticeObligationLate_AndIsListedAsABreach()
    {
        // The vendor released the promoter and the hospital recorded the successor: the same change as `replaces`.
        var facts = new ContractFact[] { Assign("promoter-a", "onsite-promoter", "2016-04-20T09:00:00"),
            Release("promoter-a", "onsite-promoter", "2016-07-20T09:00:00") with { Reporter = StaffingFixtures.ReportedBy("vendor") },
            Assign("promoter-b", "onsite-promoter", "2016-07-20T09:00:00") with { Reporter = StaffingFixtures.ReportedBy("institution") } };
        var e = Evaluate("2016-07-21T00:00:00", facts);

        var notice = Instance(e, "c1-onsite-replacement-notice");
        Assert.Equal(ObligationStatus.Late, notice.Status);
        // C1 prices no notice clause of its own: the breach is shown, the institution decides under 第八条第4款.
        Assert.DoesNotContain(e.Ledger, l => l.ObligationId == "c1-onsite-replacement-notice");
        var breach = Assert.Single(StaffingEvaluator.Evaluate(C1, facts, At("2016-07-21T00:00:00"), CalendarTestData.NationalCalendar).Breaches);
        Assert.Equal(("promoter-a", At("2016-07-20T09:00:00")), (breach.Engineer, breach.At));
        Assert.Contains("releasing promoter-a", breach.Basis);
    }

    [Fact]
    public void AReplacementTheHospitalDemanded_OpensNoNoticeObligation()
    {
        var demand = new MilestoneReached { Id = "demand-a", OccurredAt = At("2016-07-19T10:00:00"), Name = StaffingEvaluator.ReplacementRequested, Role = "onsite-promoter", Engineer = "promoter-a", Reporter = new(ReportingParty.Institution, "institution-user") };
        var e = Evaluate("2016-08-02T00:00:00", [Assign("promoter-a", "onsite-promoter", "2016-04-20T09:00:00"), demand,
            Assign("promoter-b", "onsite-promoter", "2016-07-20T09:00:00", replaces: "promoter-a")]);

        Assert.DoesNotContain(e.Obligations, o => o.Id == "c1-onsite-replacement-notice");
    }

    private static readonly StaffAssigned First = Assign("promoter-a", "onsite-promoter", "2016-04-20T09:00:00") with { Reporter = StaffingFixtures.ReportedBy("vendor") };

    private static StaffAssigned Fresh(string engineer, string local) => Assign(engineer, "onsite-promoter", local) with { Reporter = StaffingFixtures.ReportedBy("vendor") };

    private static StaffReleased Released(string engineer, string local, string by = "vendor") =>
        Release(engineer, "onsite-promoter", local) with { Reporter = StaffingFixtures.ReportedBy(by) };

    [Fact]
    public void Succeeds_AFreshAssignmentIntoASeatTheVendorEmptied_IsAChangeOfThatEngineer()
    {
        Assert.Null(StaffChanges.Succeeds(C1, [], First));  // first staffing
        Assert.Equal("promoter-a", StaffChanges.Succeeds(C1, [First, Released("promoter-a", "2016-07-20T09:00:00")], Fresh("promoter-b", "2016-07-20T09:00:00")));
        Assert.Equal("promoter-a", StaffChanges.Succeeds(C1, [First, Released("promoter-a", "2016-07-20T09:00:00")], Fresh("promoter-b", "2016-09-01T09:00:00")));
    }

    [Fact]
    public void Succeeds_NotAChange_WhenTheHospitalEmptiedTheSeat_TheSameEngineerReturns_OrTheSeatWasAlreadyRetaken()
    {
        Assert.Null(StaffChanges.Succeeds(C1, [First, Released("promoter-a", "2016-07-20T09:00:00", by: "institution")], Fresh("promoter-b", "2016-07-21T09:00:00")));
        Assert.Null(StaffChanges.Succeeds(C1, [First, Released("promoter-a", "2016-07-20T09:00:00")], Fresh("promoter-a", "2016-07-25T09:00:00")));
        Assert.Null(StaffChanges.Succeeds(C1, [First, Released("promoter-a", "2016-07-20T09:00:00"), Fresh("promoter-b", "2016-07-21T09:00:00")],
            Fresh("promoter-c", "2016-07-22T09:00:00")));
        Assert.Null(StaffChanges.Succeeds(C2, [Assign("han", "ops-engineer", "2026-02-05T09:00:00"), Release("han", "ops-engineer", "2026-05-01T09:00:00") with { Reporter = StaffingFixtures.ReportedBy("vendor") }],
            Assign("li", "ops-engineer", "2026-05-02T09:00:00") with { Reporter = StaffingFixtures.ReportedBy("vendor") }));  // C2 sets no change terms
    }
}
