using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using VendorGrid.Gateway.Api;
using VendorGrid.Gateway.Tenancy;
using VendorGrid.Grains;

namespace VendorGrid.Gateway.Accounts;

/// <summary>
/// A user of a party as an administrator sees it: one membership (its id is what /disable takes) of a person, never a
/// password or its hash. A person who belongs to several parties appears once per party, each admin seeing their own.
/// </summary>
public sealed record UserView(
    long Id, string Username, string DisplayName, string Role, string? Institution, string? Vendor, bool Disabled, DateTimeOffset CreatedAt)
{
    public static UserView Of(Member m) => new(m.Membership.Id, m.Account.Username, m.Account.DisplayName, m.Membership.Role,
        m.Membership.InstitutionId, m.Membership.VendorId, m.Disabled, m.Membership.CreatedAt);
}

public sealed record InvitationRequest(string? Email, string? DisplayName, string? Role);

/// <summary>A platform admin's invitation of a party's first user: the party is in the URL, the role fixed by it.</summary>
public sealed record FirstUserRequest(string? Email, string? DisplayName);

/// <summary>An invitation as its sender sees it: sent, to whom, until when — never its link, which only the invitee's mailbox gets.</summary>
public sealed record InvitationCreated(long Id, string Email, DateTimeOffset ExpiresAt);

/// <summary>
/// /api/users: administrators manage the people of their own party. The party always comes from the caller's
/// token or session; only a platform admin names one, in the URL of the first-admin endpoints, and only a party the
/// platform knows. An invitation is e-mailed to the invited address with a one-time link; an address that already has
/// an account (a user of another party, say) gets a link that adds this membership once its owner accepts it. Either
/// way the inviter's answer is the same, so inviting tells nobody who has an account elsewhere.
/// </summary>
public static class UsersApi
{
    public static IEndpointRouteBuilder MapUsers(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/api/users").RequireAuthorization(TenancyExtensions.CallerPolicy).WithTags("Users");
        users.MapGet("/", ListAsync).WithName("ListUsers")
            .Documented("Users of the caller's party (paged: ?limit=&cursor=); a platform admin sees all and may filter by ?institution=&vendor=",
                "institution-admin (its institution's); vendor (its vendor's); platform-admin (all)", $"{EndpointDocs.Invalid} (limit, cursor)");
        users.MapPost("/invitations", InviteAsync).WithName("InviteUser").AllowsMembers("role")
            .Documented("Invite a user to the caller's own party: email, displayName and, for an institution, role (institution-admin or institution-staff)",
                "institution-admin; vendor (another user of its vendor, without role)",
                $"{EndpointDocs.Invalid} (email, displayName, role); 409 ({AccountLinksApi.AlreadyMember}); 503 (urn:vendorgrid:problem:mail-not-configured, urn:vendorgrid:problem:mail-not-sent); {EndpointDocs.Posted}");
        users.MapPost("/{id:long}/disable", DisableAsync).WithName("DisableUser")
            .Documented("Disable a user's membership (the id from the user list): it can no longer be signed in to and its sessions end at once; " +
                "the person's memberships of other parties stay", "institution-admin (its institution's users); platform-admin (any)",
                "404 (urn:vendorgrid:problem:user-not-found) for an unknown user or another party's; 409 ({CannotDisableSelf}) for disabling yourself");
        app.MapPost("/api/institutions/{id}/admins", InviteInstitutionAdminAsync).RequireAuthorization(TenancyExtensions.CallerPolicy)
            .WithTags("Users").WithName("InviteInstitutionAdmin")
            .Documented("Invite an institution's (first) administrator: email, displayName", "platform-admin",
                $"404 (urn:vendorgrid:problem:institution-not-found) for an institution the platform does not know; {EndpointDocs.Invalid}; 409 ({AccountLinksApi.AlreadyMember}); 503; {EndpointDocs.Posted}");
        app.MapPost("/api/vendors/{id}/users", InviteVendorUserAsync).RequireAuthorization(TenancyExtensions.CallerPolicy)
            .WithTags("Users").WithName("InviteVendorUser")
            .Documented("Invite a vendor's (first) user: email, displayName", "platform-admin",
                $"404 (urn:vendorgrid:problem:vendor-not-found) for a vendor the platform does not know; {EndpointDocs.Invalid}; 409 ({AccountLinksApi.AlreadyMember}); 503; {EndpointDocs.Posted}");
        return app;
    }

    public const string CannotDisableSelf = "urn:vendorgrid:problem:cannot-disable-self";

    /// <summary>Why this is not an e-mail address that can be a username, or null (the rule is <see cref="EmailAddresses"/>: "a@b" is refused).</summary>
    public static ProblemHttpResult? EmailProblem(string? email)
    {
        email = email?.Trim();
        return !EmailAddresses.IsAcceptable(email) || !MimeKit.MailboxAddress.TryParse(email, out _)
            ? Problems.Invalid("email", "must be an e-mail address (it becomes the username)") : null;
    }

