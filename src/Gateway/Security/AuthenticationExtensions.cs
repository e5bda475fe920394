using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using VendorGrid.Gateway.Hosting;
using VendorGrid.Gateway.Tenancy;

namespace VendorGrid.Gateway.Security;

/// <summary>
/// JWT bearer validation (issuer, audience, lifetime and signature checked, algorithms pinned, 60 s skew, <c>typ</c>
/// at+jwt, at most <see cref="GatewaySettings.JwtMaxLifetime"/> long, verified with public keys only) and the
/// portal's cookie session. A request with an Authorization header is judged by its token alone; one without it
/// by its vg_session cookie, if any. Both produce the same claims, so everything after authentication is shared.
/// </summary>
public static class AuthenticationExtensions
{
    /// <summary>The default scheme: forwards to bearer or cookie per request.</summary>
    public const string BearerOrSession = "bearer-or-session";

    public static IServiceCollection AddVendorGridAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(BearerOrSession)
            .AddPolicyScheme(BearerOrSession, "Bearer token or portal session", options => options.ForwardDefaultSelector = http =>
                http.Request.Headers.Authorization.Count == 0 && http.Request.Cookies.ContainsKey(SessionCookies.Session)
                    ? SessionAuthenticationHandler.SchemeName
                    : JwtBearerDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, SessionAuthenticationHandler>(SessionAuthenticationHandler.SchemeName, null)
            .AddJwtBearer()
            .AddOidcSignIn();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<GatewaySettings, TimeProvider>((options, settings, clock) =>
            {
                // Keep claim names as issued ("role", not the long ClaimTypes URI) so CurrentCaller reads them as-is.
                options.MapInboundClaims = false;
                if (!string.IsNullOrWhiteSpace(settings.OidcAuthority))
                {
                    options.Authority = settings.OidcAuthority;
                    options.RequireHttpsMetadata = !OidcSignIn.IsLoopback(settings.OidcAuthority);
                }
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = settings.JwtIssuer,
                    ValidAudience = settings.JwtAudience,
                    ValidateIssuer = true,
                    ValidateAudience = true,
                    ValidateLifetime = true,
                    ValidateIssuerSigningKey = true,
                    RequireExpirationTime = true,
                    RequireSignedTokens = true,
                    ValidAlgorithms = settings.JwtAlgorithms,
                    ValidTypes = settings.JwtTypes,
                    ClockSkew = TokenLifetime.Skew,
                    LifetimeValidator = new TokenLifetime(clock, settings.JwtMaxLifetime).Validate,
                    NameClaimType = CallerClaims.Name,
                    RoleClaimType = CallerClaims.Role,
                    IssuerSigningKeys = string.IsNullOrWhiteSpace(settings.JwtPublicKeys) ? null : PublicKeyFile.Load(settings.JwtPublicKeys),
                };
            });
        return services;
    }
}
