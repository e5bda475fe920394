using Orleans.Configuration;
using VendorGrid.Grains.Cluster;
using VendorGrid.Grains.Contracts;

namespace VendorGrid.Silo.Hosting;

/// <summary>Placement, activation collection, membership probes and the drain hook of a production silo.</summary>
public static class ScaleOutSiloBuilderExtensions
{
    public static ISiloBuilder UseVendorGridScaleOut(this ISiloBuilder silo, ScaleOutSettings settings)
    {
        // Orleans' default since 9.2, stated here on purpose: new activations go to the silo with the most spare
        // CPU and memory, so a silo that just joined (or rejoined after a crash) takes its share of new contracts.
        silo.Services.AddSingleton<PlacementStrategy, ResourceOptimizedPlacement>();
        silo.Configure<GrainCollectionOptions>(o =>
            o.ClassSpecificCollectionAge[typeof(ContractGrain).FullName!] = settings.ContractIdleAge);
        silo.Configure<ClusterMembershipOptions>(o =>
        {
            if (settings.ProbeTimeout is { } timeout) o.ProbeTimeout = timeout;
            if (settings.MissedProbesLimit is { } limit) o.NumMissedProbesLimit = limit;
        });
        silo.Services.AddSingleton<ISiloDrain, HostDrain>();
        return silo.AddSiloControl();
    }

    /// <summary>The placement that pins a silo's control grain to that silo; every silo of a cluster needs it.</summary>
    public static ISiloBuilder AddSiloControl(this ISiloBuilder silo)
    {
        silo.Services.AddPlacementDirector<SiloTargetedPlacement, SiloTargetedPlacementDirector>();
        return silo;
    }
}

/// <summary>
/// Drain = the host's graceful stop: Orleans marks the silo ShuttingDown, deactivates its grains (new calls are
/// rejected and re-placed on the other silos), turns its membership row Dead, and only then does the process exit.
/// </summary>
public sealed class HostDrain(IHostApplicationLifetime lifetime, ILogger<HostDrain> log) : ISiloDrain
{
    public void Begin()
    {
        log.LogWarning("Drain requested through the cluster admin API: stopping this silo gracefully");
        // After the current grain call has sent its answer; the stop itself takes as long as deactivation does.
        _ = Task.Delay(TimeSpan.FromMilliseconds(200)).ContinueWith(_ => lifetime.StopApplication(), TaskScheduler.Default);
    }
}
