using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using VendorGrid.Gateway.Accounts;
using VendorGrid.Gateway.Tenancy;

namespace VendorGrid.Gateway.Security;

/// <summary>The browser session's two cookies and the header that proves a request came from the portal's own page.</summary>
public static class SessionCookies
{
    /// <summary>
    /// The session itself: HttpOnly, so page scripts (and whatever is injected into them) never see it. The __Host-
    /// prefix makes browsers accept it only Secure, for Path=/ and without Domain, so neither a sibling subdomain nor
    /// a plain-http page can plant or overwrite it (session fixation).
    /// </summary>
    public const string Session = "__Host-vg_session";

    /// <summary>Readable by the portal's scripts, which echo it in <see cref="CsrfHeader"/> on every change; __Host- for the same reason.</summary>
    public const string Csrf = "__Host-vg_csrf";

    public const string CsrfHeader = "X-VG-CSRF";

    /// <summary>
    /// Secure and SameSite=Strict on both; browsers treat http://localhost and http://127.0.0.1 as secure contexts,
    /// so the same flags work for `./vg up` and the browser tests without TLS.
    /// </summary>
    public static void Issue(HttpResponse response, IssuedSession session)
    {
        response.Cookies.Append(Session, session.Token, Options(httpOnly: true));
        response.Cookies.Append(Csrf, session.Csrf, Options(httpOnly: false));
    }

    public static void Clear(HttpResponse response)
    {
        response.Cookies.Delete(Session, Options(httpOnly: true));
        response.Cookies.Delete(Csrf, Options(httpOnly: false));
    }

    private static CookieOptions Options(bool httpOnly) => new()
    {
        HttpOnly = httpOnly, Secure = true, SameSite = SameSiteMode.Strict, Path = "/", IsEssential = true,
    };
}

/// <summary>
/// Authenticates a request by its session cookie against vg.account_sessions (read at most once per
/// <see cref="SessionCache"/> window, 10 s), so logging out, disabling the membership or a password reset take effect
/// at once on the gateway that did it and within the window on the others. The principal carries exactly the claims a
/// VendorGrid token carries (role, institution, vendor, name, sub = username), so tenancy, the access rules, the
/// rate limit and the audit trail treat a signed-in browser like a bearer token.
/// </summary>
public sealed class SessionAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AccountStore accounts)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "vg-session";
    private const string SessionItem = "vg.session";

    /// <summary>The session this request was authenticated by, or null for bearer and anonymous requests.</summary>
    public static Session? SessionOf(HttpContext http) => http.Items[SessionItem] as Session;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (Request.Cookies[SessionCookies.Session] is not { Length: > 0 and <= 100 } token) return AuthenticateResult.NoResult();
        if (await accounts.FindSessionAsync(token, Context.RequestAborted) is not { } session)
            return AuthenticateResult.Fail("The session has ended (signed out, expired, or the account was disabled).");
        Context.Items[SessionItem] = session;
        return AuthenticateResult.Success(new AuthenticationTicket(Principal(session.Member, SchemeName), SchemeName));
    }

    /// <summary>The claims a token for this member (the account acting as one of its memberships) would carry.</summary>
    public static ClaimsPrincipal Principal(Member member, string authenticationType)
    {
        var (account, membership) = (member.Account, member.Membership);
        var claims = new List<Claim>
        {
            new(CallerClaims.Role, membership.Role), new(CallerClaims.Name, account.DisplayName), new(CallerClaims.Subject, account.Username),
        };
        if (membership.InstitutionId is not null) claims.Add(new(CallerClaims.Institution, membership.InstitutionId));
        if (membership.VendorId is not null) claims.Add(new(CallerClaims.Vendor, membership.VendorId));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType, CallerClaims.Name, CallerClaims.Role));
    }
}
