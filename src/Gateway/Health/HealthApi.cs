using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using VendorGrid.Grains;

namespace VendorGrid.Gateway.Health;

/// <summary>
/// /health/live answers while the process runs; /health/ready only when the database and the cluster both
/// answer (a grain call through the Orleans client) and no silo is still loading its seeds, so a load balancer never
/// routes to a gateway that cannot serve and a script that waits for ready then finds every seeded contract.
/// </summary>
public static class HealthApi
{
    private const string Ready = "ready";

    public static IServiceCollection AddVendorGridHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [Ready])
            .AddCheck<ClusterHealthCheck>("cluster", tags: [Ready])
            .AddCheck<SeedingHealthCheck>("seeding", tags: [Ready]);
        return services;
    }

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains(Ready) });
        return app;
    }
}

internal sealed class DatabaseHealthCheck(NpgsqlDataSource database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancel = default)
    {
        try
        {
            await using var command = database.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync(cancel);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy($"database: {e.Message}");
        }
    }
}

internal sealed class ClusterHealthCheck(IGrainFactory grains) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancel = default)
    {
        try
        {
            await grains.GetGrain<IPlatformDirectoryGrain>(GrainKeys.Platform).ListInstitutionsAsync()
                .WaitAsync(TimeSpan.FromSeconds(5), cancel);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancel.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"cluster: {e.Message}");
        }
    }
}

/// <summary>Not ready while a silo's start-up seeding (vg.seed_runs, written by the silo) is requested and not completed.</summary>
internal sealed class SeedingHealthCheck(NpgsqlDataSource database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancel = default)
    {
        try
        {
            await using var command = database.CreateCommand("SELECT count(*) FROM vg.seed_runs WHERE completed_at IS NULL");
            var loading = (long)(await command.ExecuteScalarAsync(cancel))!;
            return loading == 0 ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy($"seeding: {loading} seed directories still loading");
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy($"seeding: {e.Message}");
        }
    }
}
