using System.Collections.Immutable;

namespace VendorGrid.Grains.Platform;

/// <summary>Persisted state of <see cref="PlatformDirectoryGrain"/> (state name "platform-directory-state", storage "directory").</summary>
[GenerateSerializer, Alias("vg.PlatformDirectoryState")]
public sealed record PlatformDirectoryState
{
    [Id(0)] public ImmutableSortedDictionary<string, PartyRef> Institutions { get; init; } =
        ImmutableSortedDictionary<string, PartyRef>.Empty;

    /// <summary>Profiles of onboarded institutions (issue 4), by id; absent in state written before.</summary>
    [Id(1)] public ImmutableSortedDictionary<string, PartyProfile> Profiles { get; init; } =
        ImmutableSortedDictionary<string, PartyProfile>.Empty;
}
