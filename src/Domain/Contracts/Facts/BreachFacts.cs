namespace VendorGrid.Domain.Contracts.Facts;

/// <summary>
/// One breach of an occurrence-based penalty clause (<see cref="ClauseId"/>): counted, per person, for some days, or
/// naming the annex line item whose amount is the base (C3 9.1).
/// </summary>
public sealed record BreachOccurred : ContractFact
{
    public required string ClauseId { get; init; }
    public string? ObligationId { get; init; }
    public int? Count { get; init; }
    public int? People { get; init; }
    public int? Days { get; init; }
    public string? LineItemId { get; init; }
    /// <summary>The costs as incurred, for a clause that charges them (shape incurred).</summary>
    public decimal? Amount { get; init; }
    public string? Reason { get; init; }
    protected override string Discriminator => FactTypes.Occurrence;
}

/// <summary>Seats of a staffing role left empty (recorded, or derived from assignments by the platform).</summary>
public sealed record VacancyOpened : ContractFact
{
    public required string Role { get; init; }
    public required int People { get; init; }
    protected override string Discriminator => FactTypes.VacancyOpened;
}

/// <summary>Seats of a role filled again; vacancies are filled first-in, first-out.</summary>
public sealed record VacancyFilled : ContractFact
{
    public required string Role { get; init; }
    public required int People { get; init; }
    protected override string Discriminator => FactTypes.VacancyFilled;
}

/// <summary>A service outage between two instants; only one the vendor caused is charged.</summary>
public sealed record OutageRecorded : ContractFact
{
    public required DateTimeOffset StartedAt { get; init; }
    public required DateTimeOffset EndedAt { get; init; }
    public required bool VendorCaused { get; init; }
    /// <summary>phone | online: the channel the outage took down (C5).</summary>
    public string? Channel { get; init; }
    protected override string Discriminator => FactTypes.Outage;
}

/// <summary>The institution terminates the contract on a clause (which may make an on-termination amount due).</summary>
public sealed record ContractTerminated : ContractFact
{
    public required string ClauseId { get; init; }
    public string? Reason { get; init; }
    protected override string Discriminator => FactTypes.Terminated;
}

/// <summary>
/// The institution objects (异议) under a rectification-first clause and sets the period to rectify (整改期限,
/// <see cref="RectifyBy"/>): the clause charges, once per objection, only if that period ends unrectified (C2 第八条第2款、第3款).
/// </summary>
public sealed record RectificationRequested : ContractFact
{
    public required string ClauseId { get; init; }
    public required DateTimeOffset RectifyBy { get; init; }
    /// <summary>The obligation instance, or the annex line item whose amount is the base, the objection is about.</summary>
    public string? ObligationId { get; init; }
    public string? LineItemId { get; init; }
    public string? Reason { get; init; }
    protected override string Discriminator => FactTypes.RectificationRequested;
}

/// <summary>The defect an objection named was rectified (<see cref="ObjectionId"/>); in time when it occurred by the objection's rectifyBy.</summary>
public sealed record Rectified : ContractFact
{
    public required string ObjectionId { get; init; }
    public string? Note { get; init; }
    protected override string Discriminator => FactTypes.Rectified;
}

/// <summary>
/// A force-majeure event (<see cref="EndedAt"/> unknown while it lasts): the deadlines of <see cref="AffectedObligations"/>
/// (absent: every dated obligation) move by its duration; it is also the <c>force-majeure</c> anchor of the notice and proof duties.
/// </summary>
public sealed record ForceMajeureOccurred : ContractFact
{
    public required DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? EndedAt { get; init; }
    public System.Collections.Immutable.ImmutableArray<string>? AffectedObligations { get; init; }
    public string? Reason { get; init; }
    protected override string Discriminator => FactTypes.ForceMajeure;
}
