using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Facts;

namespace VendorGrid.Domain.Contracts.Engine;

public enum LedgerAction { Confirm, Waive, Dispute, Reverse }

/// <summary>Why a ledger decision was refused: the entry is unknown, its state forbids it, or an input is invalid.</summary>
public enum DecisionRefusal { None, UnknownEntry, WrongState, WindowClosed, Invalid }

public sealed record LedgerDecision(ContractFact? Fact, DecisionRefusal Refusal, string? Field, string? Message)
{
    public static LedgerDecision Refuse(DecisionRefusal why, string field, string message) => new(null, why, field, message);
}

/// <summary>
/// Who may move an entry where (DOMAIN.md §2): the institution confirms (inside a discretionary range), waives or
/// reverses; the vendor disputes inside the claim window. The accepted decision becomes a fact, pinned to the
/// amount it decided, so the entry itself is never edited.
/// </summary>
public static class LedgerRules
{
    public static LedgerDecision Decide(ContractEvaluation now, LedgerAction action, string entryId, string factId,
        DateTimeOffset at, decimal? amount, string? reason, string? by)
    {
        var entry = now.Ledger.FirstOrDefault(e => e.Id == entryId && e.Kind != LedgerEntryKind.Reversal);
        if (entry is null) return LedgerDecision.Refuse(DecisionRefusal.UnknownEntry, "entryId", "no such ledger entry in this contract");
        if (action != LedgerAction.Confirm && string.IsNullOrWhiteSpace(reason))
            return LedgerDecision.Refuse(DecisionRefusal.Invalid, "reason", "a reason is required");
        var refusal = action switch
        {
            LedgerAction.Confirm => Confirmable(entry, ref amount),
            LedgerAction.Waive when entry.Status is not (LedgerStatus.Proposed or LedgerStatus.Disputed or LedgerStatus.DeemedConfirmed) =>
                LedgerDecision.Refuse(DecisionRefusal.WrongState, "status", $"a {entry.Status} entry cannot be waived"),
            LedgerAction.Dispute when entry.Status != LedgerStatus.Proposed =>
                LedgerDecision.Refuse(DecisionRefusal.WrongState, "status", $"a {entry.Status} entry cannot be disputed"),
            LedgerAction.Dispute when entry.DisputeWindowEndsAt is { } end && at > end =>
                LedgerDecision.Refuse(DecisionRefusal.WindowClosed, "entryId", $"the claim window closed at {end:yyyy-MM-dd HH:mm:ss zzz}"),
            LedgerAction.Reverse when !ContractEngine.IsConfirmed(entry.Status) =>
                LedgerDecision.Refuse(DecisionRefusal.WrongState, "status", "only a confirmed entry can be reversed; waive a proposal instead"),
            _ => null,
        };
        if (refusal is not null) return refusal;
        var type = action switch
        {
            LedgerAction.Confirm => FactTypes.LedgerConfirmed,
            LedgerAction.Waive => FactTypes.LedgerWaived,
            LedgerAction.Dispute => FactTypes.LedgerDisputed,
            _ => FactTypes.LedgerReversed,
        };
        var fact = new ContractFact
        {
            Id = factId, Type = type, OccurredAt = at, RecordedAt = at, EntryId = entryId, Reason = reason, RecordedBy = by,
            Amount = action == LedgerAction.Confirm ? amount : entry.Amount,
        };
        return new LedgerDecision(fact, DecisionRefusal.None, null, null);
    }

    private static LedgerDecision? Confirmable(LedgerEntry entry, ref decimal? amount)
    {
        if (entry.Status is not (LedgerStatus.Proposed or LedgerStatus.Disputed))
            return LedgerDecision.Refuse(DecisionRefusal.WrongState, "status", $"a {entry.Status} entry cannot be confirmed");
        if (entry is { RangeMin: { } min, RangeMax: { } max })
        {
            if (amount is not { } chosen) return LedgerDecision.Refuse(DecisionRefusal.Invalid, "amount", $"choose an amount between {min} and {max}");
            if (chosen < min || chosen > max || decimal.Round(chosen, 2) != chosen)
                return LedgerDecision.Refuse(DecisionRefusal.Invalid, "amount", $"must be between {min} and {max}, to the fen");
            return null;
        }
        // Less than proposed confirms a part (an upper-bound base such as a refund pinned down); the rest stays proposed as #2.
        if (amount is { } given && (given <= 0 || given > entry.Amount || decimal.Round(given, 2) != given))
            return LedgerDecision.Refuse(DecisionRefusal.Invalid, "amount", $"must be more than 0 and at most the proposed {entry.Amount}, to the fen");
        amount ??= entry.Amount;
        return null;
    }
}
