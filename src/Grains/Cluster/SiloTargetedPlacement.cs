using Orleans.Placement;
using Orleans.Runtime.Placement;

namespace VendorGrid.Grains.Cluster;

/// <summary>
/// Places a grain on the silo its string key names (Orleans' parsable address, ip:port@generation), and nowhere
/// else: a silo that is not (or no longer) in the cluster gets no activation at all.
/// </summary>
[GenerateSerializer, Immutable, SuppressReferenceTracking, Alias("vg.SiloTargetedPlacement")]
public sealed class SiloTargetedPlacement : PlacementStrategy
{
    public static readonly SiloTargetedPlacement Instance = new();
}

[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class SiloTargetedPlacementAttribute() : PlacementAttribute(SiloTargetedPlacement.Instance);

public sealed class SiloTargetedPlacementDirector : IPlacementDirector
{
    public Task<SiloAddress> OnAddActivation(PlacementStrategy strategy, PlacementTarget target, IPlacementContext context)
    {
        var wanted = target.GrainIdentity.Key.ToString();
        var silo = context.GetCompatibleSilos(target).FirstOrDefault(s => s.ToParsableString() == wanted);
        return silo is not null
            ? Task.FromResult(silo)
            : throw new SiloUnavailableException($"Silo {wanted} is not an active member of the cluster.");
    }
}

/// <summary>What a silo host does when asked to drain; the silo process registers one, test silos may not.</summary>
public interface ISiloDrain
{
    /// <summary>Starts a graceful stop of this process after the current call has answered.</summary>
    void Begin();
}
