using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Orleans.Diagnostics;
using VendorGrid.Grains.Telemetry;

namespace VendorGrid.Gateway.Hosting;

/// <summary>
/// Metrics and traces of a gateway (docs/OPERATIONS.md): ASP.NET Core requests, the Orleans client's grain calls
/// (their trace context travels with each call, so a silo's spans join the request's trace), Npgsql, the runtime
/// and VendorGrid's own counters. Prometheus scrapes /metrics, on the admin port VG_ADMIN_PORT when set (Kubernetes
/// keeps that port off the ingress) and on the main port otherwise; OTLP export starts when
/// OTEL_EXPORTER_OTLP_ENDPOINT is set. VG_TELEMETRY=off leaves it all out; spans are recorded only when exported
/// or when VG_TRACING=true.
/// </summary>
public static class GatewayTelemetry
{
    public static WebApplicationBuilder AddVendorGridTelemetry(this WebApplicationBuilder builder)
    {
        builder.UseOrleansClient(client => client.AddActivityPropagation());
        if (!Enabled(builder.Configuration)) return builder;
        if (AdminPort(builder.Configuration) is { } adminPort)
            builder.WebHost.UseUrls([.. (builder.Configuration["urls"] ?? "http://localhost:5000").Split(';'), $"http://0.0.0.0:{adminPort}"]);
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("vendorgrid-gateway", serviceInstanceId: Environment.MachineName + ":" + Environment.ProcessId))
            .WithMetrics(metrics => metrics
                .AddMeter(VendorGridTelemetry.Name, "Microsoft.Orleans")
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddNpgsqlInstrumentation()
                .AddPrometheusExporter())
            .WithTracing(tracing => tracing
                .SetSampler(sp => Sampler(sp.GetRequiredService<IConfiguration>()))
                .AddSource(VendorGridTelemetry.Name, ActivitySources.ApplicationGrainActivitySourceName)
                // Health probes and scrapes every few seconds would drown the traces worth reading.
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/health")
                    && !http.Request.Path.StartsWithSegments("/metrics"))
                .AddHttpClientInstrumentation()
                .AddNpgsql());
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"])) telemetry.UseOtlpExporter();
        return builder;
    }

    /// <summary>Counts every request (first in the pipeline, so refusals count too) and puts the caller in the log scope.</summary>
    public static WebApplication UseVendorGridTelemetry(this WebApplication app)
    {
        app.UseMiddleware<RequestTelemetry>();
        return app;
    }

    public static WebApplication MapVendorGridMetrics(this WebApplication app)
    {
        if (!Enabled(app.Configuration)) return app;
        var scrape = app.MapPrometheusScrapingEndpoint("/metrics");
        if (AdminPort(app.Configuration) is { } adminPort) scrape.RequireHost($"*:{adminPort}");
        return app;
    }

    private static bool Enabled(IConfiguration config) =>
        !string.Equals(config["VG_TELEMETRY"], "off", StringComparison.OrdinalIgnoreCase);

    private static int? AdminPort(IConfiguration config) =>
        int.TryParse(config["VG_ADMIN_PORT"], out var port) && port is > 0 and <= 65535 ? port : null;

    private static Sampler Sampler(IConfiguration config) =>
        !string.IsNullOrWhiteSpace(config["OTEL_EXPORTER_OTLP_ENDPOINT"])
        || string.Equals(config["VG_TRACING"], "true", StringComparison.OrdinalIgnoreCase)
            ? new ParentBasedSampler(new AlwaysOnSampler())
            : new AlwaysOffSampler();
}
