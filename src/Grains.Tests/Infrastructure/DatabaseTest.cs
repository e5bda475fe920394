using Npgsql;

namespace VendorGrid.Tests.Infrastructure;

/// <summary>
/// A test class that talks to the project's tables directly: each test gets a fresh migrated database and a data
/// source on it, both dropped afterwards.
/// </summary>
public abstract class DatabaseTest(string purpose) : IAsyncLifetime
{
    protected TestDatabase Database { get; private set; } = null!;
    protected NpgsqlDataSource Source { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync(purpose);
        Source = Database.CreateDataSource();
    }

    public async ValueTask DisposeAsync()
    {
        await Source.DisposeAsync();
        await Database.DisposeAsync();
    }
}
