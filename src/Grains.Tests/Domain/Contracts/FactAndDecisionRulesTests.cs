using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Domain.Contracts.Ledger;
using VendorGrid.Tests.Domain.Calendar;
using static VendorGrid.Tests.Domain.Contracts.ContractFixtures;

namespace VendorGrid.Tests.Domain.Contracts;

/// <summary>Facts and ledger decisions are checked against the contract before anything is stored.</summary>
public sealed class FactAndDecisionRulesTests
{
    private static readonly Lazy<ContractDefinition> C2 = new(() => Contract("2026-02-05", "2026-02-05", "2027-03-02", 1475000m, """
        "claimWindowDays": 7,
        "obligations": [
          { "id": "c2-go-live", "article": "第三条第1款", "summary": "live", "title": "四个模块上线", "kind": "one-off",
            "due": { "from": { "event": "signed" }, "within": { "n": 45, "unit": "calendar-days" } } },
          { "id": "c2-maintenance-record", "article": "第四条", "summary": "record", "title": "日常维护记录单", "kind": "recurring",
            "recurrence": { "every": "month", "relativeTo": "period-end", "dayOfMonth": 3 } }],
        "penalties": [
          { "id": "c2-late-performance", "article": "第八条第4款", "summary": "0.3% a day", "shape": "per-day", "trigger": "late",
            "obligations": ["c2-go-live"], "amount": { "rate": 0.003 } },
          { "id": "c2-safety-breach", "article": "附件七", "summary": "¥1,000–¥50,000", "shape": "range", "min": { "amount": 1000 }, "max": { "amount": 50000 } }]
        """));

    private const string Entry = "c2-late-performance:c2-go-live";

    private static IReadOnlySet<string> Instances() =>
        ContractEngine.Evaluate(C2.Value, [], At("2027-03-02T23:59:59"), CalendarTestData.NationalCalendar).Obligations.Select(o => o.Id).ToHashSet();

    [Theory]
    [InlineData("""{ "id": "e1", "type": "obligation-met", "occurredAt": "2026-03-27T10:00:00", "obligationId": "c2-go-live" }""", "occurredAt")]
    [InlineData("""{ "id": "e1", "type": "obligation-met", "obligationId": "c2-go-live" }""", "occurredAt")]
    [InlineData("""{ "id": "e1", "type": "obligation-met", "occurredAt": "yesterday", "obligationId": "c2-go-live" }""", "occurredAt")]
    [InlineData("""{ "id": "e1", "type": "obligation-met", "occurredAt": "2026-03-27T10:00:00+08:00" }""", "obligationId")]
    [InlineData("""{ "id": "e1", "type": "obligation-met", "occurredAt": "2026-03-27T10:00:00+08:00", "obligationId": "c2-go-live", "clauseId": "x" }""", "clauseId")]
    [InlineData("""{ "id": "e1", "occurredAt": "2026-03-27T10:00:00+08:00", "obligationId": "c2-go-live" }""", "type")]
    [InlineData("""{ "id": "e1", "type": "teleported", "occurredAt": "2026-03-27T10:00:00+08:00" }""", "type")]
    [InlineData("""{ "id": "e1", "type": "ledger-confirmed", "occurredAt": "2026-03-27T10:00:00+08:00", "entryId": "x" }""", "type")]
    [InlineData("""{ "id": "e1", "type": "obligation-met", "occurredAt": "2026-03-27T10:00:00+08:00", "obligationId": "c2-go-live", "recordedAt": "2026-03-27T10:00:00+08:00" }""", "recordedAt")]
    [InlineData("""{ "id": "e1", "type": "obligation-met", "occurredAt": "2026-03-27T10:00:00+08:00", "obligationId": "c2-go-live", "reporter": { "party": "institution", "user": "x" } }""", "reporter")]
    public void EachKindIsItsOwnSchema_AMissingOrForeignMemberIsNamed(string json, string path) =>
        Assert.Equal(path, Assert.Single(ContractJson.ParseFact(json).Errors).Path);

