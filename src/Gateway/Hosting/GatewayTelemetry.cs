using Orleans.Diagnostics;
using VendorGrid.Grains.Telemetry;
using VendorGrid.Hosting;

namespace VendorGrid.Gateway.Hosting;

/// <summary>
/// Metrics and traces of a gateway (docs/OPERATIONS.md): the common set (<see cref="VendorGridOpenTelemetry"/>) with the
/// Orleans client's grain calls (their trace context travels with each call, so a silo's spans join the request's
/// trace) and VendorGrid's own counters. Prometheus scrapes /metrics, on the admin port VG_ADMIN_PORT when set
/// (Kubernetes keeps that port off the ingress) and on the main port otherwise. VG_TELEMETRY=off leaves it all out.
/// </summary>
public static class GatewayTelemetry
{
    // Health probes and scrapes every few seconds would drown the traces worth reading.
    private static readonly TelemetryProfile Profile = new("vendorgrid-gateway", [VendorGridTelemetry.Name, "Microsoft.Orleans"],
        [VendorGridTelemetry.Name, ActivitySources.ApplicationGrainActivitySourceName],
        http => !http.Request.Path.StartsWithSegments("/health") && !http.Request.Path.StartsWithSegments("/metrics"));

    public static WebApplicationBuilder AddVendorGridTelemetry(this WebApplicationBuilder builder)
    {
        builder.UseOrleansClient(client => client.AddActivityPropagation());
        if (!TelemetrySwitch.Enabled(builder.Configuration)) return builder;
        if (AdminPort(builder.Configuration) is { } adminPort)
            builder.WebHost.UseUrls([.. (builder.Configuration["urls"] ?? "http://localhost:5000").Split(';'), $"http://0.0.0.0:{adminPort}"]);
        return builder.AddVendorGridOpenTelemetry(Profile);
    }

    /// <summary>Counts every request (first in the pipeline, so refusals count too) and puts the caller in the log scope.</summary>
    public static WebApplication UseVendorGridTelemetry(this WebApplication app)
    {
        app.UseMiddleware<RequestTelemetry>();
        return app;
    }

    public static WebApplication MapVendorGridMetrics(this WebApplication app)
    {
        if (!TelemetrySwitch.Enabled(app.Configuration)) return app;
        var scrape = app.MapPrometheusScrapingEndpoint("/metrics");
        if (AdminPort(app.Configuration) is { } adminPort) scrape.RequireHost($"*:{adminPort}");
        return app;
    }

    private static int? AdminPort(IConfiguration config) =>
        int.TryParse(config["VG_ADMIN_PORT"], out var port) && port is > 0 and <= 65535 ? port : null;
}
