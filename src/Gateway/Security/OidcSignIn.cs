using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using VendorGrid.Gateway.Accounts;

namespace VendorGrid.Gateway.Security;

/// <summary>
/// Browser sign-in through an OpenID Connect provider instead of a local password (VG_OIDC_AUTHORITY with
/// VG_OIDC_CLIENT_ID, optionally VG_OIDC_CLIENT_SECRET). The provider proves an e-mail address; it signs in the
/// existing, enabled account with that username and gets the same vg_session cookie a password sign-in gets.
/// Nobody is created on first sight: accounts still come from invitations, so the provider cannot widen access.
/// </summary>
public static class OidcSignIn
{
    public const string Scheme = "oidc";
    public const string CallbackPath = "/api/auth/oidc/callback";

    public static AuthenticationBuilder AddOidcSignIn(this AuthenticationBuilder authentication)
    {
        authentication.AddOpenIdConnect(Scheme, _ => { });
        authentication.Services.AddOptions<OpenIdConnectOptions>(Scheme).Configure<AccountSettings>((options, settings) =>
        {
            options.CallbackPath = CallbackPath;
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
        var email = principal.FindFirst("email")?.Value ?? principal.FindFirst("preferred_username")?.Value;
        var verified = principal.FindFirst("email_verified")?.Value is not ("false" or "False");
        var accounts = context.HttpContext.RequestServices.GetRequiredService<AccountStore>();
        var account = email is not null && verified ? await accounts.FindByUsernameAsync(email, context.HttpContext.RequestAborted) : null;
        if (account is null || account.DisabledAt is not null)
        {
            context.Response.Redirect("/?sign-in=no-account");
        }
        else
        {
            SessionCookies.Issue(context.Response, await accounts.StartSessionAsync(account.Id, context.HttpContext.RequestAborted));
            context.Response.Redirect(LocalPath(context.ReturnUri));
        }
        context.HandleResponse();
    }

    /// <summary>Only a path on this site: an absolute or protocol-relative URL would make this an open redirect.</summary>
    public static string LocalPath(string? returnUrl) =>
        returnUrl is { Length: > 0 } && returnUrl[0] == '/' && !returnUrl.StartsWith("//") && !returnUrl.StartsWith("/\\") ? returnUrl : "/";
}
