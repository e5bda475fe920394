using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;
using static VendorGrid.Tests.Domain.Contracts.ContractFixtures;

namespace VendorGrid.Tests.Domain.Contracts;

/// <summary>DOMAIN.md §5, examples 1–5, 7 and 8: each amount to the fen, each instant to the second.</summary>
public sealed class WorkedExamplesTests
{
    private static readonly Lazy<VendorGrid.Domain.Contracts.Definition.ContractDefinition> C2 = new(() => Contract("2026-02-05", "2026-02-05", "2027-03-02", 1475000m, """
        "obligations": [{ "id": "c2-go-live", "article": "第三条第1款", "summary": "four modules live", "title": "四个模块上线",
          "kind": "one-off", "due": { "from": { "event": "signed" }, "within": { "n": 45, "unit": "calendar-days" } } }],
        "penalties": [{ "id": "c2-late-performance", "article": "第八条第4款", "summary": "0.3% a day; 10 days → 10% and termination",
          "shape": "per-day", "trigger": "late", "obligations": ["c2-go-live"], "amount": { "rate": 0.003 },
          "escalation": { "atLateDays": 10, "oneTime": { "rate": 0.10 }, "terminationRight": true } }]
        """));

    [Fact]
    public void C2_GoLive_IsDue45CalendarDaysAfterSigning()
    {
        var go = Evaluate(C2.Value, "2026-03-01T00:00:00").Obligations.Single();
        Assert.Equal(At("2026-03-22T23:59:59"), go.DueAt);
        Assert.Equal(ObligationStatus.Open, go.Status);
    }

    [Theory]
    [InlineData(false, "2026-03-22T23:59:59")]
    [InlineData(true, "2026-03-21T23:59:59")]
    public void CountingTheAnchorDay_IsAPerClauseChoice(bool inclusive, string due)
    {
        var c2 = Contract("2026-02-05", "2026-02-05", "2027-03-02", 1475000m, $$"""
            "obligations": [{ "id": "c2-go-live", "article": "第三条第1款", "summary": "live", "title": "上线", "kind": "one-off",
              "due": { "from": { "event": "signed" }, "within": { "n": 45, "unit": "calendar-days", "inclusive": {{(inclusive ? "true" : "false")}} } } }]
            """);
        Assert.Equal(At(due), Evaluate(c2, "2026-03-01T00:00:00").Obligations.Single().DueAt);
    }

    [Fact]
    public void C2_LiveFiveDaysLate_Accrues22125()
    {
        var e = Evaluate(C2.Value, "2026-05-01T00:00:00", Met("c2-go-live", "2026-03-27T10:00:00"));
        var entry = Assert.Single(e.Ledger);
        Assert.Equal(22125.00m, entry.Amount);
        Assert.Equal(5, e.Obligations.Single().LateDays);
        Assert.Empty(e.TerminationRights);
    }

    [Fact]
    public void LateDelivery_AccruesDaily_UntilCumulativeTenDaysThenAddsTenPercent()
    {
        var e = Evaluate(C2.Value, "2026-05-01T00:00:00", Met("c2-go-live", "2026-04-01T10:00:00"));
        Assert.Equal([44250.00m, 147500.00m], e.Ledger.Select(x => x.Amount));
        Assert.Equal(LedgerEntryKind.Escalation, e.Ledger[1].Kind);
        var right = Assert.Single(e.TerminationRights);
        Assert.Contains("第八条第4款", right.Basis);
        Assert.Equal(At("2026-04-01T00:00:00"), right.Since);
    }

    [Fact]
    public void C2_StillNotLive_WhatIfNothingHappensUntilMarch31_IsNineDaysAndNoEscalation()
    {
        var e = Evaluate(C2.Value, "2026-03-31T12:00:00");
        Assert.Equal(39825.00m, Assert.Single(e.Ledger).Amount);
        Assert.Equal(ObligationStatus.Late, e.Obligations.Single().Status);
        Assert.Equal(9, e.Obligations.Single().LateDays);
    }

