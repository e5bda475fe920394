using VendorGrid.Domain.Calendar;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;
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

    private static IReadOnlySet<string> Instances() =>
        ContractEngine.Evaluate(C2.Value, [], At("2027-03-02T23:59:59"), CalendarTestData.NationalCalendar).Obligations.Select(o => o.Id).ToHashSet();

    [Theory]
    [InlineData("""{ "id": "e1", "type": "obligation-met", "occurredAt": "2026-03-27T10:00:00", "obligationId": "c2-go-live" }""", "occurredAt")]
    [InlineData("""{ "id": "e1", "type": "obligation-met", "obligationId": "c2-go-live" }""", "occurredAt")]
    [InlineData("""{ "id": "e1", "type": "obligation-met", "occurredAt": "yesterday", "obligationId": "c2-go-live" }""", "occurredAt")]
    public void AnInstantWithoutAnOffset_IsRejected(string json, string path) =>
        Assert.Equal(path, Assert.Single(ContractJson.ParseFact(json).Errors).Path);

    [Theory]
    [InlineData("obligation-met", "c2-nope", null, "obligationId")]
    [InlineData("obligation-met", null, null, "obligationId")]
    [InlineData("occurrence", null, "c2-late-performance", "clauseId")]
    [InlineData("occurrence", null, "c2-unknown", "clauseId")]
    [InlineData("teleported", null, null, "type")]
    [InlineData("ledger-confirmed", null, null, "type")]
    public void AFactNamingSomethingThisContractDoesNotHave_IsRejected(string type, string? obligation, string? clause, string path)
    {
        var fact = new ContractFact { Id = "e1", Type = type, OccurredAt = At("2026-03-27T10:00:00"), ObligationId = obligation, ClauseId = clause, EntryId = "x" };
        Assert.Contains(FactValidator.Validate(fact, C2.Value, Instances()), e => e.Path == path);
    }

    [Theory]
    [InlineData("c2-go-live")]
    [InlineData("c2-maintenance-record@2026-03-05")]
    public void AFactForAKnownObligationInstance_IsAccepted(string obligation) =>
        Assert.Empty(FactValidator.Validate(new ContractFact { Id = "e1", Type = "obligation-met", OccurredAt = At("2026-04-01T10:00:00"), ObligationId = obligation },
            C2.Value, Instances()));

    [Fact]
    public void AnOutageThatEndsBeforeItStarts_IsRejected()
    {
        var outage = new ContractFact { Id = "o1", Type = "outage", OccurredAt = At("2026-04-01T10:00:00"), StartedAt = At("2026-04-01T10:00:00"), EndedAt = At("2026-04-01T09:00:00"), VendorCaused = true };
        Assert.Equal("endedAt", Assert.Single(FactValidator.Validate(outage, C2.Value, Instances())).Path);
    }

    private static ContractEvaluation LateAt(string asOf) =>
        ContractEngine.Evaluate(C2.Value, [WorkedExamplesTests.Met("c2-go-live", "2026-03-27T10:00:00"),
            Fact("claim", FactTypes.Milestone, "2026-03-27T15:00:00") with { Name = FactTypes.ClaimNotice, EntryId = "c2-late-performance:c2-go-live" }],
            At(asOf), CalendarTestData.NationalCalendar);

    [Fact]
    public void VendorDisputesInsideTheClaimWindow_ButNotAfterIt()
    {
        const string entry = "c2-late-performance:c2-go-live";
        var inside = LedgerRules.Decide(LateAt("2026-04-01T00:00:00"), LedgerAction.Dispute, entry, "d1", At("2026-04-01T00:00:00"), null, "已按时上线", "vendor");
        Assert.Equal((DecisionRefusal.None, 22125.00m), (inside.Refusal, inside.Fact!.Amount!.Value));
        var lastSecond = LedgerRules.Decide(LateAt("2026-04-03T23:59:59"), LedgerAction.Dispute, entry, "d1", At("2026-04-03T23:59:59"), null, "已按时上线", "vendor");
        Assert.Equal(DecisionRefusal.None, lastSecond.Refusal);  // claim notice 03-27: the window is 7 days, to the end of 04-03
        var late = LedgerRules.Decide(LateAt("2026-04-04T00:00:00"), LedgerAction.Dispute, entry, "d1", At("2026-04-04T00:00:00"), null, "已按时上线", "vendor");
        Assert.Equal((DecisionRefusal.WrongState, "status"), (late.Refusal, late.Field));  // by then it is deemed confirmed
    }

    [Fact]
    public void ConfirmingADiscretionaryEntry_NeedsAnAmountInsideTheRange()
    {
        var breach = Fact("b1", FactTypes.Occurrence, "2026-05-01T10:00:00") with { ClauseId = "c2-safety-breach" };
        var now = ContractEngine.Evaluate(C2.Value, [breach], At("2026-05-02T00:00:00"), CalendarTestData.NationalCalendar);
        Assert.Equal("amount", LedgerRules.Decide(now, LedgerAction.Confirm, "c2-safety-breach:b1", "c1", At("2026-05-02T00:00:00"), 60000m, null, "admin").Field);
        Assert.Equal("amount", LedgerRules.Decide(now, LedgerAction.Confirm, "c2-safety-breach:b1", "c1", At("2026-05-02T00:00:00"), null, null, "admin").Field);
        Assert.Equal(20000m, LedgerRules.Decide(now, LedgerAction.Confirm, "c2-safety-breach:b1", "c1", At("2026-05-02T00:00:00"), 20000m, null, "admin").Fact!.Amount);
    }

    [Fact]
    public void UnknownEntry_AndReversalOfAProposal_AreRefused()
    {
        var now = LateAt("2026-04-01T00:00:00");
        Assert.Equal(DecisionRefusal.UnknownEntry, LedgerRules.Decide(now, LedgerAction.Confirm, "nope", "c1", now.AsOf, null, null, "admin").Refusal);
        Assert.Equal(DecisionRefusal.WrongState, LedgerRules.Decide(now, LedgerAction.Reverse, "c2-late-performance:c2-go-live", "r1", now.AsOf, null, "错", "admin").Refusal);
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
