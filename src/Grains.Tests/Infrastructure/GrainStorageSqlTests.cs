namespace VendorGrid.Tests.Infrastructure;

/// <summary>The persistence SQL contract, exercised directly with the provider's parameter names.</summary>
public sealed class GrainStorageSqlTests(MigratedDatabase fixture) : IClassFixture<MigratedDatabase>
{
    private readonly OrleansQueries queries = new(fixture.Database);

    private static (string, object?)[] Identity(string key, string stateName = "contract-state", int? version = null, byte[]? payload = null) =>
    [
        ("ServiceId", "vendorgrid"), ("GrainTypeHash", 17), ("GrainIdHash", key.Length), ("GrainIdN0", 0L), ("GrainIdN1", 0L),
        ("GrainTypeString", stateName), ("GrainIdExtensionString", key), ("GrainStateVersion", version),
        ("PayloadBinary", payload ?? [1, 2, 3]),
    ];

    private Task<object?> WriteAsync(string key, int? version, byte[] payload, string stateName = "contract-state") =>
        queries.ScalarAsync("WriteToStorageKey", Identity(key, stateName, version, payload));

    [Fact]
    public async Task EightConcurrentFirstWrites_LeaveOneRowAndOneWinner()
    {
        var key = $"race/{Guid.NewGuid():N}";

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => WriteAsync(key, null, [(byte)i])));

        Assert.Equal(1, results.Count(r => r is 1));
        Assert.Equal(7, results.Count(r => r is null));
        Assert.Equal(1L, await fixture.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM orleans.grain_state WHERE grain_id_extension_string = '{key}'"));
    }

    [Fact]
    public async Task Writes_IncrementTheVersion_AndAStaleVersionIsAConflict()
    {
        var key = $"versions/{Guid.NewGuid():N}";

        Assert.Equal(1, await WriteAsync(key, null, [10]));
        Assert.Equal(2, await WriteAsync(key, 1, [20]));
        Assert.Null(await WriteAsync(key, 1, [30]));
        Assert.Null(await WriteAsync(key, null, [40]));

        var row = Assert.Single(await queries.RowsAsync("ReadFromStorageKey", Identity(key)));
        Assert.Equal(new byte[] { 20 }, row["PayloadBinary"]);
        Assert.Equal(2, row["Version"]);
    }

    [Fact]
    public async Task SameKeyUnderDifferentStateNames_AreSeparateRows()
    {
        var key = $"shared/{Guid.NewGuid():N}";

        Assert.Equal(1, await WriteAsync(key, null, [1], "contract-state"));
        Assert.Equal(1, await WriteAsync(key, null, [2], "vendor-state"));

        var row = Assert.Single(await queries.RowsAsync("ReadFromStorageKey", Identity(key, "vendor-state")));
        Assert.Equal(new byte[] { 2 }, row["PayloadBinary"]);
    }

    [Fact]
    public async Task IntegerKeysWithoutExtension_AreUniqueToo()
    {
        var n0 = Random.Shared.NextInt64();
        (string, object?)[] IntegerKey(int? version) =>
        [
            ("ServiceId", "vendorgrid"), ("GrainTypeHash", 17), ("GrainIdHash", 5), ("GrainIdN0", n0), ("GrainIdN1", 0L),
            ("GrainTypeString", "contract-state"), ("GrainIdExtensionString", null), ("GrainStateVersion", version),
            ("PayloadBinary", new byte[] { 9 }),
        ];

        Assert.Equal(1, await queries.ScalarAsync("WriteToStorageKey", IntegerKey(null)));
        Assert.Null(await queries.ScalarAsync("WriteToStorageKey", IntegerKey(null)));
        Assert.Equal(2, await queries.ScalarAsync("WriteToStorageKey", IntegerKey(1)));
    }

    [Fact]
    public async Task Clear_KeepsTheRowAndMovesTheVersionOn()
    {
        var key = $"clear/{Guid.NewGuid():N}";
        await WriteAsync(key, null, [1]);

        Assert.Equal(2, await queries.ScalarAsync("ClearStorageKey", Identity(key, version: 1)));

        var row = Assert.Single(await queries.RowsAsync("ReadFromStorageKey", Identity(key)));
        Assert.Null(row["PayloadBinary"]);
        Assert.Equal(2, row["Version"]);
    }
}

/// <summary>One migrated database for a test class.</summary>
public sealed class MigratedDatabase : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Database = await TestDatabase.CreateAsync("sql");

    public async ValueTask DisposeAsync() => await Database.DisposeAsync();
}