    public static async Task<Results<Ok<UserView[]>, ProblemHttpResult>> ListAsync(
        string? limit, string? cursor, string? institution, string? vendor, HttpContext http, CurrentCaller caller, AccountStore accounts)
    {
        if (caller.Role is not (CallerRoles.PlatformAdmin or CallerRoles.InstitutionAdmin or CallerRoles.Vendor))
            return Problems.Refused("Only administrators and vendor users list users.");
        // Only a platform admin filters freely; everyone else is held to their own party, whatever the query says.
        (string? Institution, string? Vendor) scope = caller.IsPlatformAdmin ? (institution, vendor) : (caller.InstitutionId, caller.VendorId);
        if (PageRequest.TryRead(limit, cursor, out var problem) is not { } page) return Problems.Invalid(problem.Path, problem.Message);
        var after = 0L;
        if (page.After is not null && !long.TryParse(page.After, NumberStyles.None, CultureInfo.InvariantCulture, out after))
            return Problems.Invalid("cursor", "is not a cursor this API returned");
        var rows = await accounts.ListAsync(scope.Institution, scope.Vendor, after, page.Limit + 1, http.RequestAborted);
        if (rows.Count > page.Limit) page.Link(http, rows[page.Limit - 1].Membership.Id.ToString(CultureInfo.InvariantCulture));
        return TypedResults.Ok(rows.Take(page.Limit).Select(UserView.Of).ToArray());
    }

    public static async Task<Results<Created<InvitationCreated>, ProblemHttpResult>> InviteAsync(
        InvitationRequest body, HttpContext http, CurrentCaller caller, InvitationLinks links)
    {
        string role;
        if (caller.Role == CallerRoles.InstitutionAdmin)
        {
            role = body.Role ?? CallerRoles.InstitutionStaff;
            if (role is not (CallerRoles.InstitutionAdmin or CallerRoles.InstitutionStaff))
                return Problems.Invalid("role", "must be institution-admin or institution-staff");
        }
        else if (caller.IsVendor)
        {
            // A vendor invites colleagues of its own vendor; there is no vendor role to choose.
            if (body.Role is not null) return Problems.Invalid("role", "is set by the platform from your token and cannot be sent");
            role = CallerRoles.Vendor;
        }
        else
        {
            return Problems.Refused(caller.IsPlatformAdmin
                ? "Platform administrators invite a party's first user with POST /api/institutions/{id}/admins or /api/vendors/{id}/users."
                : "Only institution administrators and vendor users invite users.");
        }
        return await CreateInvitationAsync(body.Email, body.DisplayName, role,
            role == CallerRoles.Vendor ? null : caller.InstitutionId, role == CallerRoles.Vendor ? caller.VendorId : null, http, caller, links);
    }

    public static async Task<Results<Created<InvitationCreated>, ProblemHttpResult>> InviteInstitutionAdminAsync(
        string id, FirstUserRequest body, HttpContext http, CurrentCaller caller, InvitationLinks links, IGrainFactory grains)
    {
        if (!caller.IsPlatformAdmin) return Problems.Refused("Only platform administrators appoint an institution's first administrator.");
        if (!GrainKeys.IsPartyId(id) || await Parties.InstitutionNameAsync(grains, id) is null) return Problems.Missing("institution", id);
        AuditTrail.FileUnder(http, id);
        return await CreateInvitationAsync(body.Email, body.DisplayName, CallerRoles.InstitutionAdmin, id, null, http, caller, links);
    }

    public static async Task<Results<Created<InvitationCreated>, ProblemHttpResult>> InviteVendorUserAsync(
        string id, FirstUserRequest body, HttpContext http, CurrentCaller caller, InvitationLinks links, IGrainFactory grains)
    {
        if (!caller.IsPlatformAdmin) return Problems.Refused("Only platform administrators create a vendor's first user.");
        if (await Parties.VendorNameAsync(grains, id) is null) return Problems.Missing("vendor", id);
        return await CreateInvitationAsync(body.Email, body.DisplayName, CallerRoles.Vendor, null, id, http, caller, links);
    }

    private static async Task<Results<Created<InvitationCreated>, ProblemHttpResult>> CreateInvitationAsync(
        string? email, string? displayName, string role, string? institution, string? vendor, HttpContext http, CurrentCaller caller, InvitationLinks links)
    {
        if (EmailProblem(email) is { } problem) return problem;
        if (string.IsNullOrWhiteSpace(displayName) || displayName.Trim().Length > 100)
            return Problems.Invalid("displayName", "is required (at most 100 characters)");
        return await links.InviteAsync(email!.Trim(), displayName.Trim(), role, institution, vendor, caller, http.RequestAborted);
    }

    public static async Task<Results<Ok<UserView>, ProblemHttpResult>> DisableAsync(long id, HttpContext http, CurrentCaller caller, AccountStore accounts)
    {
        if (caller.Role is not (CallerRoles.PlatformAdmin or CallerRoles.InstitutionAdmin))
            return Problems.Refused("Only institution and platform administrators disable users.");
        var member = await accounts.FindMemberAsync(id, http.RequestAborted);
        if (member is null || (!caller.IsPlatformAdmin && member.Membership.InstitutionId != caller.InstitutionId))
            return Problems.Missing("user", id.ToString(CultureInfo.InvariantCulture));
        if (string.Equals(member.Account.Username, caller.Subject, StringComparison.OrdinalIgnoreCase) && member.Membership.Role == caller.Role)
            return Problems.InConflict("You cannot disable your own account; ask another administrator.", CannotDisableSelf);
        if (member.Membership.InstitutionId is { } institution) AuditTrail.FileUnder(http, institution);
        return TypedResults.Ok(UserView.Of(await accounts.DisableAsync(member, http.RequestAborted)));
    }
}
