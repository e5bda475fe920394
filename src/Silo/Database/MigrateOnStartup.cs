using Npgsql;
using VendorGrid.Silo.Configuration;

namespace VendorGrid.Silo.Database;

/// <summary>
/// Runs the embedded migrations before anything else starts (registered first: hosted services start in
/// order), turning an unreachable or unusable database into one clear start-up error.
/// </summary>
public sealed class MigrateOnStartup(MigrationRunner runner) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await runner.ApplyAsync(Migration.Embedded(), cancellationToken);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            throw new StartupException($"database migration failed: {e.Message}", e);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
