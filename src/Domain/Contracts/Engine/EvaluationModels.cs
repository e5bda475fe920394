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

public enum LedgerStatus { Proposed, Confirmed, DeemedConfirmed, Disputed, Waived }

/// <summary>Adjustment: the difference a recomputation found below a confirmed amount, proposed with its reason (never a silent shrink).</summary>
public enum LedgerEntryKind { Accrual, Escalation, OnTermination, Reversal, Adjustment }

/// <summary>
/// A penalty the engine computed. Its id is derived from the clause and what triggered it, so evaluating
/// again yields the same entry; decisions (confirm, waive, dispute) are facts that refer to that id.
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
    bool Final);

public sealed record LedgerTotals(decimal Proposed, decimal Confirmed, decimal Disputed, decimal Waived, decimal OwedByClient);

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
