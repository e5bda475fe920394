using System.Collections.Immutable;

namespace VendorGrid.Domain.Contracts.Definition;

/// <summary>The formula of a 违约金 clause (DOMAIN.md §3, penalty shapes).</summary>
public enum PenaltyShape
{
    /// <summary>Amount × days late (or days reported by an occurrence); capped; may escalate.</summary>
    PerDay,
    /// <summary>Amount × completed periods of <see cref="PenaltyDefinition.Period"/> (每N天), capped.</summary>
    PerPeriod,
    /// <summary>Amount × count of occurrences (× people when <see cref="PenaltyDefinition.PerPerson"/>).</summary>
    PerOccurrence,
    /// <summary>Amount × people × days a vacancy stays open after its grace.</summary>
    PerPersonDay,
    /// <summary>The institution picks an amount between <see cref="PenaltyDefinition.Min"/> and Max; the minimum is proposed.</summary>
    Range,
    /// <summary>A base amount per occurrence plus an amount per completed step beyond a threshold.</summary>
    DurationTiered,
    /// <summary>A daily rate on money the client owes, capped, starting only after its preconditions.</summary>
    Interest,
    /// <summary>No money: the clause only raises a termination right.</summary>
    TerminationRight,
    /// <summary>Costs as incurred: each occurrence carries its own amount (C2 第八条第5款 处置费用).</summary>
    Incurred,
}

/// <summary>What makes a clause accrue.</summary>
public enum PenaltyTrigger
{
    /// <summary>Lateness of the obligations listed in <see cref="PenaltyDefinition.Obligations"/>.</summary>
    Late,
    /// <summary>An <c>occurrence</c> fact naming this clause.</summary>
    Occurrence,
    /// <summary>Vacancy facts for the roles listed in <see cref="PenaltyDefinition.Roles"/>.</summary>
    Vacancy,
    /// <summary>Outage facts caused by the vendor.</summary>
    Outage,
    /// <summary>The client's lateness on the payments listed in <see cref="PenaltyDefinition.Payments"/>.</summary>
    PaymentLate,
    /// <summary>A force-majeure event lasting at least <see cref="PenaltyDefinition.Threshold"/> (C1 第十条第2款: 120 days or more).</summary>
    ForceMajeure,
}

/// <summary>
/// The base a percentage is taken of (DOMAIN.md §2: the contract total unless the clause names another). PaidAmount is
/// what was paid by the trigger; UnearnedPayments what was paid by then beyond the pro-rata share of the total for the
/// days served (C2 第四条第3款「按实际运维时间按比例进行结算」, 第八条第10款「已支付但未履行期间的费用」).
/// </summary>
public enum AmountBase { ContractTotal, LineItem, UnpaidAmount, PaidAmount, Estimate, UnearnedPayments }

/// <summary>A fixed amount, or a rate of a base.</summary>
public sealed record AmountRule
{
    public decimal? Amount { get; init; }
    public decimal? Rate { get; init; }
    public AmountBase Base { get; init; } = AmountBase.ContractTotal;
    /// <summary>The line item for <see cref="AmountBase.LineItem"/>; otherwise the occurrence names it.</summary>
    public string? LineItem { get; init; }
}

/// <summary>
/// A cap applies to the whole clause for the contract (DOMAIN.md §2), to each trigger separately, or to all triggers
/// naming the same line item (C3 9.1「但最多不超过5%」 of the delayed item's amount).
/// </summary>
public enum CapScope { Clause, Trigger, LineItem }

public sealed record CapRule
{
    public decimal? Amount { get; init; }
    public decimal? Rate { get; init; }
    public AmountBase Base { get; init; } = AmountBase.ContractTotal;
    public CapScope Scope { get; init; } = CapScope.Clause;
}

/// <summary>Whether an escalation's one-time amount comes on top of the accruals or replaces them.</summary>
public enum EscalationMode { Additive, Superseding }

/// <summary>
/// What happens when the cap is reached or late days accumulate to a count: a one-time amount, a termination
/// right, and possibly an amount due only if the institution terminates (C1 第八条第13款: 30 %).
/// </summary>
public sealed record EscalationRule
{
    public bool AtCap { get; init; }
    /// <summary>Late days summed over every trigger of the clause (C2 第八条第4款: 累计达到10日).</summary>
    public int? AtLateDays { get; init; }
    public AmountRule? OneTime { get; init; }
    public bool TerminationRight { get; init; }
    public EscalationMode Mode { get; init; } = EscalationMode.Additive;
}

