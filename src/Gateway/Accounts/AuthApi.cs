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

/// <summary>One of the signed-in person's memberships, to switch to.</summary>
public sealed record MembershipView(long Id, string Role, PartyName? Institution, PartyName? Vendor);

/// <summary>
/// Who is signed in: the body of GET /api/auth/me. <c>membership</c> is the membership a cookie session acts as and
/// <c>memberships</c> all of the person's (a bearer token has neither: its claims are fixed).
/// </summary>
public record SignedInUser(string Username, string DisplayName, string Role, PartyName? Institution, PartyName? Vendor,
    long? Membership, MembershipView[] Memberships);

/// <summary>A successful sign-in: who, and where the portal goes next (<c>returnUrl</c> if it is a path of this site, else null).</summary>
public sealed record SignInAnswer(string Username, string DisplayName, string Role, PartyName? Institution, PartyName? Vendor,
    long? Membership, MembershipView[] Memberships, string? ReturnTo)
    : SignedInUser(Username, DisplayName, Role, Institution, Vendor, Membership, Memberships);

public sealed record SignInRequest(string? Username, string? Password, long? Membership, string? ReturnUrl);

public sealed record SwitchMembershipRequest(long? Membership);

/// <summary>
/// /api/auth: the portal's sign-in. A password sign-in answers with the user and sets the session cookie (HttpOnly)
/// and the CSRF cookie (readable); sign-out revokes the session server-side. Unknown user, disabled account and wrong
/// password get the same 401 after the same work, and the same 429 once one client has failed too often for one name.
/// </summary>
public static class AuthApi
{
    public const string SignInFailed = "urn:vendorgrid:problem:sign-in-failed";
    public const string SignInThrottled = "urn:vendorgrid:problem:sign-in-throttled";
    public const int MinimumPasswordLength = 10, MaximumPasswordLength = 256;

    public static IEndpointRouteBuilder MapAuth(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Sign-in");
        auth.MapPost("/login", LoginAsync).AllowAnonymous().WithName("SignIn")
            .Documented($"Sign in with a local account; sets the {SessionCookies.Session} and {SessionCookies.Csrf} cookies. Optional: membership (which of " +
                "the person's parties to act for; default the first) and returnUrl (echoed as returnTo when it is a path of this site)", "anyone (no token needed)",
                $"401 ({SignInFailed}) for an unknown user, a wrong password or a disabled account alike; 429 ({SignInThrottled}) with Retry-After " +
                $"when this client failed too often for this username, known or not; {EndpointDocs.Invalid} (username, password missing)");
        auth.MapPost("/logout", LogoutAsync).AllowAnonymous().WithName("SignOut")
            .Documented("Sign out: revokes the cookie's session server-side and clears both cookies (204, also without a session)",
                "anyone; a signed-in browser must send X-VG-CSRF", "403 (urn:vendorgrid:problem:csrf) without the CSRF header");
        auth.MapGet("/me", MeAsync).RequireAuthorization(TenancyExtensions.CallerPolicy).WithName("WhoAmI")
            .Documented("The signed-in user (cookie) or token holder (bearer): username, display name, role, institution, vendor, memberships", "every role");
        auth.MapPost("/membership", SwitchAsync).RequireAuthorization(TenancyExtensions.CallerPolicy).WithName("SwitchMembership")
            .Documented("Act for another of the signed-in person's memberships: a new session replaces this one", "every role, signed in with a cookie",
                "403 for a bearer token; 404 (urn:vendorgrid:problem:membership-not-found) for a membership that is not the person's or is disabled");
        auth.MapGet("/oidc/login", OidcLogin).AllowAnonymous().WithName("SignInWithOidc")
            .Documented("Browser sign-in through the configured OpenID Connect provider (redirects to it; ?returnUrl= a path of this site, anything else goes to /)",
                "anyone", "404 (urn:vendorgrid:problem:oidc-not-configured) when no provider is configured");
        return app;
    }

