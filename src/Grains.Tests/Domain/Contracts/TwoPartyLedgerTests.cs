using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Domain.Contracts.Ledger;
using VendorGrid.Domain.Statements;
using VendorGrid.Grains.Statements;
using VendorGrid.Tests.Domain.Calendar;
using VendorGrid.Tests.Infrastructure;
using static VendorGrid.Tests.Domain.Contracts.ContractFixtures;

namespace VendorGrid.Tests.Domain.Contracts;

/// <summary>
/// Issue 15, shown on the seeds: a backdated report after a confirmation, the deemed acknowledgment on the working-day
/// calendar, a statement reproduced as known at its issue, and a closed period.
/// </summary>
public sealed class TwoPartyLedgerTests
{
    private static readonly Lazy<ContractDefinition> C1 = new(() => Seed("c1-childrens-internet-hospital-2016"));
    private static readonly Lazy<ContractDefinition> C2 = new(() => Seed("c2-chaoyang-his-2026"));

    private const string LateStart = "c1-late-service:c1-staff-onsite-start";

    /// <summary>
    /// "Why this issue", C1: the on-site start was late, the ¥194,400 penalty (the 20 % cap) was claimed and confirmed; then
    /// a vendor user reported the start met ten years earlier. The confirmed entry stays as it was; the report is a claim
    /// (and late-reported, so nothing but the hospital's acknowledgment puts it in force); once acknowledged, the
    /// difference is an adjustment dated then, linked to the report, awaiting the hospital's confirmation.
    /// </summary>
    [Fact]
    public void C1_ABackdatedReportAfterTheConfirmation_KeepsTheConfirmedEntry_AndPostsAnAdjustmentAwaitingConfirmation()
    {
        var ledger = new LedgerHarness(C1.Value);
        ledger.Do(new PostDue(), "2016-06-01T09:00:00");
        Assert.Equal(194_400.00m, ledger.Book.Posting(LateStart)!.Amount);
        Assert.Equal(DecisionOutcome.Recorded, ledger.Decide(LateStart, LedgerAction.Notice, "2016-06-01T10:00:00").Outcome);
        Assert.Equal(DecisionOutcome.Recorded, ledger.Decide(LateStart, LedgerAction.Confirm, "2016-06-02T10:00:00", LedgerHarness.Vendor).Outcome);

        var backdated = new ObligationMet { Id = "onsite-2006", OccurredAt = At("2006-04-20T09:00:00"), ObligationId = "c1-staff-onsite-start" };
        Assert.Equal(DecisionOutcome.Recorded, ledger.Record(LedgerHarness.Vendor, "2016-07-01T10:00:00", backdated).Outcome);
        var claimed = ledger.Entry("2016-07-02T00:00:00", LateStart);
        Assert.Equal((194_400.00m, LedgerStatus.Confirmed, 194_400.00m), (claimed.Amount, claimed.Status, claimed.Net));
        Assert.Empty(claimed.Adjustments);
        var standing = ContractReader.Facts(ledger.Book, At("2016-09-01T00:00:00"), At("2016-09-01T00:00:00"), CalendarTestData.NationalCalendar)
            .Single(f => f.Fact.Id == "onsite-2006");
        Assert.Equal((FactStatus.Reported, true), (standing.Status, standing.LateReported));  // months later: still a claim, never deemed

        Assert.Equal(DecisionOutcome.Recorded, ledger.Answer("onsite-2006", FactAnswer.Acknowledged, "2016-09-01T10:00:00", LedgerHarness.Institution).Outcome);
        var entry = ledger.Entry("2016-09-02T00:00:00", LateStart);
        Assert.Equal((194_400.00m, LedgerStatus.Confirmed), (entry.Amount, entry.Status));
        var adjustment = Assert.Single(entry.Adjustments);
        Assert.Equal((-194_400.00m, LedgerStatus.Proposed, "institution", At("2016-09-01T10:00:00")),
            (adjustment.Amount, adjustment.Status, adjustment.ConfirmedBy, adjustment.PostedAt));
        Assert.Equal(0m, entry.Net);
        Assert.Equal(194_400.00m, ledger.View("2016-09-02T00:00:00").Totals.Confirmed);  // only the hospital's confirmation moves it
        // The history as it was known before the acknowledgment still shows no adjustment.
        Assert.Empty(ledger.Entry("2016-09-02T00:00:00", LateStart, knownAtLocal: "2016-09-01T09:59:59").Adjustments);
    }

