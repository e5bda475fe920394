using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using VendorGrid.Gateway.Api;
using VendorGrid.Gateway.Security;
using VendorGrid.Gateway.Tenancy;
using VendorGrid.Grains;

namespace VendorGrid.Gateway.Accounts;

/// <summary>An institution or vendor as the portal shows it.</summary>
public sealed record PartyName(string Id, string Name);

/// <summary>Who is signed in: the body of GET /api/auth/me and of a successful sign-in.</summary>
public sealed record SignedInUser(string Username, string DisplayName, string Role, PartyName? Institution, PartyName? Vendor);

public sealed record SignInRequest(string? Username, string? Password);

public sealed record AcceptInvitationRequest(string? Token, string? Password);

/// <summary>
/// /api/auth: the portal's sign-in. A password sign-in answers with the user and sets vg_session (HttpOnly) and
/// vg_csrf (readable); sign-out revokes the session server-side. Unknown user and wrong password get the same 401,
/// so the endpoint does not tell who has an account; a locked account answers 423 with Retry-After.
/// </summary>
public static class AuthApi
{
    public const string SignInFailed = "urn:vendorgrid:problem:sign-in-failed";
    public const string AccountLocked = "urn:vendorgrid:problem:account-locked";
    public const int MinimumPasswordLength = 10, MaximumPasswordLength = 256;

    public static IEndpointRouteBuilder MapAuth(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Sign-in");
        auth.MapPost("/login", LoginAsync).AllowAnonymous().WithName("SignIn")
            .Documented("Sign in with a local account; sets the vg_session and vg_csrf cookies", "anyone (no token needed)",
                $"401 ({SignInFailed}) for an unknown user, a wrong password or a disabled account alike; 423 ({AccountLocked}) with Retry-After " +
                $"after repeated failures; {EndpointDocs.Invalid} (username, password missing)");
        auth.MapPost("/logout", LogoutAsync).AllowAnonymous().WithName("SignOut")
            .Documented("Sign out: revokes the cookie's session server-side and clears both cookies (204, also without a session)",
                "anyone; a signed-in browser must send X-VG-CSRF", "403 (urn:vendorgrid:problem:csrf) without the CSRF header");
        auth.MapGet("/me", MeAsync).RequireAuthorization(TenancyExtensions.CallerPolicy).WithName("WhoAmI")
            .Documented("The signed-in user (cookie) or token holder (bearer): username, display name, role, institution, vendor", "every role");
        auth.MapPost("/invitations/accept", AcceptAsync).AllowAnonymous().WithName("AcceptInvitation")
            .Documented("Accept an invitation: the token from its acceptUrl and a password (at least 10 characters) create the account (username = the invited e-mail)",
                "anyone holding the invitation token",
                "404 (urn:vendorgrid:problem:invitation-not-found) for an unknown or already used token; 410 (urn:vendorgrid:problem:invitation-expired) after 7 days; " +
                $"409 (urn:vendorgrid:problem:username-taken); {EndpointDocs.Invalid} (token, password)");
        auth.MapGet("/oidc/login", OidcLogin).AllowAnonymous().WithName("SignInWithOidc")
            .Documented("Browser sign-in through the configured OpenID Connect provider (redirects to it; ?returnUrl= a local path)",
                "anyone", "404 (urn:vendorgrid:problem:oidc-not-configured) when no provider is configured");
        return app;
    }

    public static async Task<Results<Ok<SignedInUser>, ProblemHttpResult>> LoginAsync(
        SignInRequest body, HttpContext http, AccountStore accounts, IGrainFactory grains)
    {
        if (string.IsNullOrEmpty(body.Username)) return Problems.Invalid("username", "is required");
        if (string.IsNullOrEmpty(body.Password)) return Problems.Invalid("password", "is required");
        if (body.Username.Length > 254 || body.Password.Length > MaximumPasswordLength) return Failed();

        var result = await accounts.SignInAsync(body.Username, body.Password, http.RequestAborted);
        switch (result.Outcome)
        {
            case SignInOutcome.Locked:
                var wait = result.LockedUntil!.Value - accounts.Now;
                http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return TypedResults.Problem(statusCode: StatusCodes.Status423Locked, title: "账户已暂时锁定 / Account temporarily locked",
                    detail: $"Too many failed sign-ins; try again after {Math.Ceiling(wait.TotalMinutes)} minute(s).", type: AccountLocked);
            case SignInOutcome.Failed:
                return Failed();
        }
        var account = result.Account!;
        SessionCookies.Issue(http.Response, await accounts.StartSessionAsync(account.Id, http.RequestAborted));
        return TypedResults.Ok(await DescribeAsync(new CurrentCaller(account.Role, account.InstitutionId, account.VendorId, account.DisplayName, account.Username), grains));
    }

