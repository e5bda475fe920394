using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Staffing;
using VendorGrid.Tests.Domain.Calendar;
using static VendorGrid.Tests.Domain.Contracts.ContractFixtures;
using static VendorGrid.Tests.Domain.Staffing.StaffingFixtures;

namespace VendorGrid.Tests.Domain.Staffing;

/// <summary>Vacancies come from assignments: people leaving, certificates expiring, weeks without the on-site day.</summary>
public sealed class VacancyDetectionTests
{
    private static StaffingEvaluation Staffing(string asOf, params IEnumerable<VendorGrid.Domain.Contracts.Facts.ContractFact>[] facts) =>
        StaffingEvaluator.Evaluate(C1, Facts(facts), At(asOf), CalendarTestData.NationalCalendar);

    private static RoleStaffing Role(StaffingEvaluation e, string role) => e.Roles.Single(r => r.Role == role);

    /// <summary>DOMAIN.md §5 example 8, with the vacancy coming from two engineers leaving and two joining.</summary>
    [Fact]
    public void TwoCustomerServiceSeatsLeftOnMidAutumnEve_RefilledOnThe22nd_Cost12000()
    {
        var facts = Facts(Team("customer-service", 10, "2016-04-20T09:00:00"),
            [Release("customer-service-01", "customer-service", "2016-09-14T09:00:00"), Release("customer-service-02", "customer-service", "2016-09-14T09:00:00"),
             Assign("new-01", "customer-service", "2016-09-22T09:00:00"), Assign("new-02", "customer-service", "2016-09-22T09:00:00")]);

        var evaluation = ContractEngine.Evaluate(C1, facts, At("2016-09-23T00:00:00"), CalendarTestData.NationalCalendar);

        var entry = Assert.Single(evaluation.Ledger, e => e.ClauseId == "c1-vacancy-refill");
        Assert.Equal(12_000.00m, entry.Amount);
        Assert.Equal(At("2016-09-19T00:00:00"), entry.ProposedAt);
        Assert.Equal(LedgerStatus.Proposed, entry.Status);
        Assert.Contains("2 人 × 3 天", entry.Basis);
    }

    [Fact]
    public void WhileTheSeatsAreEmpty_TheRoleShowsTwoVacantSinceTheDayTheyLeft()
    {
        var e = Staffing("2016-09-20T12:00:00", Team("customer-service", 10, "2016-04-20T09:00:00"),
            [Release("customer-service-01", "customer-service", "2016-09-14T09:00:00"), Release("customer-service-02", "customer-service", "2016-09-14T09:00:00")]);

        var role = Role(e, "customer-service");
        Assert.Equal((10, 8, 8, 2), (role.Required, role.Assigned, role.Present, role.Vacant));
        Assert.Equal(At("2016-09-14T09:00:00"), role.VacantSince);
        Assert.Equal(new VacancyStretch("customer-service", 2, At("2016-09-14T09:00:00"), null), Assert.Single(e.Vacancies));
    }

    [Fact]
    public void ARoleNeverFullyStaffed_IsNotAVacancy_TheLateStartClauseCoversIt()
    {
        var facts = Facts(Team("customer-service", 8, "2016-04-20T09:00:00"));
        var evaluation = ContractEngine.Evaluate(C1, facts, At("2016-06-01T00:00:00"), CalendarTestData.NationalCalendar);

        Assert.Equal(0m, Charged(evaluation.Ledger, "c1-vacancy-refill"));
        Assert.Equal(2, Role(Staffing("2016-06-01T00:00:00", facts), "customer-service").Vacant);
    }

    /// <summary>pm-team: one of the two holds ITSS 项目经理 until 2016-06-30; from 07-01 the seat needing it is empty.</summary>
    [Fact]
    public void ExpiredItssCertificate_OpensAVacancyTheNextDay_RenewalFillsIt()
    {
        var team = new[]
        {
            Assign("pm-a", "pm-team", "2016-04-20T09:00:00", years: 8, certificates: Certificate("信息系统项目管理师（高级）")),
            Assign("pm-b", "pm-team", "2016-04-20T09:00:00", years: 6, certificates: Certificate("ITSS 项目经理", expiresOn: "2016-06-30")),
        };
        var renewed = new VendorGrid.Domain.Contracts.Facts.StaffQualified
        {
            Id = "renew-pm-b", OccurredAt = At("2016-07-12T10:00:00"), Engineer = "pm-b", Years = 6, Education = "本科", Certificates = [Certificate("ITSS 项目经理", expiresOn: "2019-06-30")],
        };

        var before = Role(Staffing("2016-07-10T12:00:00", team), "pm-team");
        Assert.Equal((2, 2, 1, At("2016-07-01T00:00:00")), (before.Assigned, before.Present, before.Vacant, before.VacantSince));
        Assert.Equal(0, before.Rules.Single(r => r.Rule.Contains("ITSS")).Held);

        // Grace: 07-01 is a Friday, so the 1 working day ends with Monday 07-04; charged 07-05 … 07-11.
        var ledger = ContractEngine.Evaluate(C1, [.. team, renewed], At("2016-07-20T00:00:00"), CalendarTestData.NationalCalendar).Ledger;
        Assert.Equal(14_000.00m, Charged(ledger, "c1-vacancy-refill"));
        Assert.Equal(0, Role(Staffing("2016-07-20T00:00:00", team, [renewed]), "pm-team").Vacant);
    }

    /// <summary>驻场运营推广专员: on site Wed 05-04, then not at all in the week of 05-09; back on Thu 05-19.</summary>
    [Fact]
    public void MissedWeeklyOnsiteDay_EmptiesTheSeatFromTheNextMondayUntilTheEngineerIsBack()
    {
        var facts = Facts([Assign("promoter", "onsite-promoter", "2016-05-02T00:00:00"), OnSite("promoter", "2016-05-04"), OnSite("promoter", "2016-05-19")]);

        var during = Role(Staffing("2016-05-17T12:00:00", facts), "onsite-promoter");
        Assert.Equal((1, 0, 1, At("2016-05-16T00:00:00")), (during.Assigned, during.Present, during.Vacant, during.VacantSince));

        // Grace ends with Tuesday 05-17; 05-18 is the one day charged before the promoter is back on the 19th.
        var ledger = ContractEngine.Evaluate(C1, facts, At("2016-05-20T12:00:00"), CalendarTestData.NationalCalendar).Ledger;
        Assert.Equal(2_000.00m, Charged(ledger, "c1-vacancy-refill"));
        Assert.Equal(0, Role(Staffing("2016-05-20T12:00:00", facts), "onsite-promoter").Vacant);
    }

    [Fact]
    public void InternetHospitalOps_NeedsOneWithFiveYearsAndAMasters()
    {
        var facts = Facts([
            Assign("ops-1", "internet-hospital-ops", "2016-04-20T00:00:00", years: 6, education: "硕士研究生"),
            Assign("ops-2", "internet-hospital-ops", "2016-04-20T00:00:00", years: 9, education: "本科"),
            Assign("ops-3", "internet-hospital-ops", "2016-04-20T00:00:00", years: 2, education: "博士研究生")]);
        foreach (var (engineer, day) in new[] { ("ops-1", "2016-04-20"), ("ops-2", "2016-04-20"), ("ops-3", "2016-04-20") })
            facts = facts.Add(OnSite(engineer, day));

        var role = Role(Staffing("2016-04-21T00:00:00", facts), "internet-hospital-ops");
        Assert.Equal((3, 1, 0), (role.Present, role.Qualified, role.Vacant));
        Assert.Equal(At("2016-04-20T00:00:00"), role.StaffedSince);
    }
}
