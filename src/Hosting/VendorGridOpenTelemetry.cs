using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace VendorGrid.Hosting;

/// <summary>What a host exports besides the common set: its service name, its own meters and activity sources, which requests to trace.</summary>
public sealed record TelemetryProfile(string Service, string[] Meters, string[] ActivitySources, Func<HttpContext, bool> TraceRequest);

/// <summary>
/// The metrics and traces both hosts export (docs/OPERATIONS.md): ASP.NET Core, outgoing HTTP, the .NET runtime and
/// PostgreSQL through Npgsql, plus each host's own (<see cref="TelemetryProfile"/>). Prometheus scrapes /metrics; OTLP
/// export starts when OTEL_EXPORTER_OTLP_ENDPOINT is set; spans are recorded only when exported or with VG_TRACING=true.
/// </summary>
public static class VendorGridOpenTelemetry
{
    /// <summary>Nothing when VG_TELEMETRY=off (the benchmarks' baseline).</summary>
    public static WebApplicationBuilder AddVendorGridOpenTelemetry(this WebApplicationBuilder builder, TelemetryProfile profile)
    {
        if (!TelemetrySwitch.Enabled(builder.Configuration)) return builder;
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(profile.Service, serviceInstanceId: Environment.MachineName + ":" + Environment.ProcessId))
            .WithMetrics(metrics => metrics
                .AddMeter(profile.Meters)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddNpgsqlInstrumentation()
                .AddPrometheusExporter())
            .WithTracing(tracing => tracing
                .SetSampler(sp => TelemetrySwitch.Sampler(sp.GetRequiredService<IConfiguration>()))
                .AddSource(profile.ActivitySources)
                .AddAspNetCoreInstrumentation(o => o.Filter = profile.TraceRequest)
                .AddHttpClientInstrumentation()
                .AddNpgsql());
        if (TelemetrySwitch.OtlpConfigured(builder.Configuration)) telemetry.UseOtlpExporter();
        return builder;
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