    private static ProblemHttpResult Failed() => TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized,
        title: "用户名或密码错误 / Wrong username or password", detail: "The username or the password is not right.", type: SignInFailed);

    public static async Task<NoContent> LogoutAsync(HttpContext http, AccountStore accounts)
    {
        if (SessionAuthenticationHandler.SessionOf(http) is { } session)
            await accounts.RevokeSessionAsync(session.TokenHash, http.RequestAborted);
        SessionCookies.Clear(http.Response);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<SignedInUser>> MeAsync(CurrentCaller caller, IGrainFactory grains) =>
        TypedResults.Ok(await DescribeAsync(caller, grains));

    public static async Task<SignedInUser> DescribeAsync(CurrentCaller caller, IGrainFactory grains) => new(
        caller.Subject ?? caller.Name, caller.Name, caller.Role,
        caller.InstitutionId is { } institution ? new PartyName(institution, await Parties.InstitutionNameAsync(grains, institution) ?? institution) : null,
        caller.VendorId is { } vendor ? new PartyName(vendor, await Parties.VendorNameAsync(grains, vendor) ?? vendor) : null);

    public static async Task<Results<Created<SignedInUser>, ProblemHttpResult>> AcceptAsync(
        AcceptInvitationRequest body, HttpContext http, AccountStore accounts, IGrainFactory grains)
    {
        if (string.IsNullOrEmpty(body.Token) || body.Token.Length > 100) return Problems.Invalid("token", "is required: the part of the invitation link after '#'");
        if (body.Password is null || body.Password.Length < MinimumPasswordLength || body.Password.Length > MaximumPasswordLength)
            return Problems.Invalid("password", $"must be {MinimumPasswordLength} to {MaximumPasswordLength} characters");
        var (outcome, account) = await accounts.AcceptAsync(body.Token, body.Password, http.RequestAborted);
        return outcome switch
        {
            AcceptOutcome.Accepted => TypedResults.Created($"/api/users/{account!.Id}",
                await DescribeAsync(new CurrentCaller(account.Role, account.InstitutionId, account.VendorId, account.DisplayName, account.Username), grains)),
            AcceptOutcome.Expired => TypedResults.Problem(statusCode: StatusCodes.Status410Gone, title: "邀请已过期 / Invitation expired",
                detail: "This invitation has expired; ask for a new one.", type: "urn:vendorgrid:problem:invitation-expired"),
            AcceptOutcome.UsernameTaken => UsersApi.UsernameTaken(),
            _ => Problems.Missing("invitation", "(token)"),
        };
    }

    public static IResult OidcLogin(string? returnUrl, AccountSettings settings) =>
        settings.OidcEnabled
            ? TypedResults.Challenge(new AuthenticationProperties { RedirectUri = OidcSignIn.LocalPath(returnUrl) }, [OidcSignIn.Scheme])
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "未配置统一身份认证 / No identity provider configured",
                detail: "Sign in with a username and password; set VG_OIDC_AUTHORITY and VG_OIDC_CLIENT_ID to offer OIDC sign-in.",
                type: "urn:vendorgrid:problem:oidc-not-configured");
}

/// <summary>Names and existence of institutions and vendors, from the platform directory and the vendor grains.</summary>
public static class Parties
{
    /// <summary>The institution's name, or null when it is not known to the platform (neither onboarded nor with a contract).</summary>
    public static async Task<string?> InstitutionNameAsync(IGrainFactory grains, string id)
    {
        var directory = grains.GetGrain<IPlatformDirectoryGrain>(GrainKeys.Platform);
        return (await directory.GetInstitutionProfileAsync(id))?.Name
            ?? (await directory.ListInstitutionsAsync()).FirstOrDefault(i => i.Id == id)?.Name;
    }

    /// <summary>The vendor's name, or null when it is not known (neither onboarded nor party to a contract).</summary>
    public static async Task<string?> VendorNameAsync(IGrainFactory grains, string id)
    {
        if (!GrainKeys.IsPartyId(id)) return null;
        var vendor = grains.GetGrain<IVendorGrain>(id);
        return (await vendor.GetProfileAsync())?.Name ?? (await vendor.ListContractsAsync()).FirstOrDefault()?.Vendor.Name;
    }
}
