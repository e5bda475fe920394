using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Time;

namespace VendorGrid.Domain.Contracts.Ledger;

/// <summary>A posting's standing as of an instant: its status, its claim notice and window, and who confirms it.</summary>
public sealed record PostingState(LedgerStatus Status, DateTimeOffset? NoticeAt, DateTimeOffset? WindowEndsAt, Side Confirmer, decimal Amount);

/// <summary>
/// Who confirms, disputes and waives (DOMAIN.md §2). An amount the vendor owes is confirmed by the contract's (or the
/// clause's) confirming party, perhaps deemed after the institution's claim notice; one the institution owes is claimed
/// by the vendor and confirmed by the institution. A reduction of what is owed (an adjustment below zero, a reversal) is
/// the party owed's to confirm; only the party owed waives; the paying side disputes.
/// </summary>
public static class Confirmations
{
    public static ConfirmationRule RuleFor(ContractDefinition d, string clauseId, ObligationParty payer)
    {
        if (payer == ObligationParty.Client) return ConfirmationRule.ByInstitution;
        return d.Penalties.FirstOrDefault(p => p.Id == clauseId)?.Confirmation ?? d.Confirmation
            // Definitions from before `confirmation` keep the rule they were made under: the window counts from the final instant.
            ?? (d.ClaimWindowDays is { } days ? new() { By = Side.Vendor, DeemedAfterDays = days } : ConfirmationRule.ByInstitution);
    }

    public static Side Owed(ObligationParty payer) => payer == ObligationParty.Vendor ? Side.Institution : Side.Vendor;

    public static Side Paying(ObligationParty payer) => payer == ObligationParty.Vendor ? Side.Vendor : Side.Institution;

    /// <summary>Who confirms a posting of <paramref name="amount"/>: an increase by the rule, a reduction by the party owed.</summary>
    public static Side Confirmer(ConfirmationRule rule, ObligationParty payer, decimal amount) =>
        amount < 0 ? Owed(payer) : payer == ObligationParty.Client ? Side.Institution : rule.By;

    /// <summary>The posting's state as of <paramref name="asOf"/> from the decisions recorded by then (the book is cut at knownAt).</summary>
    public static PostingState StateOf(EntryPosted posting, ContractBook book, DateTimeOffset asOf)
    {
        var rule = RuleFor(book.Definition, posting.ClauseId, posting.Payer);
        var confirmer = Confirmer(rule, posting.Payer, posting.Amount);
        DateTimeOffset? notice = null;
        var status = LedgerStatus.Proposed;
        var amount = posting.Amount;
        foreach (var d in book.DecisionsOn(posting.EntryId))
        {
            if (d.RecordedAt > asOf) continue;
            switch (d.Action)
            {
                case LedgerAction.Notice: notice ??= d.RecordedAt; break;
                case LedgerAction.Confirm: status = LedgerStatus.Confirmed; break;
                case LedgerAction.Waive: status = LedgerStatus.Waived; break;
                case LedgerAction.Dispute: status = LedgerStatus.Disputed; break;
            }
        }
        var windowEnds = WindowEnds(rule, confirmer, rule.AfterClaimNotice ? notice : posting.EffectiveAt);
        if (status == LedgerStatus.Proposed && windowEnds is { } end && asOf > end) status = LedgerStatus.DeemedConfirmed;
        return new(status, notice, windowEnds, confirmer, amount);
    }

    /// <summary>
    /// Silence confirms only what the vendor confirms, only when the rule says so, counted from the claim notice (or from
    /// the posting's final instant for a rule without notices); no notice, no window.
    /// </summary>
    public static DateTimeOffset? WindowEnds(ConfirmationRule rule, Side confirmer, DateTimeOffset? from) =>
        confirmer == Side.Vendor && rule.By == Side.Vendor && rule.DeemedAfterDays is { } days && from is { } start
            ? Deadlines.EndOfDay(ShanghaiTime.LocalDate(start).AddDays(days))
            : null;

    /// <summary>When the institution may confirm alone (C1: 30 days after the notice), or null.</summary>
    public static DateTimeOffset? InstitutionAloneFrom(ConfirmationRule rule, DateTimeOffset? notice) =>
        rule.InstitutionAloneAfterDays is { } days && notice is { } at ? Deadlines.EndOfDay(ShanghaiTime.LocalDate(at).AddDays(days)) : null;

    public static bool IsConfirmed(LedgerStatus status) => status is LedgerStatus.Confirmed or LedgerStatus.DeemedConfirmed;
}
