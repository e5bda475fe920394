using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;

namespace VendorGrid.Domain.Contracts.Ledger;

public static partial class ContractDecider
{
    /// <summary>
    /// The ledger's first postings. Decisions recorded before postings existed named the computed line and, for a
    /// confirmation, pinned the amount it confirmed; they keep meaning exactly that: the line is posted at the pinned
    /// amount (what accrued beyond it follows as an adjustment), a discretionary choice and a reversal become postings.
    /// </summary>
    private static Decision Open(ContractBook book, DecisionContext context)
    {
        if (book.Opened) return Decision.Duplicate(book.Find(FactIds.Ledger + "opened")!);
        var now = Now(book, context);
        var opened = new LedgerOpened { Id = FactIds.Ledger + "opened", RecordedAt = now, By = Reporter.Platform };
        // A new contract owes nothing yet that anyone recorded: its first postings come with its first facts.
        if (book.Facts.Count == 0) return Decision.Recorded([opened], opened);
        // Facts recorded before a party's report of its own performance needed an answer were in force as they stood: they stay so.
        var grandfathered = book.Facts.Where(f => TwoPartyFacts.Answerer(f, book.Definition) is not null && book.AnswerTo(f.Id) is null).ToList();
        var answers = grandfathered.Select(f => new FactAnswered
        {
            Id = $"{FactIds.Answer}legacy:{f.Id}", RecordedAt = now, By = Reporter.Platform, FactId = f.Id, Answer = FactAnswer.Acknowledged,
            Reason = "recorded before two-party facts (issue 15): in force as it was",
        }).ToList();
        var events = new List<EntryPosted>();
        var decided = new List<ContractEvent>();
        var lines = ContractReader.Money(book, now, context.Calendar, context.Cache, grandfathered).Ledger.ToDictionary(l => l.Id, StringComparer.Ordinal);
        foreach (var group in book.Events.OfType<EntryDecided>().GroupBy(d => d.EntryId, StringComparer.Ordinal))
        {
            if (!lines.TryGetValue(group.Key, out var line)) continue;
            var pinned = group.FirstOrDefault(d => d.Action == LedgerAction.Confirm)?.Amount;
            var original = LedgerPosting.Pin(book, line with { Amount = line.RangeMin is null && pinned is { } p && p < line.Amount ? p : line.Amount },
                now, "legacy", context.Math) with { EffectiveAt = line.FinalAt ?? group.First().RecordedAt ?? now };
            events.Add(original);
            if (line.RangeMin is not null && pinned is { } chosen && chosen != line.Amount)
                decided.AddRange(Settled(book, original, 1, chosen - line.Amount, PostingOrigin.Chosen, now, group.First(d => d.Action == LedgerAction.Confirm).Id,
                    Reporter.Platform, context, $"甲方在区间内选定 {chosen:0.00} / amount chosen within the range"));
            if (group.FirstOrDefault(d => d.Action == LedgerAction.Reverse) is { } reversal)
                decided.AddRange(Settled(book, original, 1 + decided.OfType<EntryPosted>().Count(p => p.Line == line.Id), -(pinned ?? line.Amount),
                    PostingOrigin.Reversal, now, reversal.Id, reversal.By ?? Reporter.Platform, context, $"冲销 {line.Id}：{reversal.Reason}"));
        }
        var pending = events.Concat(decided.OfType<EntryPosted>()).ToList();
        var rest = LedgerPosting.Reconcile(book, [.. lines.Values], now, "legacy", context.Math, pending);
        return Decision.Recorded([opened, .. answers, .. events, .. decided, .. rest], opened);
    }
}
