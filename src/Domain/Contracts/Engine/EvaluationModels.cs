using System.Collections.Immutable;
using VendorGrid.Domain.Contracts.Definition;

namespace VendorGrid.Domain.Contracts.Engine;

public enum ObligationStatus { Open, Met, Late, Breached, DeemedApproved, Waived }

/// <summary>One dated occurrence of an obligation clause (a one-off, or one period of a recurring one).</summary>
public sealed record ObligationInstance(
    string Id,
    string ClauseId,
    string Title,
    ObligationParty Party,
    DateTimeOffset? DueAt,
    ObligationStatus Status,
    DateTimeOffset? MetAt,
    int LateDays,
    bool Provisional)
{
    /// <summary>For one document of a checklist (<c>{clause}@document-{n}</c>): its number n, from 1 as the contract lists them.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public int? Document { get; init; }
}

/// <summary>
/// Where an entry stands: accruing (still growing, not posted), proposed (posted, awaiting the confirming party),
/// confirmed or deemed confirmed (deducted), disputed, or waived by the party owed.
/// </summary>
public enum LedgerStatus { Proposed, Confirmed, DeemedConfirmed, Disputed, Waived, Accruing }

/// <summary>Adjustment: the difference a recomputation found below a confirmed amount, proposed with its reason (never a silent shrink).</summary>
public enum LedgerEntryKind { Accrual, Escalation, OnTermination, Reversal, Adjustment }

/// <summary>
/// One line of the penalty ledger. The engine computes it (keyed by clause and trigger, so computing again yields the
/// same line); the ledger posts it once it is final and thereafter changes it only by adjustments, each a posting of its
/// own with its cause. <see cref="Amount"/> is the original posting (or the accrual so far, for a line not posted);
/// <see cref="Net"/> adds the adjustments.
/// </summary>
public sealed record LedgerEntry(
    string Id,
    string ClauseId,
    string? ObligationId,
    decimal Amount,
    LedgerStatus Status,
    LedgerEntryKind Kind,
    ObligationParty Payer,
    string Basis,
    DateTimeOffset ProposedAt,
    DateTimeOffset? DisputeWindowEndsAt,
    decimal? RangeMin,
    decimal? RangeMax,
    bool Final)
{
    /// <summary>When the amount stopped growing (met, filled, capped, paid); null while it accrues.</summary>
    public DateTimeOffset? FinalAt { get; init; }
    /// <summary>When the ledger posted the line (server time); null while it is only computed.</summary>
    public DateTimeOffset? PostedAt { get; init; }
    /// <summary>The fact or decision whose recording posted it ("time" when it became final by time alone).</summary>
    public string? Cause { get; init; }
    /// <summary>The institution's claim notice (索赔通知), from which a claim window counts (C1: 7 days).</summary>
    public DateTimeOffset? ClaimNoticeAt { get; init; }
    /// <summary>Who may confirm the line now: institution or vendor (DOMAIN.md §2, per contract and clause).</summary>
    public string? ConfirmedBy { get; init; }
    public ImmutableArray<LedgerAdjustment> Adjustments { get; init; } = [];
    /// <summary>Accrued beyond what was posted, as of the view's instant (a line confirmed while it still grew).</summary>
    public decimal Accruing { get; init; }
    /// <summary>The original and every adjustment.</summary>
    public decimal Net { get; init; }
    /// <summary>The statement month (yyyy-MM) the original posting is booked in.</summary>
    public string? Period { get; init; }
}

/// <summary>A change to a posted line, posted when the fact that caused it was recorded; it needs confirming like any entry.</summary>
public sealed record LedgerAdjustment(string Id, decimal Amount, LedgerStatus Status, DateTimeOffset PostedAt, string Cause, string Basis)
{
    public string? ConfirmedBy { get; init; }
    public string? Period { get; init; }
}

/// <summary>
/// The ledger's sums (penalties the vendor owes unless named otherwise): by status, what the institution owes, and
/// gross (original postings) against net (with adjustments), waived entries left out of both.
/// </summary>
public sealed record LedgerTotals(decimal Proposed, decimal Confirmed, decimal Disputed, decimal Waived, decimal OwedByClient)
{
    public decimal Accruing { get; init; }
    public decimal Gross { get; init; }
    public decimal Net { get; init; }
}

public sealed record TerminationRight(string ClauseId, string Basis, DateTimeOffset Since);

public enum PaymentStatus { Scheduled, AwaitingInvoice, Due, Overdue, Paid }

public sealed record PaymentView(
    string Id,
    string Label,
    decimal Gross,
    DateTimeOffset? DueAt,
    PaymentStatus Status,
    decimal Deductions,
    decimal Net,
    decimal Paid,
    bool Provisional,
    ImmutableArray<string> UnmetConditions);

/// <summary>C5: verified charges against the estimate and how the overrun splits.</summary>
public sealed record UsageSummary(
    decimal Charges,
    decimal Estimate,
    decimal Payable,
    decimal BorneByVendor,
    decimal NeedsSupplementalAgreement,
    ImmutableArray<UsageMonth> Months)
{
    /// <summary>The most the payments may add up to: the estimate plus what supplemental agreements settled.</summary>
    public decimal Cap { get; init; } = Estimate;
}

public sealed record UsageMonth(string Month, long Online, long Phone, decimal Charges);

public sealed record ChangeBudgetUse(decimal FreePersonDays, decimal Used, decimal Beyond);

/// <summary>Everything the engine knows about a contract at one instant.</summary>
public sealed record ContractEvaluation(
    DateTimeOffset AsOf,
    ImmutableArray<ObligationInstance> Obligations,
    ImmutableArray<LedgerEntry> Ledger,
    LedgerTotals Totals,
    ImmutableArray<TerminationRight> TerminationRights,
    ImmutableArray<PaymentView> Payments,
    UsageSummary? Usage,
    ChangeBudgetUse? ChangeBudget)
{
    /// <summary>Every service-level period begun by the evaluation instant, with target, measured and met.</summary>
    public ImmutableArray<ServiceLevelPeriod> ServiceLevels { get; init; } = [];

    /// <summary>
    /// When the contract ended (a termination, or the end of the term's last day), once the evaluation instant is past
    /// it: no new instances, vendor lateness frozen there except for surviving duties and money owed (DOMAIN.md §2).
    /// </summary>
    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>Confirmed penalties no payment is left to absorb: the settlement line (a refund by the vendor) of the final statement.</summary>
    public Settlement? Settlement { get; init; }

    /// <summary>Cautions for both parties before they confirm, e.g. uncapped penalties past 30 % of the total (Civil Code art. 585).</summary>
    public ImmutableArray<EvaluationWarning> Warnings { get; init; } = [];
}

/// <summary>What the vendor owes back once the payments are exhausted, and why.</summary>
public sealed record Settlement(decimal OwedByVendor, string Basis);
