using System.Collections.Immutable;

namespace VendorGrid.Grains.Cluster;

/// <summary>Assembles the cluster view from Orleans' management grain, and drains silos one at a time.</summary>
[GrainType("cluster-admin")]
public sealed class ClusterAdminGrain : Grain, IClusterAdminGrain
{
    /// <summary>
    /// Silos this activation has asked to drain. Their membership row still says Active for the moment between
    /// the request and the start of their shutdown, and must not count as "another active silo" meanwhile.
    /// </summary>
    private readonly HashSet<SiloAddress> draining = [];

    private IManagementGrain Management => GrainFactory.GetGrain<IManagementGrain>(0);

    public async Task<ClusterView> DescribeAsync()
    {
        var members = await Management.GetDetailedHosts(onlyActive: false);
        var live = members.Where(m => m.Status != SiloStatus.Dead).OrderBy(m => m.StartTime).ToArray();
        var reachable = live.Where(m => m.Status == SiloStatus.Active).Select(m => m.SiloAddress).ToArray();
        // Both calls fan out to every listed silo; a silo that vanished meanwhile simply shows no numbers.
        var runtime = await TryAsync(() => Management.GetRuntimeStatistics(reachable));
        var grains = await TryAsync(() => Management.GetSimpleGrainStatistics(reachable)) ?? [];
        var silos = live.Select(member =>
        {
            var index = Array.IndexOf(reachable, member.SiloAddress);
            var stats = runtime is not null && index >= 0 ? runtime[index] : null;
            var byType = grains.Where(g => g.SiloAddress.Equals(member.SiloAddress))
                .GroupBy(g => g.GrainType).ToImmutableSortedDictionary(g => g.Key, g => g.Sum(x => x.ActivationCount));
            return new SiloView
            {
                Address = member.SiloAddress.ToParsableString(),
                Name = member.SiloName ?? "",
                HostName = member.HostName ?? "",
                Status = member.Status.ToString(),
                StartedAt = new DateTimeOffset(DateTime.SpecifyKind(member.StartTime, DateTimeKind.Utc)),
                LastAliveAt = new DateTimeOffset(DateTime.SpecifyKind(member.IAmAliveTime, DateTimeKind.Utc)),
                ActivationCount = stats?.ActivationCount ?? byType.Values.Sum(),
                ActivationsByGrainType = byType,
                CpuPercent = stats?.EnvironmentStatistics.FilteredCpuUsagePercentage is { } cpu and >= 0 ? Math.Round(cpu, 1) : null,
                MemoryUsedBytes = stats?.EnvironmentStatistics.FilteredMemoryUsageBytes,
                MemoryAvailableBytes = stats?.EnvironmentStatistics.FilteredAvailableMemoryBytes,
                MemoryTotalBytes = stats?.EnvironmentStatistics.MaximumAvailableMemoryBytes,
                ClientCount = stats?.ClientCount,
                IsOverloaded = stats?.IsOverloaded,
            };
        }).ToImmutableArray();
        return new ClusterView
        {
            Silos = silos,
            DeadSilos = members.Length - live.Length,
            TotalActivations = silos.Sum(s => s.ActivationCount),
        };
    }

    public async Task<DrainOutcome> DrainAsync(string siloAddress)
    {
        SiloAddress target;
        try { target = SiloAddress.FromParsableString(siloAddress); }
        catch (Exception e) when (e is FormatException or ArgumentException or IndexOutOfRangeException or OverflowException)
        {
            return DrainOutcome.UnknownSilo;
        }
        var active = (await Management.GetHosts(onlyActive: true))
            .Where(h => h.Value == SiloStatus.Active).Select(h => h.Key).ToHashSet();
        draining.IntersectWith(active);
        if (!active.Contains(target) || draining.Contains(target)) return DrainOutcome.UnknownSilo;
        if (active.Count - draining.Count <= 1) return DrainOutcome.LastActiveSilo;
        draining.Add(target);
        if (!await GrainFactory.GetGrain<ISiloControlGrain>(target.ToParsableString()).DrainAsync())
        {
            draining.Remove(target);
            throw new NotSupportedException($"Silo {siloAddress} runs without a drain hook (a test host?).");
        }
        return DrainOutcome.Started;
    }

    private static async Task<T?> TryAsync<T>(Func<Task<T>> call) where T : class
    {
        try { return await call(); }
        catch (Exception e) when (e is SiloUnavailableException or OrleansException or TimeoutException) { return null; }
    }
}
