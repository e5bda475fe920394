using Microsoft.Extensions.DependencyInjection;

namespace VendorGrid.Grains.Cluster;

[SiloTargetedPlacement, GrainType("silo-control")]
public sealed class SiloControlGrain(IServiceProvider services) : Grain, ISiloControlGrain
{
    public Task<bool> DrainAsync()
    {
        if (services.GetService<ISiloDrain>() is not { } drain) return Task.FromResult(false);
        drain.Begin();
        return Task.FromResult(true);
    }
}
