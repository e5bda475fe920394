using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Orleans.Dashboard;
using Orleans.Diagnostics;
using VendorGrid.Grains.Telemetry;

namespace VendorGrid.Silo.Hosting;

/// <summary>
/// Metrics and traces of a silo (docs/OPERATIONS.md): Orleans' own meter and grain-call spans, PostgreSQL through
/// Npgsql, the .NET runtime, and VendorGrid's counters. Prometheus scrapes /metrics on the silo's HTTP port;
/// OTLP export starts when OTEL_EXPORTER_OTLP_ENDPOINT is set. VG_TELEMETRY=off leaves all of it out (the
/// benchmark's baseline); traces are sampled only when exported or when VG_TRACING=true.
/// </summary>
public static class SiloTelemetry
{
    public static WebApplicationBuilder AddVendorGridTelemetry(this WebApplicationBuilder builder)
    {
        if (!TelemetrySwitch.Enabled(builder.Configuration)) return builder;
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("vendorgrid-silo", serviceInstanceId: Environment.MachineName + ":" + Environment.ProcessId))
            .WithMetrics(metrics => metrics
                .AddMeter(VendorGridTelemetry.Name, "Microsoft.Orleans")
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddNpgsqlInstrumentation()
                .AddPrometheusExporter())
            .WithTracing(tracing => tracing
                .SetSampler(sp => TelemetrySwitch.Sampler(sp.GetRequiredService<IConfiguration>()))
                .AddSource(VendorGridTelemetry.Name, ActivitySources.ApplicationGrainActivitySourceName,
                    ActivitySources.StorageActivitySourceName)
                // Probes and scrapes of the operators' port every few seconds would drown the traces worth reading.
                .AddAspNetCoreInstrumentation(o => o.Filter = _ => false)
                .AddHttpClientInstrumentation()
                .AddNpgsql());
        if (TelemetrySwitch.OtlpConfigured(builder.Configuration)) telemetry.UseOtlpExporter();
        return builder;
    }

    /// <summary>
    /// Trace context through grain calls, the VendorGrid counters, and the Orleans Dashboard's collectors; with
    /// VG_TELEMETRY=off only the trace context (the gateway's dashboard then finds no collectors to read).
    /// </summary>
    public static ISiloBuilder AddVendorGridDiagnostics(this ISiloBuilder silo)
    {
        silo.AddActivityPropagation();
        if (!TelemetrySwitch.Enabled(silo.Configuration)) return silo;
        silo.AddIncomingGrainCallFilter<GrainCallMetrics>();
        silo.AddDashboard();
        return silo;
    }

    public static WebApplication MapVendorGridMetrics(this WebApplication app)
    {
        if (TelemetrySwitch.Enabled(app.Configuration)) app.MapPrometheusScrapingEndpoint("/metrics");
        return app;
    }
}

/// <summary>The telemetry settings both hosts read (environment variables; same keys in appsettings).</summary>
public static class TelemetrySwitch
{
    public static bool Enabled(IConfiguration config) =>
        !string.Equals(config["VG_TELEMETRY"], "off", StringComparison.OrdinalIgnoreCase);

    public static bool OtlpConfigured(IConfiguration config) =>
        !string.IsNullOrWhiteSpace(config["OTEL_EXPORTER_OTLP_ENDPOINT"]);

    /// <summary>Record spans only when someone receives them: an OTLP collector, or VG_TRACING=true (tests, debugging).</summary>
    public static Sampler Sampler(IConfiguration config) =>
        OtlpConfigured(config) || string.Equals(config["VG_TRACING"], "true", StringComparison.OrdinalIgnoreCase)
            ? new ParentBasedSampler(new AlwaysOnSampler())
            : new AlwaysOffSampler();
}
