using System.Security.Claims;
using VendorGrid.Grains;

namespace VendorGrid.Gateway.Tenancy;

/// <summary>Claim names VendorGrid tokens carry.</summary>
public static class CallerClaims
{
    public const string Role = "role";
    public const string Institution = "institution";
    public const string Vendor = "vendor";
    public const string Name = "name";
    public const string Subject = "sub";
}

/// <summary>The four roles, as written in the <c>role</c> claim.</summary>
public static class CallerRoles
{
    public const string PlatformAdmin = "platform-admin";
    public const string InstitutionAdmin = "institution-admin";
    public const string InstitutionStaff = "institution-staff";
    public const string Vendor = "vendor";
}

/// <summary>
/// Who is calling, built only from validated token claims. There is no default tenant: an institution role
/// without an institution claim (or a vendor without a vendor claim) is not a caller at all, and the
/// authorization policy answers 403. Handlers build grain keys from this, never from the URL or body.
/// </summary>
public sealed record CurrentCaller(string Role, string? InstitutionId, string? VendorId, string Name, string? Subject = null)
{
    /// <summary>The tenant the caller acts for: its institution, its vendor, or the platform itself.</summary>
    public string Tenant => InstitutionId ?? VendorId ?? "platform";

    /// <summary>
    /// Who this caller is across tenants, for idempotency keys and rate limits: a subject is only unique within its
    /// identity provider's tenant, so role and tenant are part of it.
    /// </summary>
    public string Identity => $"{Role}:{Tenant}:{Subject ?? Name}";

    public bool IsPlatformAdmin => Role == CallerRoles.PlatformAdmin;
    public bool IsInstitutionMember => Role is CallerRoles.InstitutionAdmin or CallerRoles.InstitutionStaff;
    public bool IsVendor => Role == CallerRoles.Vendor;

    public static CurrentCaller? From(ClaimsPrincipal user)
    {
        var role = user.FindFirstValue(CallerClaims.Role);
        var institution = user.FindFirstValue(CallerClaims.Institution);
        var vendor = user.FindFirstValue(CallerClaims.Vendor);
        if (role is null || Problem(role, institution, vendor) is not null)
            return null;
        return new CurrentCaller(role, institution, vendor, user.FindFirstValue(CallerClaims.Name) ?? role,
            user.FindFirstValue(CallerClaims.Subject));
    }

    /// <summary>Why this combination of claims is not a valid caller, or null when it is.</summary>
    public static string? Problem(string role, string? institution, string? vendor) => role switch
    {
        CallerRoles.PlatformAdmin => null,
        CallerRoles.InstitutionAdmin or CallerRoles.InstitutionStaff when !GrainKeys.IsPartyId(institution) =>
            $"role {role} needs an institution id (USCC), got '{institution}'",
        CallerRoles.InstitutionAdmin or CallerRoles.InstitutionStaff => null,
        CallerRoles.Vendor when !GrainKeys.IsPartyId(vendor) => $"role vendor needs a vendor id (USCC), got '{vendor}'",
        CallerRoles.Vendor => null,
        _ => $"unknown role '{role}' (platform-admin, institution-admin, institution-staff, vendor)",
    };
}