    /// <summary>The caller's address, as the backoff keys it (behind a configured proxy, the forwarded client's).</summary>
    public static string ClientOf(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    public static async Task<Results<Ok<SignInAnswer>, ProblemHttpResult>> LoginAsync(
        SignInRequest body, HttpContext http, PasswordSignIn signIn, AccountStore accounts, IGrainFactory grains)
    {
        if (string.IsNullOrEmpty(body.Username)) return Problems.Invalid("username", "is required");
        if (string.IsNullOrEmpty(body.Password)) return Problems.Invalid("password", "is required");
        if (body.Username.Length > 254 || body.Password.Length > MaximumPasswordLength) return Failed();

        var result = await signIn.SignInAsync(body.Username, body.Password, ClientOf(http), body.Membership, http.RequestAborted);
        if (result.Outcome == SignInOutcome.Throttled) return Throttled(http, result.RetryAfter!.Value);
        if (result.Outcome == SignInOutcome.Failed) return Failed();
        var member = result.Member!;
        SessionCookies.Issue(http.Response, await accounts.StartSessionAsync(member, http.RequestAborted));
        var user = await DescribeAsync(member, accounts, grains, http.RequestAborted);
        return TypedResults.Ok(new SignInAnswer(user.Username, user.DisplayName, user.Role, user.Institution, user.Vendor, user.Membership,
            user.Memberships, LocalPaths.Local(body.ReturnUrl)));
    }

    public static ProblemHttpResult Failed() => TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized,
        title: "用户名或密码错误 / Wrong username or password", detail: "The username or the password is not right.", type: SignInFailed);

    /// <summary>429 with Retry-After, worded the same for every account name, known or not.</summary>
    public static ProblemHttpResult Throttled(HttpContext http, TimeSpan wait)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "尝试次数过多 / Too many attempts",
            detail: $"Too many failed sign-ins from here for this username; try again in {seconds} s.", type: SignInThrottled);
    }

    public static async Task<NoContent> LogoutAsync(HttpContext http, AccountStore accounts)
    {
        if (SessionAuthenticationHandler.SessionOf(http) is { } session)
            await accounts.RevokeSessionAsync(session.TokenHash, http.RequestAborted);
        SessionCookies.Clear(http.Response);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<SignedInUser>> MeAsync(HttpContext http, CurrentCaller caller, AccountStore accounts, IGrainFactory grains) =>
        TypedResults.Ok(SessionAuthenticationHandler.SessionOf(http) is { } session
            ? await DescribeAsync(session.Member, accounts, grains, http.RequestAborted)
            : new SignedInUser(caller.Subject ?? caller.Name, caller.Name, caller.Role, await InstitutionOf(caller.InstitutionId, grains),
                await VendorOf(caller.VendorId, grains), null, []));

    public static async Task<Results<Ok<SignedInUser>, ProblemHttpResult>> SwitchAsync(
        SwitchMembershipRequest body, HttpContext http, AccountStore accounts, IGrainFactory grains)
    {
        if (SessionAuthenticationHandler.SessionOf(http) is not { } session)
            return Problems.Refused("A bearer token acts for the party its claims name; only a signed-in browser switches.");
        if (body.Membership is not { } id) return Problems.Invalid("membership", "is required: the id of one of your memberships");
        var members = await accounts.ActiveMembersAsync(session.Member.Account.Id, http.RequestAborted);
        if (members.FirstOrDefault(m => m.Membership.Id == id) is not { } member)
            return Problems.Missing("membership", id.ToString(CultureInfo.InvariantCulture));
        await accounts.RevokeSessionAsync(session.TokenHash, http.RequestAborted);
        SessionCookies.Issue(http.Response, await accounts.StartSessionAsync(member, http.RequestAborted));
        return TypedResults.Ok(await DescribeAsync(member, accounts, grains, http.RequestAborted));
    }

    public static async Task<SignedInUser> DescribeAsync(Member member, AccountStore accounts, IGrainFactory grains, CancellationToken cancel)
    {
        var memberships = new List<MembershipView>();
        foreach (var m in await accounts.ActiveMembersAsync(member.Account.Id, cancel))
            memberships.Add(new(m.Membership.Id, m.Membership.Role, await InstitutionOf(m.Membership.InstitutionId, grains), await VendorOf(m.Membership.VendorId, grains)));
        var own = memberships.FirstOrDefault(m => m.Id == member.Membership.Id);
        return new SignedInUser(member.Account.Username, member.Account.DisplayName, member.Membership.Role,
            own?.Institution ?? await InstitutionOf(member.Membership.InstitutionId, grains), own?.Vendor ?? await VendorOf(member.Membership.VendorId, grains),
            member.Membership.Id, [.. memberships]);
    }

    private static async Task<PartyName?> InstitutionOf(string? id, IGrainFactory grains) =>
        id is null ? null : new PartyName(id, await Parties.InstitutionNameAsync(grains, id) ?? id);

    private static async Task<PartyName?> VendorOf(string? id, IGrainFactory grains) =>
        id is null ? null : new PartyName(id, await Parties.VendorNameAsync(grains, id) ?? id);

    public static IResult OidcLogin(string? returnUrl, AccountSettings settings) =>
        settings.OidcEnabled
            ? TypedResults.Challenge(new AuthenticationProperties { RedirectUri = LocalPaths.Local(returnUrl) ?? "/" }, [OidcSignIn.Scheme])
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