    [Fact]
    public void AFactIsReadAsItsKind_WhereverItsTypeSits() =>
        Assert.Equal(new ObligationMet { Id = "e1", OccurredAt = At("2026-03-27T10:00:00"), ObligationId = "c2-go-live" },
            ContractJson.ParseFact("""{ "obligationId": "c2-go-live", "id": "e1", "occurredAt": "2026-03-27T10:00:00+08:00", "type": "obligation-met" }""").Value);

    [Theory]
    [InlineData("c2-nope")]
    [InlineData("c2-maintenance-record@2026-03-06")]
    public void AFactForAnObligationThisContractDoesNotHave_IsRejected(string obligation) =>
        Assert.Equal("obligationId", Assert.Single(FactValidator.Validate(new ObligationMet { Id = "e1", OccurredAt = At("2026-03-27T10:00:00"), ObligationId = obligation },
            C2.Value, Instances())).Path);

    [Theory]
    [InlineData("c2-late-performance")]
    [InlineData("c2-unknown")]
    public void AnOccurrenceOfAClauseThatIsNotOccurrenceBased_IsRejected(string clause) =>
        Assert.Equal("clauseId", Assert.Single(FactValidator.Validate(new BreachOccurred { Id = "e1", OccurredAt = At("2026-03-27T10:00:00"), ClauseId = clause },
            C2.Value, Instances())).Path);

    [Theory]
    [InlineData("c2-go-live")]
    [InlineData("c2-maintenance-record@2026-03-05")]
    public void AFactForAKnownObligationInstance_IsAccepted(string obligation) =>
        Assert.Empty(FactValidator.Validate(new ObligationMet { Id = "e1", OccurredAt = At("2026-04-01T10:00:00"), ObligationId = obligation },
            C2.Value, Instances()));

    [Fact]
    public void AnOutageThatEndsBeforeItStarts_IsRejected()
    {
        var outage = new OutageRecorded { Id = "o1", OccurredAt = At("2026-04-01T10:00:00"), StartedAt = At("2026-04-01T10:00:00"), EndedAt = At("2026-04-01T09:00:00"), VendorCaused = true };
        Assert.Equal("endedAt", Assert.Single(FactValidator.Validate(outage, C2.Value, Instances())).Path);
    }

    [Theory]
    [InlineData("acceptance")]
    [InlineData("incident:i-1")]
    [InlineData("evaluation:2016-06")]
    [InlineData("vacancy:role:1")]
    [InlineData("decision:x")]
    public void AClientMayNotTakeAnIdThePlatformReserves(string id)
    {
        var ledger = new LedgerHarness(C2.Value);
        var refused = ledger.Record("2026-04-01T10:00:00", new MilestoneReached { Id = id, OccurredAt = At("2026-04-01T09:00:00"), Name = "inspection" });
        Assert.Equal((DecisionOutcome.Rejected, "id"), (refused.Outcome, Assert.Single(refused.Errors).Path));
        Assert.Empty(ledger.Book.Events);
    }

    [Fact]
    public void AFactDatedInTheFuture_IsRejected_AndNothingIsRecorded()
    {
        var ledger = new LedgerHarness(C2.Value);
        var refused = ledger.Record("2026-03-27T10:00:00", WorkedExamplesTests.Met("c2-go-live", "2026-03-27T10:00:01"));
        Assert.Equal("occurredAt", Assert.Single(refused.Errors).Path);
        Assert.Empty(ledger.Book.Events);
    }

    [Fact]
    public void ABatchWithOneBadFact_RecordsNothing_AndNamesTheFactAtFault()
    {
        var ledger = new LedgerHarness(C2.Value);
        var refused = ledger.Record("2026-04-01T10:00:00", WorkedExamplesTests.Met("c2-go-live", "2026-03-27T10:00:00"),
            new ObligationMet { Id = "bad", OccurredAt = At("2026-03-28T10:00:00"), ObligationId = "c2-nope" });
        Assert.Equal("facts[1].obligationId", Assert.Single(refused.Errors).Path);
        Assert.Empty(ledger.Book.Events);
    }

    private static LedgerHarness LiveFiveDaysLate()
    {
        var ledger = new LedgerHarness(C2.Value);
        ledger.Record("2026-03-27T11:00:00", WorkedExamplesTests.Met("c2-go-live", "2026-03-27T10:00:00"));
        return ledger;
    }

