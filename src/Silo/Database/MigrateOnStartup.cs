using Npgsql;
using VendorGrid.Silo.Configuration;

namespace VendorGrid.Silo.Database;

/// <summary>
/// Runs the embedded migrations before anything else starts (registered first: hosted services start in
/// order), turning an unreachable or unusable database into one clear start-up error. With VG_MIGRATION_DB (the
/// owner role; the Kubernetes init container, `./vg up`) it migrates as that role and grants VG_DB's role data
/// access only; without it, VG_DB's role checks the schema is current, and migrates only if it may (one role).
/// </summary>
public sealed class MigrateOnStartup(SiloSettings settings, ILogger<MigrationRunner> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var owner = settings.MigrationConnectionString ?? settings.ConnectionString;
        try
        {
            await using var database = NpgsqlDataSource.Create(owner);
            await new MigrationRunner(database, logger).ApplyAsync(Migration.Embedded(), cancellationToken,
                AppRolePrivileges.AppRole(settings.ConnectionString, owner));
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege && settings.MigrationConnectionString is null)
        {
            throw new StartupException($"the database schema is not current and VG_DB's role may not migrate it ({e.MessageText}): " +
                "run the migrations as the owner role (VG_MIGRATION_DB, e.g. VG_MIGRATE_ONLY=1)", e);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            throw new StartupException($"database migration failed: {e.Message}", e);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
