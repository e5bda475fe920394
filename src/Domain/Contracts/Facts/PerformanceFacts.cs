using System.Collections.Immutable;

namespace VendorGrid.Domain.Contracts.Facts;

/// <summary>An obligation instance performed (a deliverable submitted, a duty done); the last one before an objection counts.</summary>
public sealed record ObligationMet : ContractFact
{
    public required string ObligationId { get; init; }
    /// <summary>A remark with a checklist submission.</summary>
    public string? Note { get; init; }
    protected override string Discriminator => FactTypes.ObligationMet;
}

/// <summary>The institution's answer to a submitted deliverable: approved, or an objection that reopens it.</summary>
public sealed record DeliverableReviewed : ContractFact
{
    public required string ObligationId { get; init; }
    /// <summary>approved | objection</summary>
    public required string Outcome { get; init; }
    public string? Reason { get; init; }
    protected override string Discriminator => FactTypes.DeliverableReviewed;
}

/// <summary>Acceptance passed (验收合格): starts the payment clocks that count from acceptance.</summary>
public sealed record AcceptancePassed : ContractFact
{
    public string? Note { get; init; }
    protected override string Discriminator => FactTypes.Accepted;
}

/// <summary>The institution releases the vendor from one obligation instance.</summary>
public sealed record ObligationWaived : ContractFact
{
    public required string ObligationId { get; init; }
    public required string Reason { get; init; }
    protected override string Discriminator => FactTypes.ObligationWaived;
}

/// <summary>
/// A named event of the contract: an activity done (inspection, training, go-live...) or one that starts a deadline
/// (a replacement demanded: <see cref="Role"/> and the <see cref="Engineer"/> to replace).
/// </summary>
public sealed record MilestoneReached : ContractFact
{
    public required string Name { get; init; }
    public string? Role { get; init; }
    public string? Engineer { get; init; }
    public string? Reason { get; init; }
    protected override string Discriminator => FactTypes.Milestone;
}

/// <summary>A change request against the contract's free change budget (C3: 20 person-days).</summary>
public sealed record ChangeRequested : ContractFact
{
    public required decimal PersonDays { get; init; }
    public string? Note { get; init; }
    protected override string Discriminator => FactTypes.ChangeRequested;
}

/// <summary>Counts for one month of a counted service-level clause (named in <see cref="ObligationId"/>).</summary>
public sealed record ServiceLevelReported : ContractFact
{
    public required string ObligationId { get; init; }
    /// <summary>yyyy-MM</summary>
    public required string Month { get; init; }
    public required long Achieved { get; init; }
    public required long OutOf { get; init; }
    /// <summary>phone | online</summary>
    public string? Channel { get; init; }
    protected override string Discriminator => FactTypes.ServiceLevelReported;
}

/// <summary>
/// The institution's score for one month of a scorecard obligation (<see cref="ObligationId"/> = that month's instance):
/// meets the instance; a total below the pass mark is an occurrence of the scorecard's penalty clause.
/// </summary>
public sealed record EvaluationRecorded : ContractFact
{
    public required string ObligationId { get; init; }
    /// <summary>yyyy-MM</summary>
    public required string Month { get; init; }
    public required ImmutableSortedDictionary<string, decimal> Scores { get; init; }
    public string? Note { get; init; }
    protected override string Discriminator => FactTypes.EvaluationRecorded;
}
