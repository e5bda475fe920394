using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using VendorGrid.Silo.Database;

namespace VendorGrid.Tests.Infrastructure;

/// <summary>
/// A fresh database for one fixture, migrated with the project's own scripts, dropped afterwards. Like a deployment it
/// has two roles: the server's admin owns everything (<see cref="ConnectionString"/>, for what a test sets up or
/// inspects), and <see cref="AppConnectionString"/> is the least-privileged role silos and gateways connect as
/// (<see cref="AppRolePrivileges"/>), so every test of the running system runs without DDL rights.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(string connectionString) => ConnectionString = connectionString;

    public string ConnectionString { get; }

    /// <summary>The same database as <see cref="PostgresServer.AppRole"/>, which may read and write rows and nothing else.</summary>
    public string AppConnectionString => new NpgsqlConnectionStringBuilder(ConnectionString)
        { Username = PostgresServer.AppRole, Password = PostgresServer.AppRolePassword }.ConnectionString;

    public NpgsqlDataSource CreateDataSource() => NpgsqlDataSource.Create(ConnectionString);

    public static async Task<TestDatabase> CreateAsync(string purpose, bool migrate = true)
    {
        var database = new TestDatabase(await PostgresServer.CreateDatabaseAsync(purpose));
        if (migrate)
        {
            await using var source = database.CreateDataSource();
            await PostgresServer.EnsureAppRoleAsync();
            await new MigrationRunner(source, NullLogger<MigrationRunner>.Instance).ApplyAsync(Migration.Embedded(), appRole: PostgresServer.AppRole);
        }
        return database;
    }

    public async Task<T?> ScalarAsync<T>(string sql)
    {
        await using var source = CreateDataSource();
        await using var command = source.CreateCommand(sql);
        var value = await command.ExecuteScalarAsync();
        return value is DBNull or null ? default : (T)value;
    }

    public ValueTask DisposeAsync() => new(PostgresServer.DropDatabaseAsync(ConnectionString));
}