    [Fact]
    public void C1_ServiceTwelveDaysLate_IsCappedAtTwentyPercent_AndTheCapRaisesTermination()
    {
        var c1 = Contract("2016-04-16", "2016-04-16", "2017-04-15", 972000m, """
            "obligations": [{ "id": "c1-service", "article": "第三条", "summary": "start the service", "title": "提供运营服务",
              "kind": "one-off", "due": { "from": { "date": "2016-05-01" } } }],
            "penalties": [{ "id": "c1-late-service", "article": "第八条第13款", "summary": "2% a day, capped at 20%",
              "shape": "per-day", "trigger": "late", "obligations": ["c1-service"], "amount": { "rate": 0.02 },
              "cap": { "rate": 0.20 }, "escalation": { "atCap": true, "terminationRight": true }, "onTermination": { "rate": 0.30 } }]
            """);
        var e = Evaluate(c1, "2016-06-01T00:00:00", Met("c1-service", "2016-05-13T09:00:00"));
        Assert.Equal(12, e.Obligations.Single().LateDays);
        Assert.Equal(194400.00m, Assert.Single(e.Ledger).Amount);
        var right = Assert.Single(e.TerminationRights);
        Assert.Contains("第八条第13款", right.Basis);
        Assert.Equal(At("2016-05-11T00:00:00"), right.Since);  // day 10 of lateness: 05-02 … 05-11
    }

    [Theory]
    [InlineData(7, 600.00)]
    [InlineData(13, 1000.00)]
    [InlineData(1, 0)]
    public void C3_LineItemDelay_ChargesOnePercentPerCompletedTwoDays_CappedAtFivePercentOfTheItem(int days, decimal expected)
    {
        var c3 = Contract("2024-05-16", "2024-08-11", "2025-08-10", 1809000m, """
            "lineItems": [{ "id": "c3-li-physician-publicity", "name": "医师公示系统维护", "people": 1, "months": 2, "unitPrice": 10000, "amount": 20000 }],
            "penalties": [{ "id": "c3-vendor-delay", "article": "第九条9.1", "summary": "1% of the delayed item per 2 days, at most 5%",
              "shape": "per-period", "period": { "n": 2, "unit": "calendar-days" }, "amount": { "rate": 0.01, "base": "line-item" },
              "cap": { "rate": 0.05, "base": "line-item", "scope": "trigger" } }]
            """);
        var delay = new BreachOccurred { Id = "d1", OccurredAt = At("2024-09-01T10:00:00"), ClauseId = "c3-vendor-delay", LineItemId = "c3-li-physician-publicity", Days = days };
        var e = Evaluate(c3, "2024-10-01T00:00:00", delay);
        Assert.Equal(expected, e.Ledger.Sum(x => x.Amount));
    }

    [Theory]
    [InlineData(7, 22341.00)]
    [InlineData(12, 37235.00)]
    public void C4_MaintenanceLate_ChargesOnePercentOfTotalPerTwoDays_CappedAtFivePercent(int days, decimal expected)
    {
        var c4 = Contract("2024-05-17", "2024-06-06", "2025-06-05", 744700m, """
            "penalties": [{ "id": "c4-vendor-delay", "article": "第八章8.1", "summary": "1% per 2 days late, at most 5%",
              "shape": "per-period", "period": { "n": 2, "unit": "calendar-days" }, "amount": { "rate": 0.01 }, "cap": { "rate": 0.05 } }]
            """);
        var late = new BreachOccurred { Id = "late-1", OccurredAt = At("2024-07-01T10:00:00"), ClauseId = "c4-vendor-delay", Days = days };
        Assert.Equal(expected, Assert.Single(Evaluate(c4, "2024-08-01T00:00:00", late).Ledger).Amount);
    }

    [Theory]
    [InlineData(40, 190000.00)]
    [InlineData(24, 95000.00)]
    [InlineData(36, 190000.00)]
    [InlineData(35, 95000.00)]
    public void C5_VendorOutage_IsHalfPercentPlusHalfPercentPerCompletedTwelveHoursBeyond24(int hours, decimal expected)
    {
        var e = Evaluate(C5Outage.Value, "2024-06-01T00:00:00", Outage(hours, vendorCaused: true));
        Assert.Equal(expected, Assert.Single(e.Ledger).Amount);
    }

