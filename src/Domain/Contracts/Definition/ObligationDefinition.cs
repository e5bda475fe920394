using System.Collections.Immutable;

namespace VendorGrid.Domain.Contracts.Definition;

/// <summary>Who owes the obligation: the vendor (乙方) or the institution (甲方, e.g. review or pay).</summary>
public enum ObligationParty { Vendor, Client }

/// <summary>The shapes of DOMAIN.md §3. Each kind reads its own block of <see cref="ObligationDefinition"/>.</summary>
public enum ObligationKind
{
    /// <summary>Deliver within N (working) days of an event or by a date: <see cref="ObligationDefinition.Due"/>.</summary>
    OneOff,
    /// <summary>Every week / month / quarter / half-year / year: <see cref="ObligationDefinition.Recurrence"/>.</summary>
    Recurring,
    /// <summary>Within N days after each occurrence of a named activity: <see cref="ObligationDefinition.AfterEach"/>.</summary>
    AfterEach,
    /// <summary>At least N occurrences of an activity per period: <see cref="ObligationDefinition.Minimum"/>.</summary>
    CountedMinimum,
    /// <summary>The client reviews each submission of another obligation; silence means deemed approval.</summary>
    Review,
    /// <summary>Notice given N days before an anchor (expiry, renewal talks, exit) — a one-off with <c>before</c>.</summary>
    Notice,
    /// <summary>No deadline; breached only by a recorded occurrence (confidentiality, no subcontracting...).</summary>
    Standing,
    /// <summary>Response clocks for incidents; evaluated by the incident engine.</summary>
    ResponseClock,
    /// <summary>A ratio over a period (availability ≥ 99.5 %); evaluated from reported figures.</summary>
    ServiceLevel,
}

/// <summary>One obligation clause. Exactly the block that matches <see cref="Kind"/> is set.</summary>
public sealed record ObligationDefinition : IClause
{
    public required string Id { get; init; }
    public required string Article { get; init; }
    public required string Summary { get; init; }
    /// <summary>The contract's own sentence(s) for this clause, quoted (optional, at most 2,000 characters), shown where an amount is explained.</summary>
    public string? Text { get; init; }
    public required string Title { get; init; }
    public ObligationParty Party { get; init; } = ObligationParty.Vendor;
    public required ObligationKind Kind { get; init; }
    /// <summary>Instances exist only once the anchor has happened (an address change, a termination).</summary>
    public bool Conditional { get; init; }
    /// <summary>
    /// The duty outlives the contract's end (confidentiality, data deletion, claims): its instances still arise and their
    /// lateness keeps growing after a termination or the term's end. Duties due after the end survive without it.
    /// </summary>
    public bool SurvivesEnd { get; init; }
    public DueRule? Due { get; init; }
    public Recurrence? Recurrence { get; init; }
    public AfterEachRule? AfterEach { get; init; }
    public MinimumRule? Minimum { get; init; }
    public ReviewRule? Review { get; init; }
    public ImmutableArray<ResponseClockRule> Clocks { get; init; } = [];
    public ServiceLevelRule? ServiceLevel { get; init; }
    /// <summary>
    /// Documents that make up the deliverable (acceptance checklists). Each is also an instance of its own,
    /// <c>{id}@document-{n}</c> (n from 1, as the contract numbers them), submitted and reviewed on its own.
    /// </summary>
    public ImmutableArray<string> Documents { get; init; } = [];
    /// <summary>How the institution scores each period of a monthly client obligation (C1's evaluation).</summary>
    public Scorecard? Scorecard { get; init; }
    /// <summary>How long the counterparty has to answer a report that this clause was met, before it is deemed acknowledged.</summary>
    public Span? AcknowledgeWithin { get; init; }
    /// <summary>Drafts only: the sentence of the contract text this obligation was read from.</summary>
    public SourceSpan? Source { get; init; }
    public DraftConfidence? Confidence { get; init; }
}

/// <summary>Due <see cref="Within"/> after each recorded occurrence of <see cref="Activity"/> (e.g. each 巡检).</summary>
public sealed record AfterEachRule
{
    public required string Activity { get; init; }
    /// <summary>Required unless <see cref="Immediately"/>; with it, the limit the institution set for 立即.</summary>
    public Span? Within { get; init; }
    /// <summary>立即 after each occurrence (C5 3.2.2 发现故障应立即向甲方报告): no due instant until the institution sets <see cref="Within"/>.</summary>
    public bool Immediately { get; init; }
}

/// <summary>At least <see cref="Count"/> occurrences of <see cref="Activity"/> in each period.</summary>
public sealed record MinimumRule
{
    public required string Activity { get; init; }
    public required int Count { get; init; }
    public required Frequency Per { get; init; }
    public PeriodAlignment Align { get; init; } = PeriodAlignment.ServicePeriod;
    /// <summary>
    /// Periods count from this anchor instead of the term's start (C2 第三条1.1: trainings per year of the maintenance
    /// period, which starts at go-live); none exist before it. A period the term's end cuts short keeps its full count.
    /// </summary>
    public Anchor? From { get; init; }
    /// <summary>The occurrence-based penalty clause a period that ends short is an occurrence of.</summary>
    public string? PenaltyClause { get; init; }
}

/// <summary>
/// The client reviews each submission of <see cref="Of"/> within <see cref="Within"/>; with no objection by
/// then the submission is deemed approved (视为认可).
/// </summary>
public sealed record ReviewRule
{
    public required string Of { get; init; }
    public required Span Within { get; init; }
}

public enum ClockHours { Always, WorkingTime, OutsideWorkingTime }

/// <summary>One SLA clock: from an incident event to the event that stops it, within a duration.</summary>
public sealed record ResponseClockRule
{
    public required string Name { get; init; }
    /// <summary>opened | escalated-onsite | onsite ...: the incident event that starts the clock.</summary>
    public string From { get; init; } = "opened";
    /// <summary>responded | onsite | restored ...: the incident event that stops it.</summary>
    public required string Until { get; init; }
    public required Span Within { get; init; }
    /// <summary>Whether the clock applies to incidents opened in working time, outside it, or always (7×24).</summary>
    public ClockHours When { get; init; } = ClockHours.Always;
    /// <summary>Elapsed time counts only inside working hours.</summary>
    public bool CountsWorkingTimeOnly { get; init; }
    public ImmutableArray<string> Severities { get; init; } = [];
    /// <summary>The penalty clause a missed clock is an occurrence of.</summary>
    public string? PenaltyClause { get; init; }
    /// <summary>
    /// Another clock of the same clause that also starts this one when it runs out unmet (C2 4.3: not restored
    /// within 60 minutes is itself the escalation to on-site support), besides the <see cref="From"/> step.
    /// </summary>
    public string? StartsWhenMissed { get; init; }
    /// <summary>
    /// Another clock of the same clause that, met in time, makes this one moot (C2 1.5: on site within an hour
    /// *or* online support within 15 minutes); the clock then shows as waived and charges nothing.
    /// </summary>
    public string? ExcusedBy { get; init; }
}

public enum ServiceMetric { Availability, AnsweredInTime, ServiceLevel }

/// <summary>A ratio target over each period, e.g. phone availability ≥ 99.5 % per month.</summary>
public sealed record ServiceLevelRule
{
    public required ServiceMetric Metric { get; init; }
    public string? Channel { get; init; }
    public required decimal Target { get; init; }
    /// <summary>True when the figure must be strictly above the target (C5: 服务水平 &gt; 90 %).</summary>
    public bool Strict { get; init; }
    public Frequency Per { get; init; } = Frequency.Month;
    public string? PenaltyClause { get; init; }
}
