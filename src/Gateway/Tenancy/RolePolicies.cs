using Microsoft.AspNetCore.Authorization;

namespace VendorGrid.Gateway.Tenancy;

/// <summary>
/// What a role may do, as named policies on the endpoints (issue 15, item 8); which contract a caller may act on is the
/// contract scope's (<see cref="Contracts.ContractScope"/>), and which side of a ledger entry decides is the ledger's.
/// </summary>
public static class RolePolicies
{
    /// <summary>The institution's users and the vendor: they report facts and answer the other side's; the platform admin reads.</summary>
    public const string Party = "party";
    /// <summary>institution-admin and institution-staff.</summary>
    public const string Institution = "institution";
    /// <summary>Accepts deliverables, terminates, assigns staff, confirms and waives for the institution.</summary>
    public const string InstitutionAdmin = "institution-admin";
    /// <summary>Whoever may take a ledger decision for its side: the institution's admins and the vendor.</summary>
    public const string Decider = "decider";
    public const string Vendor = "vendor";

    public static AuthorizationBuilder AddRolePolicies(this AuthorizationBuilder authorization) => authorization
        .AddPolicy(Party, Roles(CallerRoles.InstitutionAdmin, CallerRoles.InstitutionStaff, CallerRoles.Vendor))
        .AddPolicy(Institution, Roles(CallerRoles.InstitutionAdmin, CallerRoles.InstitutionStaff))
        .AddPolicy(InstitutionAdmin, Roles(CallerRoles.InstitutionAdmin))
        .AddPolicy(Decider, Roles(CallerRoles.InstitutionAdmin, CallerRoles.Vendor))
        .AddPolicy(Vendor, Roles(CallerRoles.Vendor));

    private static Action<AuthorizationPolicyBuilder> Roles(params string[] roles) => policy => policy
        .RequireAuthenticatedUser()
        .RequireAssertion(context => CurrentCaller.From(context.User) is { } caller && roles.Contains(caller.Role));
}
