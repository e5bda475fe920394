using Orleans.Dashboard;
using Orleans.Diagnostics;
using VendorGrid.Grains.Telemetry;
using VendorGrid.Hosting;

namespace VendorGrid.Silo.Hosting;

/// <summary>
/// Metrics and traces of a silo (docs/OPERATIONS.md): the common set (<see cref="VendorGridOpenTelemetry"/>) with Orleans'
/// own meter, grain-call and storage spans, and VendorGrid's counters. Prometheus scrapes /metrics on the silo's HTTP
/// port. VG_TELEMETRY=off leaves all of it out (the benchmark's baseline).
/// </summary>
public static class SiloTelemetry
{
    // Probes and scrapes of the operators' port every few seconds would drown the traces worth reading.
    private static readonly TelemetryProfile Profile = new("vendorgrid-silo", [VendorGridTelemetry.Name, "Microsoft.Orleans"],
        [VendorGridTelemetry.Name, ActivitySources.ApplicationGrainActivitySourceName, ActivitySources.StorageActivitySourceName], _ => false);

    public static WebApplicationBuilder AddVendorGridTelemetry(this WebApplicationBuilder builder) => builder.AddVendorGridOpenTelemetry(Profile);

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
