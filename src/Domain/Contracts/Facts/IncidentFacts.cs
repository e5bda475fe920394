namespace VendorGrid.Domain.Contracts.Facts;

/// <summary>An incident reported to the vendor: its response clocks start at <see cref="ContractFact.OccurredAt"/>.</summary>
public sealed record IncidentOpened : ContractFact
{
    public required string IncidentId { get; init; }
    /// <summary>normal | major | emergency</summary>
    public required string Severity { get; init; }
    public string? Campus { get; init; }
    public string? Summary { get; init; }
    protected override string Discriminator => FactTypes.IncidentOpened;
}

/// <summary>A step of an incident (responded, escalated-onsite, onsite, restored, closed, or one the contract's clocks name).</summary>
public sealed record IncidentStepRecorded : ContractFact
{
    public required string IncidentId { get; init; }
    public required string Name { get; init; }
    protected override string Discriminator => FactTypes.IncidentEvent;
}
