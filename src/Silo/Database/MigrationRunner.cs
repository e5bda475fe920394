using Npgsql;

namespace VendorGrid.Silo.Database;

/// <summary>
/// Applies numbered migrations once each, in order, recording them in <c>vg_schema_migrations</c>, then Hangfire's
/// own schema, then (with two roles) the application role's privileges (<see cref="AppRolePrivileges"/>).
/// A session advisory lock serialises concurrent runners (several silos starting together); each script
/// runs in its own transaction with its bookkeeping row; an applied script whose text changed stops start-up,
/// because the database no longer matches what the code believes it is. A database already current is left
/// untouched without any DDL, so the application role itself can run this at start-up as a check.
/// </summary>
public sealed class MigrationRunner(NpgsqlDataSource database, ILogger<MigrationRunner> logger)
{
    /// <summary>Arbitrary but fixed advisory-lock key shared by every VendorGrid process.</summary>
    private const long LockKey = 0x5647_4D49_4752; // "VGMIGR"

    /// <param name="appRole">The role the silos and gateways connect as (VG_DB's user) when this runs as another one, the owner
    /// (VG_MIGRATION_DB): it is granted data access only. Null when one role does both.</param>
    public async Task<IReadOnlyList<Migration>> ApplyAsync(IReadOnlyList<Migration> migrations, CancellationToken cancel = default, string? appRole = null)
    {
        await using var connection = await database.OpenConnectionAsync(cancel);
        if (appRole is null && await IsCurrentAsync(connection, migrations, cancel)) return [];
        await ExecuteAsync(connection, $"SELECT pg_advisory_lock({LockKey})", cancel);
        try
        {
            await ExecuteAsync(connection, """
                CREATE TABLE IF NOT EXISTS vg_schema_migrations (
                    version integer PRIMARY KEY, name text NOT NULL, checksum text NOT NULL,
                    applied_at timestamptz NOT NULL DEFAULT now())
                """, cancel);
            var applied = await ReadAppliedAsync(connection, cancel);
            var newlyApplied = new List<Migration>();
            foreach (var migration in migrations)
            {
                if (applied.TryGetValue(migration.Version, out var checksum))
                {
                    if (checksum != migration.Checksum)
                        throw new InvalidOperationException(
                            $"migration {migration.Version:D4}_{migration.Name} was changed after it was applied (checksum {checksum} in the database, {migration.Checksum} in the code); add a new migration instead");
                    continue;
                }
                await ApplyOneAsync(connection, migration, cancel);
                newlyApplied.Add(migration);
            }
            if (!await JobSchema.IsCurrentAsync(connection, cancel)) JobSchema.Install(connection);
            if (appRole is not null) await AppRolePrivileges.GrantAsync(connection, appRole, cancel);
            return newlyApplied;
        }
        finally
        {
            await ExecuteAsync(connection, $"SELECT pg_advisory_unlock({LockKey})", CancellationToken.None);
        }
    }

    private async Task ApplyOneAsync(NpgsqlConnection connection, Migration migration, CancellationToken cancel)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancel);
        await ExecuteAsync(connection, migration.Sql, cancel);
        await using var record = new NpgsqlCommand(
            "INSERT INTO vg_schema_migrations (version, name, checksum) VALUES ($1, $2, $3)", connection);
        record.Parameters.Add(new() { Value = migration.Version });
        record.Parameters.Add(new() { Value = migration.Name });
        record.Parameters.Add(new() { Value = migration.Checksum });
        await record.ExecuteNonQueryAsync(cancel);
        await transaction.CommitAsync(cancel);
        logger.LogInformation("Applied migration {Version:D4}_{Name}", migration.Version, migration.Name);
    }

    /// <summary>Every script applied with its checksum, and Hangfire's schema at the version this build installs: nothing to do.</summary>
    private static async Task<bool> IsCurrentAsync(NpgsqlConnection connection, IReadOnlyList<Migration> migrations, CancellationToken cancel)
    {
        await using (var exists = new NpgsqlCommand("SELECT to_regclass('vg_schema_migrations') IS NOT NULL", connection))
            if (!(bool)(await exists.ExecuteScalarAsync(cancel))!) return false;
        var applied = await ReadAppliedAsync(connection, cancel);
        return migrations.All(m => applied.TryGetValue(m.Version, out var checksum) && checksum == m.Checksum)
            && await JobSchema.IsCurrentAsync(connection, cancel);
    }

    private static async Task<Dictionary<int, string>> ReadAppliedAsync(NpgsqlConnection connection, CancellationToken cancel)
    {
        await using var command = new NpgsqlCommand("SELECT version, checksum FROM vg_schema_migrations", connection);
        await using var reader = await command.ExecuteReaderAsync(cancel);
        var applied = new Dictionary<int, string>();
        while (await reader.ReadAsync(cancel))
            applied[reader.GetInt32(0)] = reader.GetString(1);
        return applied;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancel)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancel);
    }
}
