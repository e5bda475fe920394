using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using Orleans.Runtime;
using VendorGrid.Silo.Configuration;

namespace VendorGrid.Silo.Hosting;

/// <summary>
/// The silo's own small HTTP endpoint for operators (never routed to the public): /health/live while the process
/// runs, /health/ready once this silo is Active in the cluster's membership and its database answers, and
/// /metrics. VG_SILO_HTTP_PORT chooses the port (Kubernetes: 8081); unset or 0, a free port is taken and logged.
/// </summary>
public static class SiloHealth
{
    private const string Ready = "ready";

    public static WebApplicationBuilder AddVendorGridSiloHttp(this WebApplicationBuilder builder)
    {
        var text = builder.Configuration["VG_SILO_HTTP_PORT"];
        var port = 0;
        if (!string.IsNullOrWhiteSpace(text) && (!int.TryParse(text, out port) || port is < 0 or > 65535))
            throw new StartupException($"VG_SILO_HTTP_PORT must be a TCP port (0-65535), got '{text}'");
        if (port == 0) port = FreePort();
        builder.WebHost.UseUrls($"http://0.0.0.0:{port}");
        builder.Services.AddHealthChecks()
            .AddCheck<SiloMembershipCheck>("cluster", tags: [Ready])
            .AddCheck<SiloDatabaseCheck>("database", tags: [Ready]);
        return builder;
    }

    public static WebApplication MapVendorGridSiloHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains(Ready) });
        app.Lifetime.ApplicationStarted.Register(() =>
            app.Logger.LogWarning("Silo HTTP (health, metrics) listening on {Urls}", string.Join(", ", app.Urls)));
        return app;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Any, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>Ready only while the membership table lists this silo as Active (joined, not shutting down).</summary>
internal sealed class SiloMembershipCheck(ILocalSiloDetails local, IClusterMembershipService membership) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancel = default)
    {
        var status = membership.CurrentSnapshot.GetSiloStatus(local.SiloAddress);
        return Task.FromResult(status == SiloStatus.Active
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"silo {local.SiloAddress} is {status}"));
    }
}

internal sealed class SiloDatabaseCheck(NpgsqlDataSource database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancel = default)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            await using var command = database.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync(timeout.Token);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or OperationCanceledException && !cancel.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"database: {e.Message}");
        }
    }
}
