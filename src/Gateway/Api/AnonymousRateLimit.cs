using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using VendorGrid.Gateway.Accounts;
using VendorGrid.Gateway.Hosting;
using VendorGrid.Gateway.Security;

namespace VendorGrid.Gateway.Api;

/// <summary>
/// The limiter that runs before authentication: an /api request whose credential this gateway has not verified
/// already (no credential, a token it has not seen pass, a session cookie it does not hold) counts against its client
/// address, <see cref="GatewaySettings.AnonymousRateLimitPerMinute"/> a minute. So a flood of made-up tokens or cookies
/// is refused before each costs an ES256 check or a database query; a known caller goes on to its own per-caller budget.
/// The address is the client's as <c>ForwardedHeaders</c> established it from the configured proxies, never a header
/// any client may set.
/// </summary>
public sealed class AnonymousRateLimit(RequestDelegate next, GatewaySettings settings, IOptionsMonitor<JwtBearerOptions> bearer, SessionCache sessions)
{
    private readonly PartitionedRateLimiter<HttpContext> limiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
        RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = settings.AnonymousRateLimitPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
        }));

    public async Task InvokeAsync(HttpContext http)
    {
        if ((http.Request.Path.StartsWithSegments("/api") || http.Request.Path.StartsWithSegments(EmailVerificationPage.Path))
            && !CarriesAKnownCredential(http))
        {
            using var lease = limiter.AttemptAcquire(http);
            if (!lease.IsAcquired)
            {
                await Hardening.RejectAsync(http, lease);
                return;
            }
        }
        await next(http);
    }

    private bool CarriesAKnownCredential(HttpContext http)
    {
        var authorization = http.Request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            var token = authorization["Bearer ".Length..].Trim();
            return token.Length > 0 && bearer.Get(JwtBearerDefaults.AuthenticationScheme).TokenHandlers.OfType<CachingTokenHandler>().Any(h => h.Knows(token));
        }
        return authorization.Length == 0 && http.Request.Cookies[SessionCookies.Session] is { Length: > 0 and <= 100 } cookie
            && sessions.Find(AccountStore.Hash(cookie)) is not null;
    }
}
