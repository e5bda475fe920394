using System.Threading.RateLimiting;
using VendorGrid.Gateway.Hosting;
using VendorGrid.Gateway.Tenancy;

namespace VendorGrid.Gateway.Api;

/// <summary>
/// The request pipeline around every /api endpoint, in order: rate limit (per caller, partitioned by tenant), audit
/// (so refusals by authorization are recorded too), CSRF check for cookie sessions, authorization, body guard (413, mass assignment), idempotency.
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
            options.OnRejected = async (context, cancel) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString();
                await Problems.TooMany(retryAfter).ExecuteAsync(context.HttpContext);
            };
        });
        return builder;
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
