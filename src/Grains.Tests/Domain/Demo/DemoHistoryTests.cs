using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Domain.Contracts.Ledger;
using VendorGrid.Domain.Demo;
using VendorGrid.Domain.Staffing;
using VendorGrid.Tests.Domain.Calendar;
using VendorGrid.Tests.Infrastructure;
using static VendorGrid.Tests.Domain.Contracts.ContractFixtures;

namespace VendorGrid.Tests.Domain.Demo;

/// <summary>Issue 20 §6: the demo history is a pure function of the definition and the day, on a fixed date here.</summary>
public sealed class DemoHistoryTests
{
    private static ContractDefinition Seed(string id) => Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, id + ".json")));

    private static DemoPlan Plan(string seed, string today) => DemoHistory.Plan(Seed(seed), CalendarTestData.D(today), CalendarTestData.NationalCalendar);

    private static string Line(DemoFact f) => $"{f.By} {f.Fact.OccurredAt:yyyy-MM-dd'T'HH:mm:sszzz} {f.Fact.GetType().Name} {f.Fact.Id}";

    [Fact]
    public void C2_On20260616_HasExactlyTheseFacts_InTimeOrder_AllBeforeThatDay()
    {
        string[] expected =
        [
            "Vendor 2026-02-05T09:00:00+08:00 StaffAssigned demo.assign.demo-ops-engineer-1",
            "Vendor 2026-02-09T16:38:00+08:00 ObligationMet demo.met.c2-safety-weekly-check@2026-02-05",
            "Vendor 2026-02-22T12:40:00+08:00 ObligationMet demo.met.c2-safety-weekly-check@2026-02-12",
            "Vendor 2026-02-24T11:31:00+08:00 ObligationMet demo.met.c2-needs-tour@2026-02-05",
            "Vendor 2026-02-25T11:48:00+08:00 ObligationMet demo.met.c2-safety-weekly-check@2026-02-19",
            "Vendor 2026-02-26T09:09:00+08:00 ObligationMet demo.met.c2-data-volume-check@2026-02-05",
            "Vendor 2026-02-27T14:48:00+08:00 ObligationMet demo.met.c2-safety-monthly-supervision@2026-02-05",
            "Vendor 2026-02-28T11:51:00+08:00 ObligationMet demo.met.c2-monthly-report@2026-02-05",
            "Vendor 2026-02-28T12:44:00+08:00 ObligationMet demo.met.c2-disk-space-check@2026-02-05",
            "Vendor 2026-02-28T16:45:00+08:00 ObligationMet demo.met.c2-backup-check@2026-02-05",
            "Institution 2026-03-01T23:59:59+08:00 InvoiceReceived demo.invoice.c2-pay-advance",
            "Vendor 2026-03-06T11:02:00+08:00 ObligationMet demo.met.c2-daily-maintenance-log@2026-02-05",
            "Vendor 2026-03-07T11:20:00+08:00 ObligationMet demo.met.c2-safety-weekly-check@2026-02-26",
            "Institution 2026-03-08T23:59:59+08:00 PaymentMade demo.paid.c2-pay-advance",
            "Vendor 2026-03-11T11:24:00+08:00 ObligationMet demo.met.c2-safety-weekly-check@2026-03-05",
            "Vendor 2026-03-13T12:17:00+08:00 ObligationMet demo.met.c2-needs-tour@2026-03-01",
            "Vendor 2026-03-18T15:22:00+08:00 ObligationMet demo.met.c2-safety-weekly-check@2026-03-12",
            "Vendor 2026-03-23T16:14:00+08:00 ObligationMet demo.met.c2-safety-weekly-check@2026-03-19",
            "Vendor 2026-03-24T11:50:00+08:00 ObligationMet demo.met.c2-go-live",
            "Vendor 2026-03-29T10:13:00+08:00 ObligationMet demo.met.c2-safety-monthly-supervision@2026-03-01",
            "Vendor 2026-03-29T12:37:00+08:00 ObligationMet demo.met.c2-monthly-report@2026-03-01",
            "Vendor 2026-03-31T09:34:00+08:00 ObligationMet demo.met.c2-safety-weekly-check@2026-03-26",
            "Vendor 2026-03-31T13:43:00+08:00 ObligationMet demo.met.c2-disk-space-check@2026-03-01",
            "Vendor 2026-03-31T14:15:00+08:00 ObligationMet demo.met.c2-data-volume-check@2026-03-01",
            "Vendor 2026-04-01T11:24:00+08:00 ObligationMet demo.met.c2-backup-check@2026-03-01",
            "Vendor 2026-04-05T11:19:00+08:00 ObligationMet demo.met.c2-daily-maintenance-log@2026-03-01",
            "Vendor 2026-04-08T13:51:00+08:00 ObligationMet demo.met.c2-safety-weekly-check@2026-04-02",
            "Vendor 2026-04-13T10:14:00+08:00 ObligationMet demo.met.c2-safety-weekly-check@2026-04-09",
            "Vendor 2026-04-14T10:50:00+08:00 ObligationMet demo.met.c2-needs-tour@2026-04-01",
            "Institution 2026-04-16T15:30:00+08:00 BreachOccurred demo.breach.c2-subcontracting.20260416",
            "Vendor 2026-04-20T10:30:00+08:00 ObligationMet demo.met.c2-safety-weekly-check@2026-04-16",
            "Vendor 2026-04-28T09:04:00+08:00 ObligationMet demo.met.c2-safety-monthly-supervision@2026-04-01",
            "Vendor 2026-04-28T11:25:00+08:00 ObligationMet demo.met.c2-data-volume-check@2026-04-01",
            "Vendor 2026-04-29T10:10:00+08:00 ObligationMet demo.met.c2-monthly-report@2026-04-01",
            "Vendor 2026-04-29T11:14:00+08:00 ObligationMet demo.met.c2-backup-check@2026-04-01",
            "Vendor 2026-04-29T12:41:00+08:00 ObligationMet demo.met.c2-safety-weekly-check@2026-04-23",
            "Vendor 2026-04-29T15:10:00+08:00 ObligationMet demo.met.c2-disk-space-check@2026-04-01",
            "Institution 2026-04-30T10:00:00+08:00 IncidentOpened demo.incident.demo-20260430-1",
            "Vendor 2026-04-30T10:08:00+08:00 IncidentStepRecorded demo.incident.demo-20260430-1.responded",
            "Vendor 2026-04-30T10:26:00+08:00 IncidentStepRecorded demo.incident.demo-20260430-1.restored",
            "Institution 2026-04-30T12:00:00+08:00 IncidentStepRecorded demo.incident.demo-20260430-1.closed",
            "Vendor 2026-05-04T11:15:00+08:00 ObligationMet demo.met.c2-daily-maintenance-log@2026-04-01",
            "Vendor 2026-05-04T14:12:00+08:00 ObligationMet demo.met.c2-safety-weekly-check@2026-04-30",
            "Vendor 2026-05-13T11:28:00+08:00 ObligationMet demo.met.c2-safety-weekly-check@2026-05-07",
            "Vendor 2026-05-15T16:20:00+08:00 ObligationMet demo.met.c2-needs-tour@2026-05-01",
            "Vendor 2026-05-21T11:42:00+08:00 ObligationMet demo.met.c2-safety-weekly-check@2026-05-14",
            "Institution 2026-05-22T10:00:00+08:00 IncidentOpened demo.incident.demo-20260522-2",
            "Vendor 2026-05-22T10:05:00+08:00 IncidentStepRecorded demo.incident.demo-20260522-2.responded",
            "Vendor 2026-05-22T10:40:00+08:00 IncidentStepRecorded demo.incident.demo-20260522-2.onsite",
            "Vendor 2026-05-22T11:35:00+08:00 IncidentStepRecorded demo.incident.demo-20260522-2.restored",
            "Institution 2026-05-22T13:00:00+08:00 IncidentStepRecorded demo.incident.demo-20260522-2.closed",
            "Vendor 2026-05-26T12:54:00+08:00 ObligationMet demo.met.c2-safety-weekly-check@2026-05-21",
            "Vendor 2026-05-29T09:05:00+08:00 ObligationMet demo.met.c2-disk-space-check@2026-05-01",
            "Vendor 2026-05-29T14:54:00+08:00 ObligationMet demo.met.c2-data-volume-check@2026-05-01",
            "Vendor 2026-05-31T10:23:00+08:00 ObligationMet demo.met.c2-safety-monthly-supervision@2026-05-01",
            "Vendor 2026-05-31T11:55:00+08:00 ObligationMet demo.met.c2-backup-check@2026-05-01",
            "Vendor 2026-05-31T16:40:00+08:00 ObligationMet demo.met.c2-monthly-report@2026-05-01",
            "Vendor 2026-06-01T10:02:00+08:00 ObligationMet demo.met.c2-safety-weekly-check@2026-05-28",
            "Vendor 2026-06-02T08:42:00+08:00 AttendanceRecorded demo.onsite.demo-ops-engineer-1.20260602",
            "Vendor 2026-06-02T09:10:00+08:00 ObligationMet demo.met.c2-daily-maintenance-log@2026-05-01",
            "Vendor 2026-06-03T08:34:00+08:00 AttendanceRecorded demo.onsite.demo-ops-engineer-1.20260603",
            "Vendor 2026-06-04T08:20:00+08:00 AttendanceRecorded demo.onsite.demo-ops-engineer-1.20260604",
            "Vendor 2026-06-05T08:40:00+08:00 AttendanceRecorded demo.onsite.demo-ops-engineer-1.20260605",
            "Institution 2026-06-05T10:00:00+08:00 IncidentOpened demo.incident.demo-20260605-3",
            "Vendor 2026-06-05T10:12:00+08:00 IncidentStepRecorded demo.incident.demo-20260605-3.responded",
            "Vendor 2026-06-05T12:10:00+08:00 IncidentStepRecorded demo.incident.demo-20260605-3.restored",
            "Institution 2026-06-05T13:20:00+08:00 IncidentStepRecorded demo.incident.demo-20260605-3.closed",
            "Vendor 2026-06-08T08:33:00+08:00 AttendanceRecorded demo.onsite.demo-ops-engineer-1.20260608",
            "Vendor 2026-06-09T08:31:00+08:00 AttendanceRecorded demo.onsite.demo-ops-engineer-1.20260609",
            "Vendor 2026-06-09T14:46:00+08:00 ObligationMet demo.met.c2-safety-weekly-check@2026-06-04",
            "Vendor 2026-06-10T08:27:00+08:00 AttendanceRecorded demo.onsite.demo-ops-engineer-1.20260610",
            "Vendor 2026-06-11T08:22:00+08:00 AttendanceRecorded demo.onsite.demo-ops-engineer-1.20260611",
            "Vendor 2026-06-12T08:40:00+08:00 AttendanceRecorded demo.onsite.demo-ops-engineer-1.20260612",
            "Vendor 2026-06-13T13:50:00+08:00 ObligationMet demo.met.c2-needs-tour@2026-06-01",
            "Vendor 2026-06-15T08:41:00+08:00 AttendanceRecorded demo.onsite.demo-ops-engineer-1.20260615",
        ];
        Assert.Equal(expected, Plan("c2-chaoyang-his-2026", "2026-06-16").Facts.Select(Line));
    }

    [Fact]
    public void C2_On20260616_AnswersAllButLastWeeksFacts_DisputesOneMonthlyLog_AndDecidesTwoPenalties_AndIssuesAprilAndMay()
    {
        var plan = Plan("c2-chaoyang-his-2026", "2026-06-16");
        var disputed = Assert.Single(plan.Answers, a => a.Answer == FactAnswer.Disputed);
        Assert.Equal((Side.Institution, "demo.met.c2-daily-maintenance-log@2026-02-05"), (disputed.By, disputed.FactId));
        Assert.Equal(60, plan.Answers.Length);
        Assert.Equal(("demo.paid.c2-pay-advance", Side.Vendor), (plan.Answers.Single(a => a.By == Side.Vendor).FactId, Side.Vendor));
        // Nothing of the last seven days is answered: it waits for the hospital (待我处理).
        var lastWeek = plan.Facts.Where(f => f.Fact.OccurredAt >= DateTimeOffset.Parse("2026-06-09T00:00:00+08:00")).Select(f => f.Fact.Id).ToHashSet();
        Assert.Equal(7, lastWeek.Count);
        Assert.DoesNotContain(plan.Answers, a => lastWeek.Contains(a.FactId));
        Assert.Equal([("demo.breach.c2-subcontracting.20260416", LedgerAction.Confirm), (null, LedgerAction.Dispute)],
            plan.Decisions.Select(d => (d.BreachFactId, d.Action)));
        Assert.Equal(["2026-04", "2026-05"], plan.IssuedMonths);
        Assert.Equal("2026-04", plan.SignedOffMonth);
        Assert.False(plan.Ended);
    }

    [Fact]
    public void C2_TwoWeeksLater_KeepsEveryEarlierFactAsItWas_SoASecondRunRecordsOnlyWhatIsNew()
    {
        var before = Plan("c2-chaoyang-his-2026", "2026-06-16").Facts.Select(f => f.Fact).ToList();
        var later = Plan("c2-chaoyang-his-2026", "2026-06-30").Facts.Select(f => f.Fact).ToDictionary(f => f.Id);
        // The attendance of the last two weeks moves with the day; everything else stays exactly as it was.
        Assert.All(before.Where(f => f is not AttendanceRecorded), f => Assert.Equal(f, later[f.Id]));
    }

    [Fact]
    public void C1_EndedIn2017_GetsItsWholeTermsHistory_WithAllTwelveEvaluationsAndItsLastMonthsIssued()
    {
        var plan = Plan("c1-childrens-internet-hospital-2016", "2026-06-16");
        Assert.True(plan.Ended);
        Assert.True(plan.Facts.Max(f => f.Fact.OccurredAt) < DateTimeOffset.Parse("2017-09-01T00:00:00+08:00"));
        Assert.Equal(DateTimeOffset.Parse("2016-04-16T09:00:00+08:00"), plan.Facts.Min(f => f.Fact.OccurredAt));
        Assert.Equal(13, plan.Evaluations.Length); // 2016-04 … 2017-04, the first and last months clipped to the term
        Assert.All(plan.Evaluations, e => Assert.InRange(e.Scores.Values.Sum(), 80m, 100m));
        Assert.Equal(["2017-03", "2017-04"], plan.IssuedMonths);
        Assert.Equal("2017-03", plan.SignedOffMonth);
    }
    /// <summary>
    /// The plan's facts as the ledger sees them once the seeder has played it: the other side's answers given, so a fact
    /// needing an answer counts only when acknowledged (the demo records everything long after it happened, and such a
    /// late-reported fact is in force only once acknowledged); facts needing no answer count at once.
    /// </summary>
    private static List<ContractFact> InForce(ContractDefinition definition, DemoPlan plan)
    {
        var acknowledged = plan.Answers.Where(a => a.Answer == FactAnswer.Acknowledged).Select(a => a.FactId).ToHashSet(StringComparer.Ordinal);
        return [.. plan.Facts.Select(f => f.Fact with { Reporter = new Reporter(DemoHistory.Party(f.By), "demo") })
            .Where(f => TwoPartyFacts.Answerer(f, definition) is null || acknowledged.Contains(f.Id))];
    }

    [Fact]
    public void C1_StaffsEverySeatOfEveryRole_FromTheFirstDay_WithPeopleWhoMeetItsRules_AndLeavesOneShortVacancy()
    {
        var definition = Seed("c1-childrens-internet-hospital-2016");
        var plan = Plan("c1-childrens-internet-hospital-2016", "2026-06-16");
        var facts = InForce(definition, plan);
        var calendar = CalendarTestData.NationalCalendar;

        // The day after the team started (a Saturday, 09:00): every role at its minimum, every rule held by enough people.
        var firstDay = StaffingEvaluator.Evaluate(definition, facts, DateTimeOffset.Parse("2016-04-17T12:00:00+08:00"), calendar);
        Assert.Equal(
            [("internet-hospital-ops", 3, 0), ("customer-service", 10, 0), ("onsite-promoter", 1, 0), ("full-course-ops", 3, 0), ("pm-team", 2, 0), ("project-lead", 1, 0)],
            firstDay.Roles.Select(r => (r.Role, r.Present, r.Vacant)));
        Assert.All(firstDay.Roles, r => Assert.All(r.Rules, rule => Assert.True(rule.Held >= rule.Required, $"{r.Role}: {rule.Rule} held by {rule.Held}")));
        Assert.Equal(["至少 1 人：5 年以上经验、硕士研究生及以上、信息系统项目管理师（高级）"],
            firstDay.Roles.Single(r => r.Role == "project-lead").Rules.Where(rule => rule.Held == 1).Select(rule => rule.Rule));

        // Over the whole term, the only vacancy: customer service seat 5, whose holder resigned with a month's notice and
        // the hospital's consent, left on Friday 2016-11-18 at 18:00; the successor started on Thursday 11-24 at 09:00.
        var termEnd = StaffingEvaluator.Evaluate(definition, facts, DateTimeOffset.Parse("2017-04-15T23:00:00+08:00"), calendar);
        var vacancy = Assert.Single(termEnd.Vacancies);
        Assert.Equal(("customer-service", 1, DateTimeOffset.Parse("2016-11-18T18:00:00+08:00"), (DateTimeOffset?)DateTimeOffset.Parse("2016-11-24T09:00:00+08:00")),
            (vacancy.Role, vacancy.People, vacancy.From, vacancy.Until));
        Assert.Equal(
        [
            "Vendor 2016-10-21T10:00:00+08:00 StaffChangeNoticed demo.change-notice.demo-customer-service-5",
            "Institution 2016-10-24T15:00:00+08:00 StaffChangeApproved demo.change-approved.demo-customer-service-5",
            "Vendor 2016-11-18T18:00:00+08:00 StaffReleased demo.release.demo-customer-service-5",
            "Vendor 2016-11-24T09:00:00+08:00 StaffAssigned demo.assign.demo-customer-service-11",
        ], plan.Facts.Where(f => f.Fact is StaffChangeNoticed or StaffChangeApproved or StaffReleased
            || f.Fact is StaffAssigned { OccurredAt.Month: > 4 }).Select(Line));
        Assert.Empty(termEnd.Breaches); // the change had its month's notice and the hospital's consent
        Assert.All(termEnd.Roles, r => Assert.Equal((r.Role, 0), (r.Role, r.Vacant)));
        // The weekly on-site rule (每周至少出勤一天) met every week: nobody was ever counted absent.
        Assert.All(termEnd.Assignments, a => Assert.True(a.Present || a.To is not null, $"{a.Engineer} absent at the term's end"));

        // The team was on site at once, so 第八条第13款's late-service charge never started.
        var evaluation = ContractEngine.Evaluate(definition, facts, DateTimeOffset.Parse("2026-06-16T00:00:00+08:00"), calendar);
        Assert.DoesNotContain(evaluation.Ledger, e => e.ObligationId == "c1-staff-onsite-start" && e.Amount > 0);
    }

    /// <summary>
    /// Each seed's vacancy money in the demo as of 2026-06-16, computed by the engine from the facts in force. Only C1
    /// charges vacancies (第三条2.3 「超过 1 个工作日未及时补充，甲方有权按次/天/人扣除项目费用 2000 元」):
    /// the seat emptied on Friday 2016-11-18 at 18:00; the grace of 1 working day runs to the end of Monday 11-21; the
    /// successor started on Thursday 11-24 at 09:00, so the days charged are Tuesday 11-22 and Wednesday 11-23:
    /// 2 days × 1 person × ¥2,000 = ¥4,000.00. C2 has one seat and no vacancy clause; C3, C4 and C5 have no staffing.
    /// </summary>
    [Theory]
    [InlineData("c1-childrens-internet-hospital-2016", 4_000.00)]
    [InlineData("c2-chaoyang-his-2026", 0.00)]
    [InlineData("c3-medical-registration-ops-2024", 0.00)]
    [InlineData("c4-health-commission-medadmin-ops-2024", 0.00)]
    [InlineData("c5-booking-platform-2024", 0.00)]
    public void TheDemosVacancyMoney_On20260616_IsTheOneShortVacancyAtMost(string seed, double expected)
    {
        var definition = Seed(seed);
        var plan = Plan(seed, "2026-06-16");
        var evaluation = ContractEngine.Evaluate(definition, InForce(definition, plan), DateTimeOffset.Parse("2026-06-16T00:00:00+08:00"),
            CalendarTestData.NationalCalendar);
        var vacancyClauses = definition.Penalties.Where(p => p.Trigger == PenaltyTrigger.Vacancy).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var charged = evaluation.Ledger.Where(e => vacancyClauses.Contains(e.ClauseId)).ToList();
        Assert.Equal((decimal)expected, charged.Sum(e => e.Amount));
        Assert.True(charged.Count <= 1, string.Join("\n", charged.Select(e => $"{e.Id} {e.Amount} {e.Basis}")));
    }
}
