using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Tests.Domain.Calendar;
using VendorGrid.Tests.Infrastructure;
using static VendorGrid.Tests.Domain.Contracts.ContractFixtures;

namespace VendorGrid.Tests.Domain.Contracts;

/// <summary>
/// The Civil Code's day counting (民法典 第二百零一条至第二百零三条) in the engine: holiday roll, month periods counted
/// from the start, and deadlines past the last loaded holiday notice that stay provisional and charge nothing.
/// </summary>
public sealed class DayCountingTests
{
    private static readonly Lazy<ContractDefinition> C2 = new(() =>
        Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, "c2-chaoyang-his-2026.json"))));

    private static ObligationInstance Instance(ContractEvaluation e, string id) => e.Obligations.Single(o => o.Id == id);

    /// <summary>DOMAIN.md example 10: 第三条1.2「乙方应在每月3日前向甲方提交上一月的《日常维护记录单》」.</summary>
    [Fact]
    public void C2_SeptemberLog_DueOnTheThirdInTheNationalDayHoliday_IsDueAtTheEndOf20261008()
    {
        var log = Instance(Evaluate(C2.Value, "2026-06-01T00:00:00"), "c2-daily-maintenance-log@2026-09-01");
        Assert.Equal(At("2026-10-08T23:59:59"), log.DueAt);
        Assert.False(log.Provisional);
    }

    [Fact]
    public void C2_DecemberLog_Due20270103_WaitsOnThe2027Notice()
    {
        var before = Instance(Evaluate(C2.Value, "2026-06-01T00:00:00"), "c2-daily-maintenance-log@2026-12-01");
        Assert.Equal((At("2027-01-03T23:59:59"), true), (before.DueAt, before.Provisional));
        var with2027 = CalendarTestData.NationalCalendar.WithYear(CalendarTestData.Year2027());
        var after = ContractEngine.Evaluate(C2.Value, [], At("2026-06-01T00:00:00"), with2027).Obligations.Single(o => o.Id == "c2-daily-maintenance-log@2026-12-01");
        Assert.Equal((At("2027-01-03T23:59:59"), false), (after.DueAt, after.Provisional));  // the notice leaves Sunday 01-03 a plain weekend
    }

    /// <summary>第一条第5款「乙方应在本合同正式签订之日起45个自然日内…」: a plain Sunday does not roll (DOMAIN.md example 1).</summary>
    [Fact]
    public void C2_GoLive_OnAPlainSunday_StaysThere_UnlessTheClauseRollsFromWeekends()
    {
        Assert.Equal(At("2026-03-22T23:59:59"), Instance(Evaluate(C2.Value, "2026-03-01T00:00:00"), "c2-go-live").DueAt);
        var weekends = Contract("2026-02-05", "2026-02-05", "2027-03-02", 1475000m, """
            "obligations": [{ "id": "c2-go-live", "article": "第一条第5款", "summary": "live", "title": "上线", "kind": "one-off",
              "due": { "from": { "event": "signed" }, "within": { "n": 45, "unit": "calendar-days", "roll": "holidays-and-weekends" } } }]
            """);
        Assert.Equal(At("2026-03-23T23:59:59"), Evaluate(weekends, "2026-03-01T00:00:00").Obligations.Single().DueAt);
    }

    [Theory]
    [InlineData("2017-11-30", 3, "2018-02-28")]  // DOMAIN.md §2: 「验收合格后3个月内」 ends on the month's last day
    [InlineData("2026-09-01", 1, "2026-10-08")]  // ends 10-01, 国庆节 → the first working day after it
    [InlineData("2016-08-15", 1, "2016-09-18")]  // ends 09-15, 中秋节 → the make-up Sunday
    public void MonthPeriods_EndOnTheSameNumberedDay_ThenRollFromAHoliday(string acceptedOn, int months, string due)
    {
        // A two-year term around the acceptance: definitions are bounded to ten years (DefinitionBounds).
        var year = int.Parse(acceptedOn[..4], System.Globalization.CultureInfo.InvariantCulture);
        var c = Contract($"{year}-01-04", $"{year}-01-04", $"{year + 1}-12-31", 1000000m, $$"""
            "obligations": [{ "id": "retention", "article": "第二条", "summary": "within N months of acceptance", "title": "尾款", "kind": "one-off",
              "due": { "from": { "event": "accepted" }, "within": { "n": {{months}}, "unit": "months" } } }]
            """);
        var e = Evaluate(c, acceptedOn + "T12:00:00", Fact("acc", FactTypes.Accepted, acceptedOn + "T10:00:00"));
        Assert.Equal(At(due + "T23:59:59"), e.Obligations.Single().DueAt);
    }

    [Fact]
    public void WorkingDayCounts_AndNoticesCountedBack_NeverRoll()
    {
        var c = Contract("2026-09-01", "2026-09-01", "2026-12-31", 100000m, """
            "obligations": [
              { "id": "report", "article": "1", "summary": "s", "title": "t", "kind": "one-off",
                "due": { "from": { "date": "2026-09-24" }, "within": { "n": 1, "unit": "working-days" } } },
              { "id": "notice", "article": "2", "summary": "s", "title": "t", "kind": "notice",
                "due": { "from": { "date": "2026-10-06" }, "before": { "n": 3, "unit": "calendar-days" } } }]
            """);
        var e = Evaluate(c, "2026-09-02T00:00:00");
        Assert.Equal(At("2026-09-28T23:59:59"), Instance(e, "report").DueAt);  // 09-25 … 09-27 中秋节: the next working day is Monday
        Assert.Equal(At("2026-10-03T23:59:59"), Instance(e, "notice").DueAt);  // in the holiday, but a notice counted back stays
    }

    /// <summary>Civil Code art. 202: the Nth monthly period starts N months after the term's start, never drifting 31 → 29 → 28.</summary>
    [Fact]
    public void MonthlyPeriodsFromThe31st_AreCountedFromTheStart_NotChainedMonthByMonth()
    {
        var c = Contract("2024-01-31", "2024-01-31", "2024-07-30", 100000m, """
            "obligations": [{ "id": "monthly", "article": "1", "summary": "report at the end of each service month", "title": "月报",
              "kind": "recurring", "recurrence": { "every": "month", "roll": "none" } }]
            """);
        var e = Evaluate(c, "2024-02-01T00:00:00");
        Assert.Equal(["monthly@2024-01-31", "monthly@2024-02-29", "monthly@2024-03-31", "monthly@2024-04-30", "monthly@2024-05-31", "monthly@2024-06-30"],
            e.Obligations.Select(o => o.Id));
        Assert.Equal(["2024-02-28", "2024-03-30", "2024-04-29", "2024-05-30", "2024-06-29", "2024-07-30"],
            e.Obligations.Select(o => o.DueAt!.Value.ToString("yyyy-MM-dd")));
    }

    private static readonly Lazy<ContractDefinition> LateLog = new(() => Contract("2026-02-05", "2026-02-05", "2027-03-02", 1475000m, """
        "obligations": [{ "id": "log", "article": "第三条1.2", "summary": "previous month's log by the 3rd", "title": "日常维护记录单",
          "kind": "recurring", "recurrence": { "every": "month", "align": "calendar", "dayOfMonth": 3 } }],
        "penalties": [{ "id": "late", "article": "第八条第4款", "summary": "0.3 % a day", "shape": "per-day", "trigger": "late",
          "obligations": ["log"], "amount": { "rate": 0.003 } }]
        """));

    [Fact]
    public void ALateDeadlineThatIsStillProvisional_ProposesNoPenalty_UntilItsYearIsLoaded()
    {
        var facts = Enumerable.Range(2, 10).Select(m => WorkedExamplesTests.Met(m == 2 ? "log@2026-02-05" : $"log@2026-{m:00}-01", $"2026-{m + 1:00}-01T09:00:00")).ToArray();
        var e = ContractEngine.Evaluate(LateLog.Value, facts, At("2027-01-08T12:00:00"), CalendarTestData.NationalCalendar);
        var december = Instance(e, "log@2026-12-01");
        Assert.Equal((ObligationStatus.Late, true), (december.Status, december.Provisional));
        Assert.Empty(e.Ledger);

        var with2027 = CalendarTestData.NationalCalendar.WithYear(CalendarTestData.Year2027());
        var loaded = ContractEngine.Evaluate(LateLog.Value, facts, At("2027-01-08T12:00:00"), with2027);
        // due Sunday 2027-01-03, now final: 5 days late by 01-08 × 0.3 % × 1,475,000
        Assert.Equal(22125.00m, Assert.Single(loaded.Ledger).Amount);
    }

    [Fact]
    public void C2_IncidentClocksPastTheLastLoadedNotice_AreProvisional_AndChargeNothing()
    {
        var opened = Fact("incident:p1", FactTypes.IncidentOpened, "2027-01-06T10:00:00") with { IncidentId = "p1", Severity = "normal" };
        var e = Evaluate(C2.Value, "2027-01-06T12:00:00", opened);
        var feedback = Instance(e, "c2-sla-working-hours@p1:feedback");
        Assert.Equal((ObligationStatus.Late, true), (feedback.Status, feedback.Provisional));
        Assert.DoesNotContain(e.Ledger, x => x.Id.Contains(":p1:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{ "n": 2, "unit": "hours", "roll": "holidays" }""", "obligations[0].clocks[0].within.roll")]
    [InlineData("""{ "n": 2, "unit": "working-days", "roll": "holidays-and-weekends" }""", "obligations[0].clocks[0].within.roll")]
    public void AHolidayRollOnAClockOrAWorkingDayCount_IsRefusedNamingTheField(string within, string field)
    {
        var json = $$"""
            { "id": "bad-roll", "title": "t", "institution": { "id": "121100004006863122", "name": "a" }, "vendor": { "id": "91110106MA01A51E7B", "name": "b" },
              "signedOn": "2026-01-05", "term": { "start": "2026-01-05", "end": "2026-12-31" }, "total": 1000,
              "obligations": [{ "id": "sla", "article": "1", "summary": "s", "title": "t", "kind": "response-clock",
                "clocks": [{ "name": "fix", "until": "restored", "within": {{within}} }] }] }
            """;
        Assert.Equal([field], ContractJson.ParseDefinition(json).Errors.Select(e => e.Path));
    }
}
