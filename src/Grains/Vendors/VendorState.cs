using System.Collections.Immutable;

namespace VendorGrid.Grains.Vendors;

/// <summary>Persisted state of <see cref="VendorGrain"/> (state name "vendor-state", storage "directory").</summary>
[GenerateSerializer, Alias("vg.VendorState")]
public sealed record VendorState
{
    /// <summary>Summaries keyed by contract grain key (<c>{institution}/{contract}</c>): ids repeat across institutions.</summary>
    [Id(0)] public ImmutableSortedDictionary<string, ContractSummary> Contracts { get; init; } =
        ImmutableSortedDictionary<string, ContractSummary>.Empty;

    /// <summary>Set when a platform admin onboards the vendor (issue 4); absent in state written before.</summary>
    [Id(1)] public PartyProfile? Profile { get; init; }

    /// <summary>Ids of the vendor's engineers (issue 6); each is an engineer grain keyed <c>{vendor}/{id}</c>.</summary>
    [Id(2)] public ImmutableSortedSet<string> Engineers { get; init; } = ImmutableSortedSet<string>.Empty.WithComparer(StringComparer.Ordinal);
}
