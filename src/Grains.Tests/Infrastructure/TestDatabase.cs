using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using VendorGrid.Silo.Database;

namespace VendorGrid.Tests.Infrastructure;

/// <summary>A fresh database for one fixture, migrated with the project's own scripts, dropped afterwards.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(string connectionString) => ConnectionString = connectionString;

    public string ConnectionString { get; }

    public NpgsqlDataSource CreateDataSource() => NpgsqlDataSource.Create(ConnectionString);

    public static async Task<TestDatabase> CreateAsync(string purpose, bool migrate = true)
    {
        var database = new TestDatabase(await PostgresServer.CreateDatabaseAsync(purpose));
        if (migrate)
        {
            await using var source = database.CreateDataSource();
            await new MigrationRunner(source, NullLogger<MigrationRunner>.Instance).ApplyAsync(Migration.Embedded());
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