    [Fact]
    public void C5_OutageNotCausedByTheVendor_ChargesNothing() =>
        Assert.Empty(Evaluate(C5Outage.Value, "2024-06-01T00:00:00", Outage(40, vendorCaused: false)).Ledger);

    private static readonly Lazy<VendorGrid.Domain.Contracts.Definition.ContractDefinition> C5Outage = new(() => Contract(
        "2024-01-20", "2024-02-01", "2025-01-31", 19000000m, """
        "penalties": [{ "id": "c5-outage", "article": "第八条8.4", "summary": "0.5% per outage, +0.5% per 12 h beyond 24 h",
          "shape": "duration-tiered", "trigger": "outage", "amount": { "rate": 0.005 },
          "threshold": { "n": 24, "unit": "hours" }, "step": { "n": 12, "unit": "hours" }, "perStep": { "rate": 0.005 } }]
        """));

    private static ContractFact Outage(int hours, bool vendorCaused) => new OutageRecorded { Id = "o1", OccurredAt = At("2024-03-01T08:00:00"), StartedAt = At("2024-03-01T08:00:00"), EndedAt = At("2024-03-01T08:00:00").AddHours(hours), VendorCaused = vendorCaused };

    [Fact]
    public void C3_QuarterlyReportWithNoObjection_IsDeemedApprovedAtTheEndOfTheFourteenthDay()
    {
        var c3 = Contract("2024-05-16", "2024-08-11", "2025-08-10", 1809000m, """
            "obligations": [
              { "id": "c3-quarterly-report", "article": "第五条5.3", "summary": "service report every quarter", "title": "季度服务报告",
                "kind": "recurring", "recurrence": { "every": "quarter", "relativeTo": "period-end", "offset": { "n": 10, "unit": "calendar-days" } } },
              { "id": "c3-review-quarterly-report", "article": "第五条5.3", "summary": "client reviews within 14 days", "title": "审核季度报告",
                "party": "client", "kind": "review", "review": { "of": "c3-quarterly-report", "within": { "n": 14, "unit": "calendar-days" } } }]
            """);
        var submitted = new ObligationMet { Id = "s1", OccurredAt = At("2024-11-11T15:00:00"), ObligationId = "c3-quarterly-report@2024-08-11" };
        var before = Evaluate(c3, "2024-11-25T23:59:59", submitted).Obligations.Single(o => o.ClauseId == "c3-review-quarterly-report");
        var after = Evaluate(c3, "2024-11-26T00:00:00", submitted).Obligations.Single(o => o.ClauseId == "c3-review-quarterly-report");
        Assert.Equal(At("2024-11-25T23:59:59"), after.DueAt);
        Assert.Equal(ObligationStatus.Open, before.Status);
        Assert.Equal(ObligationStatus.DeemedApproved, after.Status);
    }

    [Fact]
    public void C1_TwoSeatsVacantOverMidAutumn_GraceEndsOnTheMakeUpSunday_ThreePenaltyDays()
    {
        var c1 = Contract("2016-04-16", "2016-04-16", "2017-04-15", 972000m, """
            "penalties": [{ "id": "c1-vacancy", "article": "第八条第3款", "summary": "¥2,000 per person per day after 1 working day",
              "shape": "per-person-day", "trigger": "vacancy", "roles": ["customer-service"], "amount": { "amount": 2000 },
              "grace": { "n": 1, "unit": "working-days" } }]
            """);
        var opened = new VacancyOpened { Id = "v1", OccurredAt = At("2016-09-14T09:00:00"), Role = "customer-service", People = 2 };
        var filled = new VacancyFilled { Id = "v2", OccurredAt = At("2016-09-22T09:00:00"), Role = "customer-service", People = 2 };
        var e = Evaluate(c1, "2016-10-01T00:00:00", opened, filled);
        var entry = Assert.Single(e.Ledger);
        Assert.Equal(12000.00m, entry.Amount);
        Assert.Equal(At("2016-09-19T00:00:00"), entry.ProposedAt);
    }

    internal static ContractFact Met(string obligationId, string local) =>
        new ObligationMet { Id = $"met-{obligationId}-{local}", OccurredAt = At(local), ObligationId = obligationId };
}
