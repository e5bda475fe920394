using VendorGrid.Tests.Domain.Calendar;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;

namespace VendorGrid.Tests.Domain.Contracts;

/// <summary>Small contract definitions written in the JSON format, one clause family at a time.</summary>
internal static class ContractFixtures
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, ContractDefinition> SeedDefinitions = new();

    /// <summary>A seed contract (<c>seeds/{id}.json</c>), parsed once per test run (definitions are immutable).</summary>
    public static ContractDefinition Seed(string id) => SeedDefinitions.GetOrAdd(id, key =>
        Parse(File.ReadAllText(Path.Combine(VendorGrid.Tests.Infrastructure.RepositoryPaths.Seeds, key + ".json"))));

    public static ContractDefinition Parse(string json)
    {
        var result = ContractJson.ParseDefinition(json);
        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
        return result.Value!;
    }

    /// <summary>A contract shell with the given clauses spliced in (each fragment a JSON member list).</summary>
    public static ContractDefinition Contract(string signedOn, string start, string end, decimal total, string clauses,
        string institution = "121100004006863122", string vendor = "91110106MA01A51E7B") => Parse($$"""
        {
          "id": "test-contract",
          "title": "测试合同",
          "institution": { "id": "{{institution}}", "name": "甲方" },
          "vendor": { "id": "{{vendor}}", "name": "乙方" },
          "signedOn": "{{signedOn}}",
          "term": { "start": "{{start}}", "end": "{{end}}" },
          "total": {{total}},
          {{clauses}}
        }
        """);

    public static DateTimeOffset At(string local) => DateTimeOffset.Parse(local + "+08:00", System.Globalization.CultureInfo.InvariantCulture);

    public static ContractEvaluation Evaluate(ContractDefinition d, string asOfLocal, params ContractFact[] facts) =>
        ContractEngine.Evaluate(d, facts, At(asOfLocal), CalendarTestData.NationalCalendar);

    /// <summary>A fact sketched flat (see <see cref="FactSketch"/>); <c>with</c> sets the members its kind needs.</summary>
    public static FactSketch Fact(string id, string type, string local) => new() { Id = id, Type = type, OccurredAt = At(local) };

    /// <summary>
    /// Sketched facts evaluated by the engine; with ledger decisions among them, through the posted ledger instead: each
    /// fact recorded at its own instant, each decision by the side entitled to it, then the book read as of the instant.
    /// </summary>
    public static ContractEvaluation Evaluate(ContractDefinition d, string asOfLocal, FactSketch first, params FactSketch[] more) =>
        Evaluate(d, asOfLocal, [first, .. more]);

    public static ContractEvaluation Evaluate(ContractDefinition d, string asOfLocal, IReadOnlyList<FactSketch> sketches)
    {
        if (!sketches.Any(s => s.IsDecision)) return ContractEngine.Evaluate(d, sketches.Select(s => (ContractFact)s), At(asOfLocal), CalendarTestData.NationalCalendar);
        var ledger = new LedgerHarness(d);
        foreach (var sketch in sketches.OrderBy(s => s.RecordedAt ?? s.OccurredAt))
        {
            var at = ShanghaiLocal(sketch.RecordedAt ?? sketch.OccurredAt);
            if (!sketch.IsDecision) { ledger.Record(VendorGrid.Domain.Contracts.Facts.Reporter.Platform, at, sketch); continue; }
            var action = sketch.Type switch
            {
                FactSketch.LedgerConfirmed => VendorGrid.Domain.Contracts.Ledger.LedgerAction.Confirm,
                FactSketch.LedgerWaived => VendorGrid.Domain.Contracts.Ledger.LedgerAction.Waive,
                FactSketch.LedgerDisputed => VendorGrid.Domain.Contracts.Ledger.LedgerAction.Dispute,
                _ => VendorGrid.Domain.Contracts.Ledger.LedgerAction.Reverse,
            };
            var amount = action == VendorGrid.Domain.Contracts.Ledger.LedgerAction.Confirm ? sketch.Amount : null;
            var decided = ledger.Decide(sketch.EntryId!, action, at, LedgerHarness.Institution, amount, sketch.Reason);
            if (decided.Errors.Any(e => e.Path == "party")) decided = ledger.Decide(sketch.EntryId!, action, at, LedgerHarness.Vendor, amount, sketch.Reason);
            Assert.True(decided.Outcome == VendorGrid.Domain.Contracts.Ledger.DecisionOutcome.Recorded,
                $"{sketch.Id}: {decided.Outcome} {decided.Message} {string.Join("; ", decided.Errors.Select(e => $"{e.Path}: {e.Message}"))}");
        }
        return ledger.View(asOfLocal);
    }

    private static string ShanghaiLocal(DateTimeOffset at) =>
        at.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
}