    /// <summary>
    /// A vendor's report is deemed acknowledged when the counterparty stays silent for 5 working days: reported on
    /// Wednesday 2026-04-29, the days are 04-30, 05-06, 05-07, 05-08 and the make-up Saturday 05-09 (05-01…05-05 off).
    /// </summary>
    [Fact]
    public void C2_AVendorReport_IsDeemedAcknowledgedAtTheEndOfTheFifthWorkingDay_CountingTheMakeUpSaturday()
    {
        var ledger = new LedgerHarness(C2.Value);
        ledger.Record(LedgerHarness.Vendor, "2026-04-29T10:00:00",
            new MilestoneReached { Id = "training-1", OccurredAt = At("2026-04-29T09:00:00"), Name = "training" });
        FactRecord At_(string local) => ContractReader.Facts(ledger.Book, At(local), At(local), CalendarTestData.NationalCalendar).Single();

        Assert.Equal((FactStatus.Reported, At("2026-05-09T23:59:59")), (At_("2026-05-09T23:59:59").Status, At_("2026-05-09T23:59:59").DeemedAt!.Value));
        Assert.Equal(FactStatus.Deemed, At_("2026-05-10T00:00:00").Status);
    }

    private static readonly StatementHeader Header = new("c2", "朝医-2026", "HIS改造", "北京朝阳医院", "首信医联", 1475000m);

    private static LedgerHarness LiveFiveDaysLate()
    {
        var ledger = new LedgerHarness(C2.Value);
        ledger.Record("2026-03-27T11:00:00", WorkedExamplesTests.Met("c2-go-live", "2026-03-27T10:00:00"));
        return ledger;
    }

    private static MonthlyStatement Statement(LedgerHarness ledger, int month, string knownAtLocal) =>
        ContractReader.Statement(ledger.Book, Header, new StatementMonth(2026, month), At(knownAtLocal), CalendarTestData.NationalCalendar);

    /// <summary>
    /// "A statement issued for October on 3 November is reproduced exactly, byte for byte for its .xlsx, by knownAt=&lt;issue
    /// time&gt; after later facts arrive; the next statement shows the adjustments."
    /// </summary>
    [Fact]
    public void AnIssuedStatement_IsReproducedByteForByteAsKnownAtItsIssue_AfterALaterChange_WhichTheNextStatementShows()
    {
        var ledger = LiveFiveDaysLate();
        ledger.Do(new IssueStatement("2026-03"), "2026-04-01T06:00:00");
        var issued = StatementWorkbook.Write(Statement(ledger, 3, "2026-04-01T06:00:00"));

        ledger.Record("2026-04-10T10:00:00", new ObligationWaived { Id = "waive-live", OccurredAt = At("2026-04-10T09:00:00"), ObligationId = "c2-go-live", Reason = "甲方环境延误" });

        var again = StatementWorkbook.Write(Statement(ledger, 3, "2026-04-01T06:00:00"));
        Assert.Equal(Parts(issued), Parts(again));
        Assert.Equal(issued, again);
        var march = Statement(ledger, 3, "2026-05-01T06:00:00");
        Assert.Equal((22_125.00m, null), (Assert.Single(march.Movements).Amount, Assert.Single(march.Movements).StatusBefore));
        var april = Statement(ledger, 4, "2026-05-01T06:00:00");
        var adjustment = Assert.Single(april.Movements);
        Assert.Equal(("c2-late-performance:c2-go-live:adj-1", -22_125.00m, LedgerStatus.Proposed), (adjustment.EntryId, adjustment.Amount, adjustment.Status));
    }

