namespace VendorGrid.Grains;

/// <summary>Namespaces of ids that are unique across the whole platform, whoever created them.</summary>
public static class PlatformIdKinds
{
    /// <summary>Contract ids: one institution's contract per id, so a vendor's list or the platform admin's never holds two.</summary>
    public const string Contract = "contract";

    /// <summary>Engineer ids: one vendor's engineer per id, so an institution or platform admin never sees another vendor's under it.</summary>
    public const string Engineer = "engineer";
}

/// <summary>
/// One id of a platform-wide namespace (<see cref="PlatformIdKinds"/>: contract ids held by institutions, engineer ids by
/// vendors), keyed <see cref="GrainKeys.PlatformId"/>: the first party to claim it holds it for good. Being one activation per id makes a race for an id one winner; the holder is persisted
/// before a claim answers. Ids already in use before the registry existed are adopted on first use (the data's own holder).
/// </summary>
[Alias("vg.IPlatformIdGrain")]
public interface IPlatformIdGrain : IGrainWithStringKey
{
    /// <summary>True when the id was free or is already <paramref name="holder"/>'s (a repeat); false when another party holds it.</summary>
    [Alias("claim")]
    Task<bool> ClaimAsync(string holder);

    /// <summary>The party holding the id, or null while nobody does.</summary>
    [Alias("holder")]
    Task<string?> HolderAsync();
}
