using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Domain.Money;

namespace VendorGrid.Domain.Contracts.Engine;

/// <summary>
/// A confirmed entry never disappears silently: when the facts no longer produce an entry that was confirmed (its
/// obligation waived, its trigger gone), the entry stays at its confirmed amount and a proposed adjustment for the whole
/// of it says why. Posting and confirming adjustments is the ledger's; this keeps the computation honest meanwhile.
/// </summary>
internal static class ConfirmedEntries
{
    public static void KeepVanished(ContractDefinition definition, IReadOnlyList<ContractFact> decisions, List<LedgerEntry> entries,
        Func<PenaltyDefinition, bool> among)
    {
        var present = entries.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var made in decisions.OrderBy(d => d.RecordedAt ?? d.OccurredAt).GroupBy(d => d.EntryId!, StringComparer.Ordinal))
        {
            if (present.Contains(made.Key) || made.Key.EndsWith(":adjustment", StringComparison.Ordinal)) continue;
            var last = made.LastOrDefault(d => d.Type != FactTypes.LedgerReversed);
            if (last is not { Type: FactTypes.LedgerConfirmed, Amount: { } amount } || made.Any(d => d.Type == FactTypes.LedgerReversed)) continue;
            var clause = definition.Penalties.FirstOrDefault(p => made.Key.StartsWith(p.Id + ":", StringComparison.Ordinal));
            if (clause is null || !among(clause)) continue;
            var at = last.RecordedAt ?? last.OccurredAt;
            var kept = new LedgerEntry(made.Key, clause.Id, null, amount, LedgerStatus.Confirmed, LedgerEntryKind.Accrual, clause.Payer,
                $"{clause.Article}: 已确认 {Cny.Format(amount)}；依据的事实已不再产生此项", at, null, null, null, true);
            entries.Add(kept);
            entries.Add(kept with
            {
                Id = $"{made.Key}:adjustment", Amount = -amount, Status = LedgerStatus.Proposed, Kind = LedgerEntryKind.Adjustment,
                Basis = $"重新计算为 ¥0.00，低于已确认的 {Cny.Format(amount)} / the facts no longer give this confirmed entry",
            });
        }
    }
}
