namespace VendorGrid.Grains;

/// <summary>
/// One contract id across the whole platform, keyed by the id itself: the institution that created a contract under it
/// holds it, so no two contracts share an id anywhere (a vendor's list, the platform admin's) and an id can never show
/// another institution's contract.
/// </summary>
[Alias("vg.IContractIdGrain")]
public interface IContractIdGrain : IGrainWithStringKey
{
    /// <summary>True when the id was free or already this institution's (a repeat); false when another institution holds it.</summary>
    [Alias("claim")]
    Task<bool> ClaimAsync(string institutionId);
}
