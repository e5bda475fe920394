using System.Collections.Immutable;

namespace VendorGrid.Domain.Contracts.Definition;

/// <summary>What must be true before a payment can be claimed (付款条件).</summary>
public enum PaymentCondition { Invoice, Acceptance, NoBreach, FundsReceived, SummaryReport, UsageVerified, StableOperation }

/// <summary>
/// One installment. Its gross is fixed, or (usage contracts) the verified charges of
/// <see cref="UsageFrom"/>..<see cref="UsageTo"/>; it falls due by <see cref="Due"/>.
/// </summary>
public sealed record PaymentDefinition
{
    public required string Id { get; init; }
    public required string Label { get; init; }
    public string? Article { get; init; }
    /// <summary>The contract's own sentence(s) for this clause, quoted (optional, at most 2,000 characters), shown where an amount is explained.</summary>
    public string? Text { get; init; }
    public decimal? Amount { get; init; }
    public decimal? Share { get; init; }
    public required DueRule Due { get; init; }
    public ImmutableArray<PaymentCondition> Conditions { get; init; } = [];
    /// <summary>The invoice must arrive this long before the deadline, else the client may defer (C5: 5 working days).</summary>
    public Span? InvoiceLeadTime { get; init; }
    /// <summary>Usage months covered (inclusive, first day of each month); the gross is their verified charges.</summary>
    public DateOnly? UsageFrom { get; init; }
    public DateOnly? UsageTo { get; init; }
    /// <summary>Usage payments: the remainder of the verified year up to the payable cap.</summary>
    public bool Balance { get; init; }
    /// <summary>Drafts only: the sentence of the contract text this payment was read from.</summary>
    public SourceSpan? Source { get; init; }
    public DraftConfidence? Confidence { get; init; }
}

/// <summary>Usage-priced contracts (C5): unit prices per channel and the overrun rule against the estimate.</summary>
public sealed record UsageTerms
{
    public required decimal Estimate { get; init; }
    public required ImmutableArray<UsagePrice> Prices { get; init; }
    /// <summary>Charges above the estimate up to this share of it are borne by the vendor (C5: 1 %).</summary>
    public decimal VendorBorneOverrunRate { get; init; } = 0.01m;
    public string? Article { get; init; }
}

public sealed record UsagePrice
{
    /// <summary>online | phone: the channel a verified count is reported for.</summary>
    public required string Channel { get; init; }
    public required decimal UnitPrice { get; init; }
}

/// <summary>Small changes free up to a number of person-days; beyond that, priced separately (C3: 20).</summary>
public sealed record ChangeBudget
{
    public required decimal FreePersonDays { get; init; }
    public string? Article { get; init; }
}

/// <summary>A staffing rule for a role (C1: 客服及医生助理 ≥ 10); detailed checks live with the engineer grains.</summary>
public sealed record StaffingRequirement
{
    public required string Role { get; init; }
    public required string Title { get; init; }
    public string? Article { get; init; }
    public required int Minimum { get; init; }
    public ImmutableArray<QualificationRule> Qualified { get; init; } = [];
    public int? OnsiteDaysPerWeek { get; init; }
    public Span? OnSiteWithin { get; init; }
    public Span? RefillWithin { get; init; }
    public Span? ReplacementWithin { get; init; }
    public Span? ChangeNotice { get; init; }
    public bool ChangeNeedsConsent { get; init; }
    /// <summary>The after-each obligation a replacement demand for this role opens (C2: c2-engineer-replacement).</summary>
    public string? ReplacementObligation { get; init; }
    /// <summary>The lateness clause that charges a replacement made late (C2 第八条第4款 逾期履行).</summary>
    public string? ReplacementPenalty { get; init; }
    /// <summary>The counted-minimum activity each day someone holding this role is on site counts as (C1: promoter-onsite-day).</summary>
    public string? OnsiteActivity { get; init; }
    /// <summary>The one-off obligation met when this role and every other role naming it first reach their minimum (C1: c1-staff-onsite-start).</summary>
    public string? StartObligation { get; init; }
    /// <summary>The notice obligation a vendor's change of this role's staff falls under; the change is its event, the notice meets it (C1: c1-onsite-replacement-notice).</summary>
    public string? ChangeNoticeObligation { get; init; }
}

/// <summary>At least <see cref="Count"/> people of the role must hold these qualifications.</summary>
public sealed record QualificationRule
{
    public required int Count { get; init; }
    public int? MinYears { get; init; }
    public string? Education { get; init; }
    public ImmutableArray<string> Certificates { get; init; } = [];
}