    [Theory]
    [InlineData("2026-04-01T00:00:00", DecisionOutcome.Recorded)]
    [InlineData("2026-04-03T23:59:59", DecisionOutcome.Recorded)]  // met 03-27: the 7-day window ends with 04-03
    [InlineData("2026-04-04T00:00:00", DecisionOutcome.Conflict)]  // by then it is deemed confirmed
    public void VendorDisputesInsideTheClaimWindow_ButNotAfterIt(string at, DecisionOutcome expected) =>
        Assert.Equal(expected, LiveFiveDaysLate().Decide(Entry, LedgerAction.Dispute, at, LedgerHarness.Vendor, reason: "已按时上线").Outcome);

    [Fact]
    public void ADisputeNeedsAReason_AndOnlyThePayingSideDisputes()
    {
        var ledger = LiveFiveDaysLate();
        Assert.Equal("reason", Assert.Single(ledger.Do(new DecideEntry(Entry, LedgerAction.Dispute, null, " ", "d1", LedgerHarness.Vendor), "2026-04-01T00:00:00").Errors).Path);
        Assert.Equal("party", Assert.Single(ledger.Decide(Entry, LedgerAction.Dispute, "2026-04-01T00:00:00", LedgerHarness.Institution).Errors).Path);
    }

    [Fact]
    public void ConfirmingADiscretionaryEntry_NeedsAnAmountInsideTheRange()
    {
        var ledger = new LedgerHarness(C2.Value);
        ledger.Record("2026-05-01T11:00:00", new BreachOccurred { Id = "b1", OccurredAt = At("2026-05-01T10:00:00"), ClauseId = "c2-safety-breach" });
        Assert.Equal("amount", Assert.Single(ledger.Decide("c2-safety-breach:b1", LedgerAction.Notice, "2026-05-02T00:00:00", amount: 60000m).Errors).Path);
        Assert.Equal(DecisionOutcome.Recorded, ledger.Decide("c2-safety-breach:b1", LedgerAction.Notice, "2026-05-02T00:00:00", amount: 20000m).Outcome);
        Assert.Equal(DecisionOutcome.Recorded, ledger.Decide("c2-safety-breach:b1", LedgerAction.Confirm, "2026-05-03T00:00:00", LedgerHarness.Vendor).Outcome);
        var entry = ledger.Entry("2026-05-04T00:00:00", "c2-safety-breach:b1");
        Assert.Equal((1000.00m, 20000.00m, LedgerStatus.Confirmed, LedgerStatus.Confirmed),
            (entry.Amount, entry.Net, entry.Status, Assert.Single(entry.Adjustments).Status));
    }

    [Fact]
    public void UnknownEntry_AndReversalOfAProposal_AreRefused()
    {
        var ledger = LiveFiveDaysLate();
        Assert.Equal(DecisionOutcome.NotFound, ledger.Decide("nope", LedgerAction.Confirm, "2026-04-01T00:00:00", LedgerHarness.Vendor).Outcome);
        Assert.Equal(DecisionOutcome.Conflict, ledger.Decide(Entry, LedgerAction.Reverse, "2026-04-01T00:00:00").Outcome);
    }

    [Fact]
    public void DeadlinesPastTheLastAnnouncedYear_AreProvisional_UntilThatYearIsLoaded()
    {
        var before = ContractEngine.Evaluate(C2.Value, [], At("2026-06-01T00:00:00"), CalendarTestData.NationalCalendar);
        var january = before.Obligations.Single(o => o.Id == "c2-maintenance-record@2026-12-05");
        Assert.True(january.Provisional);
        Assert.False(before.Obligations.Single(o => o.Id == "c2-maintenance-record@2026-10-05").Provisional);
        var with2027 = CalendarTestData.NationalCalendar.WithYear(CalendarTestData.Year2027());
        var after = ContractEngine.Evaluate(C2.Value, [], At("2026-06-01T00:00:00"), with2027);
        Assert.False(after.Obligations.Single(o => o.Id == "c2-maintenance-record@2026-12-05").Provisional);
    }
}
