using System.Collections.Immutable;

namespace VendorGrid.Grains;

/// <summary>One silo as a platform admin sees it: membership row plus what the silo reports about itself.</summary>
[GenerateSerializer, Alias("vg.SiloView")]
public sealed record SiloView
{
    /// <summary>Orleans' parsable silo address (ip:port@generation): the id the drain endpoint takes.</summary>
    [Id(0)] public string Address { get; init; } = "";
    [Id(1)] public string Name { get; init; } = "";
    [Id(2)] public string HostName { get; init; } = "";
    /// <summary>Joining, Active, ShuttingDown, Stopping (Dead silos are only counted).</summary>
    [Id(3)] public string Status { get; init; } = "";
    [Id(4)] public DateTimeOffset StartedAt { get; init; }
    [Id(5)] public DateTimeOffset LastAliveAt { get; init; }
    [Id(6)] public int ActivationCount { get; init; }
    /// <summary>Live activations per grain class on this silo.</summary>
    [Id(7)] public ImmutableSortedDictionary<string, int> ActivationsByGrainType { get; init; } = ImmutableSortedDictionary<string, int>.Empty;
    /// <summary>Process CPU in percent of one machine, when the silo's environment statistics report it.</summary>
    [Id(8)] public double? CpuPercent { get; init; }
    [Id(9)] public long? MemoryUsedBytes { get; init; }
    [Id(10)] public long? MemoryAvailableBytes { get; init; }
    [Id(11)] public long? MemoryTotalBytes { get; init; }
    [Id(12)] public long? ClientCount { get; init; }
    [Id(13)] public bool? IsOverloaded { get; init; }
}

[GenerateSerializer, Alias("vg.ClusterView")]
public sealed record ClusterView
{
    [Id(0)] public ImmutableArray<SiloView> Silos { get; init; } = [];
    /// <summary>Membership rows of silos that stopped or were declared dead (kept until Orleans prunes them).</summary>
    [Id(1)] public int DeadSilos { get; init; }
    [Id(2)] public int TotalActivations { get; init; }
}

public enum DrainOutcome { Started, UnknownSilo, LastActiveSilo }

/// <summary>
/// The cluster for platform admins (key <see cref="GrainKeys.Platform"/>): its silos with load, and drain — the
/// graceful shutdown of one silo. One activation, so two drains cannot both pass the "not the last silo" check.
/// </summary>
[Alias("vg.IClusterAdminGrain")]
public interface IClusterAdminGrain : IGrainWithStringKey
{
    [Alias("describe")]
    Task<ClusterView> DescribeAsync();

    /// <summary>Starts the graceful shutdown of the active silo at <paramref name="siloAddress"/>.</summary>
    [Alias("drain")]
    Task<DrainOutcome> DrainAsync(string siloAddress);
}

/// <summary>
/// A grain pinned to one silo, keyed by that silo's address (see SiloTargetedPlacement): it lets a caller anywhere
/// in the cluster ask that particular silo to stop gracefully.
/// </summary>
[Alias("vg.ISiloControlGrain")]
public interface ISiloControlGrain : IGrainWithStringKey
{
    /// <summary>Begins the host's graceful stop shortly after returning; false when this host cannot stop itself.</summary>
    [Alias("drain")]
    Task<bool> DrainAsync();
}
