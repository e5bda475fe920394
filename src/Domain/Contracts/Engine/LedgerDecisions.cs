using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Facts;

namespace VendorGrid.Domain.Contracts.Engine;

/// <summary>
/// Folds decisions into a computed amount without ever editing an entry: a confirmation pins the amount it
/// confirmed, and whatever accrues afterwards becomes a new entry (<c>id#2</c>); a reversal is its own negative
/// entry; an undisputed final proposal becomes deemed-confirmed when the claim window has passed.
/// </summary>
internal sealed class LedgerDecisions(ContractDefinition definition, DeadlineMath math, DateTimeOffset asOf, FactIndex facts)
{
    /// <summary>
    /// The institution's claim notice (索赔通知) per entry: a <c>claim-notice</c> milestone naming the entry. C1 第八条第6款
    /// counts the vendor's 7 days from it, not from the breach or its end.
    /// </summary>
    private readonly ILookup<string, ContractFact> claimNotices = facts.OfType(FactTypes.Milestone)
        .Where(f => f.Name == FactTypes.ClaimNotice && f.EntryId is not null).ToLookup(f => f.EntryId!, StringComparer.Ordinal);

    public IEnumerable<LedgerEntry> Apply(string baseId, PenaltyDefinition clause, string? obligationId, decimal amount,
        LedgerEntryKind kind, string basis, DateTimeOffset proposedAt, DateTimeOffset? finalAt,
        (decimal Min, decimal Max)? range, ILookup<string, ContractFact> decisions)
    {
        var remaining = amount;
        for (var part = 1; remaining > 0 || part == 1; part++)
        {
            var id = part == 1 ? baseId : $"{baseId}#{part}";
            var entry = Decide(id, clause, obligationId, remaining, kind, basis, proposedAt, finalAt, range, decisions[id].ToList());
            if (entry.Status == LedgerStatus.Confirmed && entry.Amount < remaining && range is null)
            {
                yield return entry;
                foreach (var reversal in Reversals(entry, decisions[id])) yield return reversal;
                remaining -= entry.Amount;
                continue;
            }
            yield return entry;
            var reversed = false;
            foreach (var reversal in Reversals(entry, decisions[id])) { reversed = true; yield return reversal; }
            if (!reversed && entry.Status == LedgerStatus.Confirmed && range is null && entry.Amount > remaining)
                yield return Adjustment(entry, remaining);
            yield break;
        }
    }

    /// <summary>
    /// A confirmed amount is never shrunk silently: when the facts now give less, the confirmed entry keeps its amount
    /// and a proposed adjustment for the difference, with its reason, awaits the same confirmation (posting is the
    /// ledger's; this is the computation).
    /// </summary>
    private static LedgerEntry Adjustment(LedgerEntry confirmed, decimal recomputed) => confirmed with
    {
        Id = $"{confirmed.Id}:adjustment",
        Amount = recomputed - confirmed.Amount,
        Status = LedgerStatus.Proposed,
        Kind = LedgerEntryKind.Adjustment,
        Basis = $"重新计算为 {Money.Cny.Format(recomputed)}，低于已确认的 {Money.Cny.Format(confirmed.Amount)} / recomputed below the confirmed amount: {confirmed.Basis}",
        DisputeWindowEndsAt = null,
        RangeMin = null,
        RangeMax = null,
    };

    private LedgerEntry Decide(string id, PenaltyDefinition clause, string? obligationId, decimal amount, LedgerEntryKind kind,
        string basis, DateTimeOffset proposedAt, DateTimeOffset? finalAt, (decimal Min, decimal Max)? range, List<ContractFact> made)
    {
        var notice = claimNotices[id].FirstOrDefault();
        var windowEnds = notice is not null && definition.ClaimWindowDays is { } days
            ? math.After(notice.OccurredAt, new Span { N = days, Unit = SpanUnit.CalendarDays }).DueAt
            : (DateTimeOffset?)null;
        var last = made.LastOrDefault(d => d.Type != FactTypes.LedgerReversed);
        var (status, value) = last?.Type switch
        {
            FactTypes.LedgerConfirmed => (LedgerStatus.Confirmed, last.Amount ?? amount),
            FactTypes.LedgerWaived => (LedgerStatus.Waived, amount),
            FactTypes.LedgerDisputed => (LedgerStatus.Disputed, amount),
            _ when windowEnds is { } end && asOf > end => (LedgerStatus.DeemedConfirmed, amount),
            _ => (LedgerStatus.Proposed, amount),
        };
        return new LedgerEntry(id, clause.Id, obligationId, value, status, kind, clause.Payer, basis, proposedAt, windowEnds,
            range?.Min, range?.Max, finalAt is not null);
    }

    private static IEnumerable<LedgerEntry> Reversals(LedgerEntry entry, IEnumerable<ContractFact> made) =>
        made.Where(d => d.Type == FactTypes.LedgerReversed).Take(1).Select(d => entry with
        {
            Id = $"{entry.Id}:reversal",
            Amount = -entry.Amount,
            Status = LedgerStatus.Confirmed,
            Kind = LedgerEntryKind.Reversal,
            Basis = $"冲销 {entry.Id}: {d.Reason}",
            ProposedAt = d.RecordedAt ?? d.OccurredAt,
            Final = true,
        });
}
