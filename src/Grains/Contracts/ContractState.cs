namespace VendorGrid.Grains.Contracts;

/// <summary>
/// Persisted state of <see cref="ContractGrain"/> (state name "contract-state", storage "contracts").
/// Ids are never reused or reordered; the golden-payload test guards the stored bytes.
/// </summary>
[GenerateSerializer, Alias("vg.ContractState")]
public sealed record ContractState
{
    /// <summary>The definition exactly as created (the seed JSON); the contract engine parses it.</summary>
    [Id(0)] public string? DefinitionJson { get; init; }
    [Id(1)] public ContractSummary? Summary { get; init; }
}
