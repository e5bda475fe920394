using System.Collections.Immutable;

namespace VendorGrid.Grains.Engineers;

/// <summary>
/// Persisted state of <see cref="EngineerGrain"/> (state "engineer-state", storage "directory"). The profile is kept as the
/// API's JSON, like a contract's definition, so the pure Domain record needs no Orleans attributes.
/// </summary>
[GenerateSerializer, Alias("vg.EngineerState")]
public sealed record EngineerState
{
    [Id(0)] public string? ProfileJson { get; init; }
    [Id(1)] public ImmutableArray<EngineerAssignment> Assignments { get; init; } = [];
}
