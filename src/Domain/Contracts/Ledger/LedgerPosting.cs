using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;

namespace VendorGrid.Domain.Contracts.Ledger;

/// <summary>
/// Posts what the engine computes: a line is posted once it is final, and thereafter only adjusted, by a posting dated
/// when the cause was recorded and linked to it and to the original. Lines a reversal closed are left alone; a line that
/// no longer exists is adjusted to nothing. Discretionary choices are postings of their own and never computed away.
/// </summary>
public static class LedgerPosting
{
    /// <param name="pending">Postings this same decision already made (not yet in the book).</param>
    public static List<EntryPosted> Reconcile(ContractBook book, IReadOnlyList<LedgerEntry> computed, DateTimeOffset now, string cause, DeadlineMath math,
        IReadOnlyCollection<EntryPosted>? pending = null) => Reconcile(book, computed, now, _ => cause, math, pending);

    /// <param name="causeOf">Names the cause of each line's posting (the fact that changed it, or "time" for one final by time alone).</param>
    public static List<EntryPosted> Reconcile(ContractBook book, IReadOnlyList<LedgerEntry> computed, DateTimeOffset now, Func<string, string> causeOf,
        DeadlineMath math, IReadOnlyCollection<EntryPosted>? pending = null)
    {
        pending ??= [];
        var made = new List<EntryPosted>();
        IReadOnlyList<EntryPosted> Posted(string line) => [.. book.PostingsOf(line), .. pending.Where(p => p.Line == line)];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in computed)
        {
            seen.Add(line.Id);
            if (!line.Final) continue;
            var posted = Posted(line.Id);
            if (posted.Count == 0)
            {
                if (line.Amount != 0) made.Add(Original(book, line, line.FinalAt ?? now, now, causeOf(line.Id), math));
                continue;
            }
            if (Adjust(book, posted, line.Amount, line.FinalAt, now, causeOf(line.Id), math) is { } adjustment) made.Add(adjustment);
        }
        foreach (var lineId in book.Lines.Where(id => !seen.Contains(id)))
            if (Adjust(book, Posted(lineId), 0, null, now, causeOf(lineId), math) is { } gone) made.Add(gone);
        return made;
    }

    /// <summary>
    /// Names what moved each line between two evaluations at the same instant: <paramref name="cause"/> for a line whose
    /// amount or finality differs (appeared, changed or vanished), "time" for one the change left as it was — including a
    /// line absent from both, which time alone closed (e.g. a capped line whose share a sibling has since taken up).
    /// </summary>
    public static Func<string, string> CauseOf(IReadOnlyList<LedgerEntry> before, IReadOnlyList<LedgerEntry> after, string cause)
    {
        var was = before.ToDictionary(l => l.Id, l => (l.Amount, l.Final), StringComparer.Ordinal);
        var @is = after.ToDictionary(l => l.Id, l => (l.Amount, l.Final), StringComparer.Ordinal);
        var moved = was.Keys.Union(@is.Keys, StringComparer.Ordinal)
            .Where(id => was.TryGetValue(id, out var a) != @is.TryGetValue(id, out var b) || a != b)
            .ToHashSet(StringComparer.Ordinal);
        return line => moved.Contains(line) ? cause : "time";
    }

    /// <summary>A line still accruing, posted at its amount so far because a party decided on it (its later growth is adjusted in).</summary>
    public static EntryPosted Pin(ContractBook book, LedgerEntry line, DateTimeOffset now, string cause, DeadlineMath math) =>
        Original(book, line, now, now, cause, math);

    /// <summary>
    /// A computed change is booked when recorded, but it corrects the line in its own time: an as-of view shows it from the
    /// later of the original's instant and the line's new final one (so a view of the past known now tells what was owed then).
    /// </summary>
    private static EntryPosted? Adjust(ContractBook book, IReadOnlyList<EntryPosted> posted, decimal target, DateTimeOffset? finalAt, DateTimeOffset now,
        string cause, DeadlineMath math)
    {
        if (posted.Any(p => p.Origin == PostingOrigin.Reversal)) return null;
        var basis = posted.Where(p => p.Origin == PostingOrigin.Computed).Sum(p => p.Amount);
        if (basis == target) return null;
        var original = posted[0];
        var effectiveAt = finalAt is { } f && f > original.EffectiveAt ? f : original.EffectiveAt;
        return Adjustment(book, original, posted.Count, target - basis, PostingOrigin.Computed, now, cause,
            target == 0 ? $"冲减 {original.EntryId}：不再应计 / no longer owed" : $"调整 {original.EntryId}：{basis:0.00} → {target:0.00}", math) with
            { EffectiveAt = effectiveAt };
    }

    /// <param name="postingsSoFar">How many postings the line has (the original included), so the adjustment gets the next number.</param>
    public static EntryPosted Adjustment(ContractBook book, EntryPosted original, int postingsSoFar, decimal amount, PostingOrigin origin, DateTimeOffset now,
        string cause, string basis, DeadlineMath math)
    {
        var n = postingsSoFar;
        var id = $"{original.Line}:adj-{n}";
        return new EntryPosted
        {
            Id = FactIds.Posting + id, RecordedAt = now, By = Reporter.Platform, EntryId = id, Line = original.Line,
            Kind = PostingKind.Adjustment, Origin = origin, Adjusts = original.EntryId, Amount = amount, ClauseId = original.ClauseId,
            ObligationId = original.ObligationId, Payer = original.Payer, EntryKind = original.EntryKind, Basis = basis,
            ProposedAt = now, EffectiveAt = now, Cause = cause, Period = Periods.BookedIn(book, now, now, math),
        };
    }

    private static EntryPosted Original(ContractBook book, LedgerEntry line, DateTimeOffset effectiveAt, DateTimeOffset now, string cause, DeadlineMath math) => new()
    {
        Id = FactIds.Posting + line.Id, RecordedAt = now, By = Reporter.Platform, EntryId = line.Id, Line = line.Id,
        Kind = PostingKind.Original, Origin = PostingOrigin.Computed, Amount = line.Amount, ClauseId = line.ClauseId,
        ObligationId = line.ObligationId, Payer = line.Payer, EntryKind = line.Kind, Basis = line.Basis, ProposedAt = line.ProposedAt,
        EffectiveAt = effectiveAt, RangeMin = line.RangeMin, RangeMax = line.RangeMax, Cause = cause,
        Period = Periods.BookedIn(book, effectiveAt, now, math),
    };
}
