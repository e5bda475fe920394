using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using VendorGrid.Gateway.Accounts;

namespace VendorGrid.Gateway.Security;

/// <summary>
/// Browser sign-in through an OpenID Connect provider instead of a local password (VG_OIDC_AUTHORITY with
/// VG_OIDC_CLIENT_ID, optionally VG_OIDC_CLIENT_SECRET). The provider's subject, or the first time its verified e-mail,
/// picks the existing, enabled account (<see cref="AccountIdentities"/>), which gets the same session cookie a password
/// sign-in gets. Nobody is created on first sight: accounts still come from invitations, so the provider cannot widen
/// access. Afterwards the browser goes back only to a path of this site (<see cref="LocalPaths"/>).
/// </summary>
public static class OidcSignIn
{
    public const string Scheme = "oidc";
    public const string CallbackPath = "/api/auth/oidc/callback";

    /// <summary>An ID token is spent at once on the callback; providers issue them for minutes to an hour.</summary>
    private static readonly TimeSpan IdTokenMaximumLifetime = TimeSpan.FromHours(1);

    public static AuthenticationBuilder AddOidcSignIn(this AuthenticationBuilder authentication)
    {
        authentication.AddOpenIdConnect(Scheme, _ => { });
        authentication.Services.AddOptions<OpenIdConnectOptions>(Scheme).Configure<AccountSettings, TimeProvider>((options, settings, clock) =>
        {
            options.CallbackPath = CallbackPath;
            // The provider's ID token and the handler's nonce and correlation cookies are timed on the app's clock,
            // like every other token the gateway accepts.
            options.TimeProvider = clock;
            options.TokenValidationParameters.LifetimeValidator = new TokenLifetime(clock, IdTokenMaximumLifetime).Validate;
            options.MapInboundClaims = false;
            options.ResponseType = OpenIdConnectResponseType.Code;
            options.UsePkce = true;
            options.Scope.Add("email");
            // The ticket is turned into a session in OnTicketReceived, so no sign-in scheme is ever called.
            options.SignInScheme = SessionAuthenticationHandler.SchemeName;
            // The correlation and nonce cookies cross sites (SameSite=None), which browsers only accept when Secure.
            options.CorrelationCookie.SecurePolicy = CookieSecurePolicy.Always;
            options.NonceCookie.SecurePolicy = CookieSecurePolicy.Always;
            options.Events.OnTicketReceived = StartSessionAsync;
            if (settings.OidcEnabled)
            {
                options.Authority = settings.OidcAuthority;
                options.ClientId = settings.OidcClientId;
                options.ClientSecret = settings.OidcClientSecret;
                // Plain http only for a provider on this machine (development, tests).
                options.RequireHttpsMetadata = !IsLoopback(settings.OidcAuthority!);
            }
            else
            {
                // The scheme is registered either way (the endpoint answers 404 when unconfigured), and the handler
                // validates its options on every request: give it an empty static configuration it never uses.
                options.ClientId = "not-configured";
                options.Configuration = new OpenIdConnectConfiguration();
            }
        });
        return authentication;
    }

    /// <summary>A provider on this machine (development, tests) may serve its metadata over plain http.</summary>
    public static bool IsLoopback(string authority) =>
        Uri.TryCreate(authority, UriKind.Absolute, out var uri) && (uri.IsLoopback || IPAddress.TryParse(uri.Host, out var ip) && IPAddress.IsLoopback(ip));

    private static async Task StartSessionAsync(TicketReceivedContext context)
    {
        var principal = context.Principal!;
        var subject = principal.FindFirst("sub");
        var issuer = principal.FindFirst("iss")?.Value ?? subject?.Issuer;
        var identities = context.HttpContext.RequestServices.GetRequiredService<AccountIdentities>();
        var member = subject is null || string.IsNullOrEmpty(issuer) ? null
            : await identities.SignInAsync(issuer, subject.Value, VerifiedEmail(principal), context.HttpContext.RequestAborted);
        if (member is null)
        {
            context.Response.Redirect("/?sign-in=no-account");
        }
        else
        {
            var accounts = context.HttpContext.RequestServices.GetRequiredService<AccountStore>();
            SessionCookies.Issue(context.Response, await accounts.StartSessionAsync(member, context.HttpContext.RequestAborted));
            context.Response.Redirect(LocalPaths.Local(context.ReturnUri) ?? "/");
        }
        context.HandleResponse();
    }

    /// <summary>The e-mail claim only when the provider vouches for it: <c>email_verified</c> must be true (missing is not).</summary>
    public static string? VerifiedEmail(System.Security.Claims.ClaimsPrincipal principal) =>
        string.Equals(principal.FindFirst("email_verified")?.Value, "true", StringComparison.OrdinalIgnoreCase)
            ? principal.FindFirst("email")?.Value is { Length: > 0 } email ? email : null
            : null;
}
