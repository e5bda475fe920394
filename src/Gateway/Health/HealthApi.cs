using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using VendorGrid.Grains;

namespace VendorGrid.Gateway.Health;

/// <summary>
/// /health/live answers while the process runs; /health/ready only when the database and the cluster both
/// answer (a grain call through the Orleans client), so a load balancer never routes to a gateway that cannot serve.
/// </summary>
public static class HealthApi
{
    private const string Ready = "ready";

    public static IServiceCollection AddVendorGridHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [Ready])
            .AddCheck<ClusterHealthCheck>("cluster", tags: [Ready]);
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