    private static List<string> Parts(byte[] package)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(package));
        return [.. zip.Entries.Select(e =>
        {
            using var reader = new StreamReader(e.Open());
            return $"{e.FullName} {e.LastWriteTime:O}\n{reader.ReadToEnd()}";
        })];
    }

    /// <summary>
    /// A month signed off by both parties is closed: its postings never change, and what is recorded later for it is
    /// booked in the first month still open. Signed by one side only, the month closes when the window passes.
    /// </summary>
    [Fact]
    public void AClosedMonth_KeepsItsPostings_AndALaterChangeForItIsBookedInTheNextOpenMonth()
    {
        var ledger = LiveFiveDaysLate();
        ledger.Do(new IssueStatement("2026-03"), "2026-04-01T06:00:00");
        var math = new DeadlineMath(CalendarTestData.NationalCalendar);
        Assert.False(Periods.IsClosed(ledger.Book, "2026-03", At("2026-04-01T12:00:00"), math));
        Assert.Equal(DecisionOutcome.Recorded, ledger.Do(new SignOffStatement("2026-03", LedgerHarness.Institution), "2026-04-02T10:00:00").Outcome);
        Assert.Equal(DecisionOutcome.Recorded, ledger.Do(new SignOffStatement("2026-03", LedgerHarness.Vendor), "2026-04-02T11:00:00").Outcome);
        Assert.True(Periods.IsClosed(ledger.Book, "2026-03", At("2026-04-02T11:00:00"), math));
        var posted = ledger.Book.Posting("c2-late-performance:c2-go-live")!;
        Assert.Equal("2026-03", posted.Period);

        // Recorded in April about March (the go-live met two days earlier, acknowledged): the correction lands in April.
        ledger.Record(LedgerHarness.Vendor, "2026-04-03T10:00:00", WorkedExamplesTests.Met("c2-go-live", "2026-03-25T10:00:00") with { Id = "live-earlier" });
        ledger.Answer("live-earlier", FactAnswer.Acknowledged, "2026-04-03T11:00:00", LedgerHarness.Institution);
        ledger.Record("2026-04-08T10:00:00", new ObligationWaived { Id = "waive-live", OccurredAt = At("2026-03-30T09:00:00"), ObligationId = "c2-go-live", Reason = "甲方环境延误" });

        Assert.Same(posted, ledger.Book.Posting("c2-late-performance:c2-go-live"));
        var adjustments = ledger.Book.PostingsOf("c2-late-performance:c2-go-live").Skip(1).ToList();
        Assert.NotEmpty(adjustments);
        Assert.All(adjustments, a => Assert.Equal("2026-04", a.Period));
        Assert.Equal(0m, ledger.Book.PostingsOf("c2-late-performance:c2-go-live").Sum(p => p.Amount));
    }

    /// <summary>
    /// March issued on Wednesday 2026-04-01: its sign-off window is 04-02, 04-03, 04-07, 04-08, 04-09 (Qingming 04-04…06
    /// off), so it ends 2026-04-09 23:59:59 (five calendar days would end 04-06, five weekdays 04-08). The vendor signs
    /// on 04-02 and the hospital only on 04-10: the month closed by silence at the window's end, not at the late signature.
    /// </summary>
    [Fact]
    public void AMonthSignedBySideOnly_IsDeemedClosedAtTheWindowsEnd_OnTheWorkingDayCalendar_EvenIfTheOtherSignsLater()
    {
        var ledger = LiveFiveDaysLate();
        var math = new DeadlineMath(CalendarTestData.NationalCalendar);
        ledger.Do(new IssueStatement("2026-03"), "2026-04-01T06:00:00");
        ledger.Do(new SignOffStatement("2026-03", LedgerHarness.Vendor), "2026-04-02T10:00:00");
        StatementPeriod March(string local) => Assert.Single(Periods.Issued(ledger.Book, At(local), At(local), math));

        var open = March("2026-04-09T23:59:59");
        Assert.Equal((At("2026-04-01T06:00:00"), At("2026-04-09T23:59:59"), (DateTimeOffset?)null, (PeriodClosure?)null), (open.IssuedAt, open.SignOffDueAt, open.ClosedAt, open.ClosedBy));
        Assert.Equal([new PeriodSignOff(Side.Vendor, "user@vendor", At("2026-04-02T10:00:00"))], open.SignedOff);
        ledger.Do(new SignOffStatement("2026-03", LedgerHarness.Institution), "2026-04-10T09:00:00");
        var closed = March("2026-04-10T09:00:00");
        Assert.Equal(((DateTimeOffset?)At("2026-04-09T23:59:59"), (PeriodClosure?)PeriodClosure.Deemed, 2), (closed.ClosedAt, closed.ClosedBy, closed.SignedOff.Length));
        Assert.False(Periods.IsClosed(ledger.Book, "2026-03", At("2026-04-09T23:59:59"), math));
        Assert.True(Periods.IsClosed(ledger.Book, "2026-03", At("2026-04-10T00:00:00"), math));
    }
}
