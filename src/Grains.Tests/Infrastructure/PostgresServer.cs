using Npgsql;

namespace VendorGrid.Tests.Infrastructure;

/// <summary>
/// The throwaway PostgreSQL server `./vg test` starts; its admin connection string is in VG_TEST_DB.
/// Every fixture gets its own database on it, so test classes never see each other's rows.
/// </summary>
public static class PostgresServer
{
    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable("VG_TEST_DB") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                "VG_TEST_DB is not set. Run the tests with `./vg test`, or point VG_TEST_DB at a PostgreSQL 15+ server you may create databases on.");

    /// <summary>The login every test database grants data access to (cluster-wide, like every role; created once).</summary>
    public const string AppRole = "vendorgrid_test_app", AppRolePassword = "vendorgrid-test-app-not-a-secret";

    public static async Task EnsureAppRoleAsync()
    {
        try
        {
            await ExecuteAsync($"""
                DO $$ BEGIN
                  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{AppRole}') THEN
                    CREATE ROLE {AppRole} LOGIN PASSWORD '{AppRolePassword}' NOSUPERUSER NOCREATEDB NOCREATEROLE;
                  END IF;
                END $$
                """);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DuplicateObject or PostgresErrorCodes.UniqueViolation)
        {
            // Another test process created it at the same moment.
        }
    }

    public static async Task<string> CreateDatabaseAsync(string purpose)
    {
        var name = $"vgtest_{purpose}_{Guid.NewGuid():N}".ToLowerInvariant();
        name = name[..Math.Min(63, name.Length)];
        await ExecuteAsync($"CREATE DATABASE \"{name}\"");
        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name, Pooling = true }.ConnectionString;
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
