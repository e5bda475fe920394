namespace VendorGrid.Grains.Platform;

/// <summary>
/// Who used a platform-wide id in data written before <see cref="PlatformIdGrain"/> existed (contracts and engineers stored
/// by earlier versions), so the registry adopts that holder instead of giving the id to the next party that asks.
/// </summary>
public interface IIdsBeforeRegistry
{
    /// <summary>The earlier holder (the first in id order when several parties used the id), or null when nobody did.</summary>
    Task<string?> HolderAsync(string kind, string id, CancellationToken cancellationToken);
}
