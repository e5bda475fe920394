using System.Collections.Immutable;

namespace VendorGrid.Grains.Institutions;

/// <summary>Persisted state of <see cref="InstitutionGrain"/> (state name "institution-state", storage "directory").</summary>
[GenerateSerializer, Alias("vg.InstitutionState")]
public sealed record InstitutionState
{
    /// <summary>Summaries of this institution's contracts by contract id; bounded by the contracts it signs.</summary>
    [Id(0)] public ImmutableSortedDictionary<string, ContractSummary> Contracts { get; init; } =
        ImmutableSortedDictionary<string, ContractSummary>.Empty;
}
