using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using VendorGrid.Gateway.Hosting;
using VendorGrid.Gateway.Tenancy;

namespace VendorGrid.Gateway.Security;

/// <summary>JWT bearer validation: issuer, audience, lifetime and signature checked, algorithms pinned, 60 s skew.</summary>
public static class AuthenticationExtensions
{
    public static IServiceCollection AddVendorGridAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<GatewaySettings>((options, settings) =>
            {
                // Keep claim names as issued ("role", not the long ClaimTypes URI) so CurrentCaller reads them as-is.
                options.MapInboundClaims = false;
                if (!string.IsNullOrWhiteSpace(settings.OidcAuthority))
                    options.Authority = settings.OidcAuthority;
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
                    ClockSkew = TimeSpan.FromSeconds(60),
                    NameClaimType = CallerClaims.Name,
                    RoleClaimType = CallerClaims.Role,
                    IssuerSigningKey = string.IsNullOrWhiteSpace(settings.JwtKeyFile)
                        ? null
                        : SigningKeyFile.LoadOrCreate(settings.JwtKeyFile),
                };
            });
        return services;
    }
}
