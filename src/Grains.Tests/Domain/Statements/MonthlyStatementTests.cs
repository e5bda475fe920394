using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Statements;
using VendorGrid.Tests.Domain.Contracts;
using static VendorGrid.Tests.Domain.Contracts.ContractFixtures;

namespace VendorGrid.Tests.Domain.Statements;

/// <summary>Issue 5, the monthly statement as a pure model, on DOMAIN.md §5 example 1 (C2 live five days late → ¥22,125).</summary>
public sealed class MonthlyStatementTests
{
    private static readonly Lazy<VendorGrid.Domain.Contracts.Definition.ContractDefinition> C2 = new(() => Contract("2026-02-05", "2026-02-05", "2027-03-02", 1475000m, """
        "obligations": [{ "id": "c2-go-live", "article": "第三条第1款", "summary": "four modules live", "title": "四个模块上线",
          "kind": "one-off", "due": { "from": { "event": "signed" }, "within": { "n": 45, "unit": "calendar-days" } } }],
        "penalties": [{ "id": "c2-late-performance", "article": "第八条第4款", "summary": "0.3% a day; 10 days → 10% and termination",
          "shape": "per-day", "trigger": "late", "obligations": ["c2-go-live"], "amount": { "rate": 0.003 },
          "escalation": { "atLateDays": 10, "oneTime": { "rate": 0.10 }, "terminationRight": true } }],
        "payments": [{ "id": "c2-pay-final", "label": "尾款 50%", "amount": 737500,
          "due": { "from": { "event": "accepted" }, "within": { "n": 20, "unit": "working-days" } }, "conditions": ["invoice", "acceptance"] }]
        """));

    private static readonly StatementHeader Header = new("c2", "朝医-2026", "HIS改造", "北京朝阳医院", "首信医联", 1475000m);

    private static MonthlyStatement For(StatementMonth month, LedgerHarness ledger, DateTimeOffset? knownAt = null) =>
        VendorGrid.Domain.Contracts.Ledger.ContractReader.Statement(ledger.Book, Header, month, knownAt ?? DateTimeOffset.MaxValue.AddYears(-1),
            VendorGrid.Tests.Domain.Calendar.CalendarTestData.NationalCalendar);

    private static LedgerHarness LiveFiveDaysLate()
    {
        var ledger = new LedgerHarness(C2.Value);
        ledger.Record("2026-03-27T11:00:00", VendorGrid.Tests.Domain.Contracts.WorkedExamplesTests.Met("c2-go-live", "2026-03-27T10:00:00"));
        return ledger;
    }

    [Fact]
    public void March_ShowsTheGoLiveMetFiveDaysLate_AsMetAndMissed_AndTheNewPenaltyOf22125()
    {
        var march = For(new StatementMonth(2026, 3), LiveFiveDaysLate());

        var met = Assert.Single(march.Met);
        Assert.Equal(("c2-go-live", 5), (met.Id, met.LateDays));
        Assert.Equal("c2-go-live", Assert.Single(march.Missed).Id);
        var movement = Assert.Single(march.Movements);
        Assert.Equal((null, LedgerStatus.Proposed, 22125.00m), (movement.StatusBefore, movement.Status, movement.Amount));
        Assert.Equal(22125.00m, march.Totals.Proposed);
    }

    [Fact]
    public void April_HasNoMovement_WhenNothingChanged_AndAConfirmationIsAMovementOfTheMonthItWasMade()
    {
        var ledger = LiveFiveDaysLate();
        ledger.Decide("c2-late-performance:c2-go-live", VendorGrid.Domain.Contracts.Ledger.LedgerAction.Confirm, "2026-05-06T09:00:00");

        var april = For(new StatementMonth(2026, 4), ledger);
        var may = For(new StatementMonth(2026, 5), ledger);

        Assert.Empty(april.Movements);
        Assert.Empty(april.Met);
        var confirmed = Assert.Single(may.Movements);
        Assert.Equal((LedgerStatus.Proposed, LedgerStatus.Confirmed, 22125.00m), (confirmed.StatusBefore, confirmed.Status, confirmed.Amount));
        // DOMAIN.md §5 example 9: the confirmed penalty is deducted from the next payment; the invoice stays gross.
        Assert.Equal((737500.00m, 22125.00m, 715375.00m), (may.NextPayment!.Gross, may.NextPayment.Deductions, may.NextPayment.Net));
    }

    [Theory]
    [InlineData("2026-03", true, 2026, 3)]
    [InlineData("2026-13", false, 0, 0)]
    [InlineData("2026-3", false, 0, 0)]
    [InlineData("{month}", false, 0, 0)]
    [InlineData("1999-12", false, 0, 0)]
    public void Months_AreWrittenYyyyMm(string text, bool valid, int year, int month)
    {
        Assert.Equal(valid, StatementMonth.TryParse(text, out var parsed));
        if (valid) Assert.Equal(new StatementMonth(year, month), parsed);
    }

    [Fact]
    public void TheJobOnTheFirst_ReportsTheMonthBefore_InShanghaiTime() =>
        // 2026-04-01 06:00 in Shanghai is still 2026-03-31 in UTC: the month before is March either way.
        Assert.Equal(new StatementMonth(2026, 3), StatementMonth.Before(At("2026-04-01T06:00:00")));
}
