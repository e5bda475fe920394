using VendorGrid.Domain.Contracts;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Domain.Contracts.Ledger;
using VendorGrid.Tests.Domain.Calendar;
using static VendorGrid.Tests.Domain.Contracts.ContractFixtures;

namespace VendorGrid.Tests.Domain.Contracts;

/// <summary>
/// A contract's book driven like the grain drives it, without Orleans: each command decided at a recording instant
/// (Shanghai local time), its events applied; views read as of one instant and as known at another.
/// </summary>
internal sealed class LedgerHarness(ContractDefinition definition)
{
    public static readonly Reporter Institution = new(ReportingParty.Institution, "admin@hospital");
    public static readonly Reporter Vendor = new(ReportingParty.Vendor, "user@vendor");

    public ContractBook Book { get; } = new(definition);

    private int requests;

    public Decision Do(ContractCommand command, string recordedLocal)
    {
        var context = new DecisionContext(At(recordedLocal), CalendarTestData.NationalCalendar, InstanceIds);
        var decision = ContractDecider.Decide(Book, command, context);
        Book.ApplyAll(decision.Events);
        return decision;
    }

    public Decision Record(string recordedLocal, params ContractFact[] facts) => Record(Institution, recordedLocal, facts);

    public Decision Record(Reporter by, string recordedLocal, params ContractFact[] facts) => Do(new RecordFacts([.. facts], by), recordedLocal);

    public Decision Decide(string entryId, LedgerAction action, string recordedLocal, Reporter? by = null, decimal? amount = null, string? reason = null) =>
        Do(new DecideEntry(entryId, action, amount, reason ?? (action is LedgerAction.Confirm or LedgerAction.Notice ? null : "理由"),
            $"r{++requests}", by ?? Institution), recordedLocal);

    public Decision Answer(string factId, FactAnswer answer, string recordedLocal, Reporter by, string? reason = null) =>
        Do(new AnswerFact(factId, answer, reason, $"a{++requests}", by), recordedLocal);

    /// <summary>The contract as of <paramref name="asOfLocal"/>, as known at <paramref name="knownAtLocal"/> (default: everything recorded).</summary>
    public ContractEvaluation View(string asOfLocal, string? knownAtLocal = null) =>
        ContractReader.Evaluate(Book, At(asOfLocal), knownAtLocal is null ? DateTimeOffset.MaxValue.AddYears(-1) : At(knownAtLocal),
            CalendarTestData.NationalCalendar);

    public LedgerEntry Entry(string asOfLocal, string id, string? knownAtLocal = null) => View(asOfLocal, knownAtLocal).Ledger.Single(e => e.Id == id);

    private IReadOnlySet<string> InstanceIds() =>
        ContractEngine.Evaluate(Book.Definition, Book.Facts, DateTimeOffset.MaxValue.AddYears(-1), CalendarTestData.NationalCalendar)
            .Obligations.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
}