/// <summary>Partial periods of a 每N天 step count down (floor, the default) or up (不足N按N计).</summary>
public enum PartialPeriod { Floor, Ceiling }

public enum DayBasis { CalendarDays, WorkingDays }

/// <summary>Conditions before interest on money owed starts (C2: two written reminders a week apart).</summary>
public sealed record InterestPreconditions
{
    public int Reminders { get; init; }
    public Span? MinimumGap { get; init; }
    /// <summary>Interest starts only this long after the payment fell due (C3: 30 days after acceptance).</summary>
    public Span? StartsAfterDue { get; init; }
}

/// <summary>One penalty clause. Which fields matter depends on <see cref="Shape"/>; the validator checks them.</summary>
public sealed record PenaltyDefinition : IClause
{
    public required string Id { get; init; }
    public required string Article { get; init; }
    public required string Summary { get; init; }
    /// <summary>The contract's own sentence(s) for this clause, quoted (optional, at most 2,000 characters), shown where an amount is explained.</summary>
    public string? Text { get; init; }
    /// <summary>Who pays: the vendor (most clauses) or the client (interest on late payment).</summary>
    public ObligationParty Payer { get; init; } = ObligationParty.Vendor;
    public required PenaltyShape Shape { get; init; }
    public PenaltyTrigger Trigger { get; init; } = PenaltyTrigger.Occurrence;
    public ImmutableArray<string> Obligations { get; init; } = [];
    public ImmutableArray<string> Roles { get; init; } = [];
    public ImmutableArray<string> Payments { get; init; } = [];
    /// <summary>The unit amount: per day, per period, per occurrence, per person-day, per step.</summary>
    public AmountRule? Amount { get; init; }
    public bool PerPerson { get; init; }
    public Span? Period { get; init; }
    public PartialPeriod Partial { get; init; } = PartialPeriod.Floor;
    public DayBasis DayBasis { get; init; } = DayBasis.CalendarDays;
    /// <summary>Late days before accrual starts (C1 vacancy: 1 working day).</summary>
    public Span? Grace { get; init; }
    /// <summary>
    /// Accrual stops after this many days of each trigger (C2 第八条第5款: storage is charged until the items are deemed
    /// abandoned after 15 days).
    /// </summary>
    public Span? AccruesFor { get; init; }
    public CapRule? Cap { get; init; }
    public EscalationRule? Escalation { get; init; }
    public AmountRule? Min { get; init; }
    public AmountRule? Max { get; init; }
    /// <summary>Duration-tiered: extra steps count only beyond this duration (24 h).</summary>
    public Span? Threshold { get; init; }
    public Span? Step { get; init; }
    public AmountRule? PerStep { get; init; }
    public InterestPreconditions? Preconditions { get; init; }
    /// <summary>
    /// The clause charges (and gives its termination right) only when a rectification period the institution set with
    /// an objection ends unrectified, once per objection (C2 第八条第2款、第3款「未在合理期限内整改的」, C1 第八条第2款, C5 8.2).
    /// Missed clocks, short periods and failed service levels naming the clause are grounds for an objection, not charges.
    /// </summary>
    public bool RectificationFirst { get; init; }
    /// <summary>
    /// Another occurrence clause whose occurrences (or objections) also charge this one: one event, two amounts (C2
    /// 第八条第10款 the refund beside the 10 %, C1 第八条第2款 the refund of all paid beside the 10 %).
    /// </summary>
    public string? Alongside { get; init; }
    /// <summary>Any accrual under the clause gives the institution a right to terminate.</summary>
    public bool TerminationRight { get; init; }
    /// <summary>Due only when the institution terminates on this clause's basis (e.g. 30 % of the total).</summary>
    public AmountRule? OnTermination { get; init; }
    /// <summary>This clause's own confirmation rule, overriding the contract's.</summary>
    public ConfirmationRule? Confirmation { get; init; }
    /// <summary>Drafts only: the sentences of the contract text this clause was read from.</summary>
    public SourceSpan? Source { get; init; }
    public DraftConfidence? Confidence { get; init; }
}
