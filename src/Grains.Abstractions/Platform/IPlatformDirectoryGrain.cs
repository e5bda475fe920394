using System.Collections.Immutable;

namespace VendorGrid.Grains;

/// <summary>
/// The platform's list of institutions (a singleton, key <see cref="GrainKeys.Platform"/>), so a platform
/// admin can reach every tenant without a table scan. Institutions register themselves when they create
/// their first contract; it is small (tens of institutions) and never calls anyone.
/// </summary>
[Alias("vg.IPlatformDirectoryGrain")]
public interface IPlatformDirectoryGrain : IGrainWithStringKey
{
    /// <summary>Adds or renames an institution. Idempotent.</summary>
    [Alias("register-institution")]
    Task RegisterInstitutionAsync(PartyRef institution);

    /// <summary>
    /// Onboards an institution (platform admin): stores its profile and lists it. Idempotent; returns false when
    /// the same profile was already stored, true when it was added or changed.
    /// </summary>
    [Alias("onboard-institution")]
    Task<bool> OnboardInstitutionAsync(PartyProfile institution);

    /// <summary>The onboarded profile, or null for an institution that only registered through a contract.</summary>
    [Alias("get-institution-profile")]
    Task<PartyProfile?> GetInstitutionProfileAsync(string institutionId);

    /// <summary>All registered institutions, ordered by id.</summary>
    [Alias("list-institutions")]
    Task<ImmutableArray<PartyRef>> ListInstitutionsAsync();
}
