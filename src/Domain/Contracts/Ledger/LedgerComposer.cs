using System.Collections.Immutable;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Engine;

namespace VendorGrid.Domain.Contracts.Ledger;

/// <summary>
/// The ledger as of an instant: every posted line with its original, adjustments and net, each with its status from the
/// decisions recorded by then; lines the engine computes but nobody posted yet (still accruing, or final since the last
/// posting) beside them; totals by status, gross and net. The book passed in is already cut at the view's knownAt.
/// </summary>
public static class LedgerComposer
{
    public static (ImmutableArray<LedgerEntry> Entries, LedgerTotals Totals) Compose(ContractBook book, IReadOnlyList<LedgerEntry> computed, DateTimeOffset asOf)
    {
        var byLine = computed.ToDictionary(l => l.Id, StringComparer.Ordinal);
        var entries = new List<LedgerEntry>();
        foreach (var id in computed.Select(l => l.Id).Concat(book.Lines.Where(id => !byLine.ContainsKey(id))))
        {
            var postings = book.PostingsOf(id).Where(p => p.EffectiveAt <= asOf).ToList();
            var line = byLine.GetValueOrDefault(id);
            if (postings.Count > 0) entries.Add(Posted(book, postings, line, asOf));
            else if (line is { Amount: not 0 }) entries.Add(Unposted(book, line));
        }
        return ([.. entries.OrderBy(e => e.ProposedAt).ThenBy(e => e.Id, StringComparer.Ordinal)], Totals(entries));
    }

    /// <summary>What the ledger holds confirmed against the vendor as of the instant: the deductions from the next payments.</summary>
    public static decimal ConfirmedAgainstVendor(ContractBook book, DateTimeOffset asOf) =>
        book.Postings.Where(p => p.Payer == ObligationParty.Vendor && p.EffectiveAt <= asOf)
            .Select(p => Confirmations.StateOf(p, book, asOf)).Where(s => Confirmations.IsConfirmed(s.Status)).Sum(s => s.Amount);

    /// <summary>
    /// Whether a line still stands as of the instant: not posted yet, or posted and neither waived by the party owed nor
    /// reversed. A termination right an accrual alone gave is taken back with its line.
    /// </summary>
    public static bool Stands(ContractBook book, string line, DateTimeOffset asOf)
    {
        var postings = book.PostingsOf(line);
        if (postings.Count == 0 || postings[0].EffectiveAt > asOf) return true;
        if (postings.Any(p => p.Origin == PostingOrigin.Reversal && p.EffectiveAt <= asOf)) return false;
        return Confirmations.StateOf(postings[0], book, asOf).Status != LedgerStatus.Waived;
    }

    private static LedgerEntry Posted(ContractBook book, List<EntryPosted> postings, LedgerEntry? line, DateTimeOffset asOf)
    {
        var original = postings[0];
        var state = Confirmations.StateOf(original, book, asOf);
        var adjustments = postings.Skip(1).Select(a => (Posting: a, State: Confirmations.StateOf(a, book, asOf)))
            .Select(x => new LedgerAdjustment(x.Posting.EntryId, x.Posting.Amount, x.State.Status, x.Posting.RecordedAt!.Value, x.Posting.Cause, x.Posting.Basis)
                { ConfirmedBy = Name(x.State.Confirmer), Period = x.Posting.Period })
            .ToImmutableArray();
        var net = postings.Sum(p => p.Amount);
        var computedBasis = postings.Where(p => p.Origin == PostingOrigin.Computed).Sum(p => p.Amount);
        var reversed = postings.Any(p => p.Origin == PostingOrigin.Reversal);
        return new LedgerEntry(original.EntryId, original.ClauseId, original.ObligationId, original.Amount, state.Status, original.EntryKind,
            original.Payer, original.Basis, original.ProposedAt, state.WindowEndsAt, original.RangeMin, original.RangeMax, line?.Final ?? true)
        {
            FinalAt = line?.FinalAt ?? original.EffectiveAt, PostedAt = original.RecordedAt, Cause = original.Cause, ClaimNoticeAt = state.NoticeAt,
            ConfirmedBy = Name(state.Confirmer), Adjustments = adjustments, Net = net, Period = original.Period,
            Accruing = line is null || reversed ? 0 : line.Amount - computedBasis,
        };
    }

    private static LedgerEntry Unposted(ContractBook book, LedgerEntry line) => line with
    {
        Net = line.Amount,
        ConfirmedBy = Name(Confirmations.Confirmer(Confirmations.RuleFor(book.Definition, line.ClauseId, line.Payer), line.Payer, line.Amount)),
    };

    private static LedgerTotals Totals(List<LedgerEntry> entries)
    {
        var postings = entries.Where(e => e.PostedAt is not null)
            .SelectMany(e => e.Adjustments.Select(a => (e.Payer, a.Amount, a.Status)).Prepend((e.Payer, e.Amount, e.Status))).ToList();
        decimal Sum(LedgerStatus status) => postings.Where(p => p.Payer == ObligationParty.Vendor && p.Status == status).Sum(p => p.Amount);
        var unposted = entries.Where(e => e.PostedAt is null).ToList();
        var vendor = entries.Where(e => e.Payer == ObligationParty.Vendor).ToList();
        return new LedgerTotals(
            Sum(LedgerStatus.Proposed) + unposted.Where(e => e.Payer == ObligationParty.Vendor && e.Final).Sum(e => e.Amount),
            Sum(LedgerStatus.Confirmed) + Sum(LedgerStatus.DeemedConfirmed),
            Sum(LedgerStatus.Disputed),
            Sum(LedgerStatus.Waived),
            postings.Where(p => p.Payer == ObligationParty.Client && p.Status != LedgerStatus.Waived).Sum(p => p.Amount)
                + unposted.Where(e => e.Payer == ObligationParty.Client).Sum(e => e.Amount))
        {
            Accruing = unposted.Where(e => e.Payer == ObligationParty.Vendor && !e.Final).Sum(e => e.Amount)
                + vendor.Where(e => e.PostedAt is not null).Sum(e => e.Accruing),
            Gross = vendor.Where(e => e.PostedAt is not null && e.Status != LedgerStatus.Waived).Sum(e => e.Amount),
            Net = postings.Where(p => p.Payer == ObligationParty.Vendor && p.Status != LedgerStatus.Waived).Sum(p => p.Amount),
        };
    }

    public static string Name(Side side) => side == Side.Vendor ? "vendor" : "institution";
}
