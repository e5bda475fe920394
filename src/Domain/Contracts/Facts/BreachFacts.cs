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
