using System.Threading.RateLimiting;
using Microsoft.AspNetCore.HttpOverrides;
using VendorGrid.Gateway.Hosting;
using VendorGrid.Gateway.Tenancy;

namespace VendorGrid.Gateway.Api;

/// <summary>
/// The request pipeline around every /api endpoint, in order: the client's address from the configured proxies'
/// X-Forwarded-For, the per-address limit on callers not yet verified (before authentication spends anything on
/// them), authentication, rate limit (per caller, partitioned by tenant), audit (so refusals by authorization are
/// recorded too), CSRF check for cookie sessions, authorization, body guard (413, mass assignment), idempotency.
/// </summary>
public static class Hardening
{
    /// <summary>A request under /api that may carry a body (POST, PUT, PATCH).</summary>
    public static bool IsApiWrite(HttpRequest request) =>
        request.Path.StartsWithSegments("/api") && (HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method) || HttpMethods.IsPatch(request.Method));

    /// <summary>A request under /api that changes state: every write, and DELETE.</summary>
    public static bool IsApiChange(HttpRequest request) =>
        IsApiWrite(request) || (request.Path.StartsWithSegments("/api") && HttpMethods.IsDelete(request.Method));

    public static WebApplicationBuilder AddVendorGridHardening(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = RequestBodyGuard.MaxBytes);
        builder.Services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(Partition);
            options.OnRejected = (context, _) => new ValueTask(RejectAsync(context.HttpContext, context.Lease));
        });
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<GatewaySettings>(TrustForwardedHeaders);
        builder.Services.AddSingleton<Contracts.ContractTerms>();
        builder.Services.AddExceptionHandler<BadRequestProblems>();
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddSingleton<IProblemDetailsWriter, JsonProblemDetailsWriter>();
        return builder;
    }

    /// <summary>429 with Retry-After, from either limiter.</summary>
    public static async Task RejectAsync(HttpContext http, RateLimitLease lease)
    {
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
        http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString();
        await Problems.TooMany(retryAfter).ExecuteAsync(http);
    }

    /// <summary>
    /// X-Forwarded-For and -Proto are believed only from the configured proxies and networks (the ingress), walking
    /// back from the nearest proxy until an address that is not one: the client's own address then keys its rate-limit
    /// bucket and the audit trail. Nothing configured (`./vg up`): the headers are ignored entirely.
    /// </summary>
    private static void TrustForwardedHeaders(ForwardedHeadersOptions options, GatewaySettings settings)
    {
        // Empty known lists would make the middleware believe every sender, so "nothing configured" means "read nothing".
        var configured = settings.ForwardedKnownProxies.Length + settings.ForwardedKnownNetworks.Length > 0;
        options.ForwardedHeaders = configured ? ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto : ForwardedHeaders.None;
        options.ForwardLimit = null;
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in settings.ForwardedKnownProxies) options.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
        foreach (var network in settings.ForwardedKnownNetworks) options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
    }

    /// <summary>
    /// One fixed window per caller within its tenant, so a flooding tenant (or one caller in it) exhausts only its own
    /// budget. Health probes and anything outside /api are not limited; callers without a valid token share one per address.
    /// </summary>
    private static RateLimitPartition<string> Partition(HttpContext http)
    {
        if (!http.Request.Path.StartsWithSegments("/api")) return RateLimitPartition.GetNoLimiter("unlimited");
        var perMinute = http.RequestServices.GetRequiredService<GatewaySettings>().RateLimitPerMinute;
        var key = CurrentCaller.From(http.User) is { } caller ? $"{caller.Tenant}|{caller.Identity}" : $"anonymous|{http.Connection.RemoteIpAddress}";
        return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
        });
    }

    public static WebApplication UseVendorGridPipeline(this WebApplication app)
    {
        app.UseMiddleware<Security.SecurityHeaders>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseForwardedHeaders();
        app.UseMiddleware<AnonymousRateLimit>();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseMiddleware<AuditTrail>();
        app.UseMiddleware<Security.CsrfGuard>();
        app.UseAuthorization();
        app.UseMiddleware<RequestBodyGuard>();
        app.UseMiddleware<IdempotencyKeys>();
        return app;
    }
}
