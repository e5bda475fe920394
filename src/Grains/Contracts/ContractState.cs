namespace VendorGrid.Grains.Contracts;

/// <summary>
/// Persisted state of <see cref="ContractGrain"/> (state name "contract-state", storage "contracts"): small and
/// bounded. The definition and the facts live in the append-only history tables (IContractHistory).
/// Ids are never reused or reordered; the golden-payload test guards the stored bytes.
/// </summary>
[GenerateSerializer, Alias("vg.ContractState")]
public sealed record ContractState
{
    /// <summary>Contracts created before the history tables kept their definition here; new ones leave it null.</summary>
    [Id(0)] public string? DefinitionJson { get; init; }
    [Id(1)] public ContractSummary? Summary { get; init; }
    /// <summary>Version of the definition in vg.contract_definitions.</summary>
    [Id(2)] public int DefinitionVersion { get; init; }
}
