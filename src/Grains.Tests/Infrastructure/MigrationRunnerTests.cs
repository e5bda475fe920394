using Microsoft.Extensions.Logging.Abstractions;
using VendorGrid.Silo.Database;

namespace VendorGrid.Tests.Infrastructure;

public sealed class MigrationRunnerTests
{
    private static MigrationRunner Runner(Npgsql.NpgsqlDataSource source) => new(source, NullLogger<MigrationRunner>.Instance);

    [Fact]
    public async Task FreshDatabase_AppliesEveryScriptOnce_AndASecondRunAppliesNothing()
    {
        await using var database = await TestDatabase.CreateAsync("migrate", migrate: false);
        await using var source = database.CreateDataSource();

        var first = await Runner(source).ApplyAsync(Migration.Embedded());
        var second = await Runner(source).ApplyAsync(Migration.Embedded());

        // Every shipped script, in order, numbered without gaps.
        var shipped = Migration.Embedded().Select(m => m.Version).ToList();
        Assert.Equal(Enumerable.Range(1, shipped.Count), shipped);
        Assert.Equal(shipped, first.Select(m => m.Version));
        Assert.Empty(second);
        Assert.Equal((long)shipped.Count, await database.ScalarAsync<long>("SELECT count(*) FROM vg_schema_migrations"));
        Assert.Equal(14L, await database.ScalarAsync<long>("SELECT count(*) FROM OrleansQuery"));
    }

    [Fact]
    public async Task ScriptChangedAfterItWasApplied_StopsWithAChecksumError()
    {
        await using var database = await TestDatabase.CreateAsync("checksum", migrate: false);
        await using var source = database.CreateDataSource();
        await Runner(source).ApplyAsync([new Migration(1, "first", "CREATE TABLE t1 (x integer)")]);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            Runner(source).ApplyAsync([new Migration(1, "first", "CREATE TABLE t1 (x bigint)")]));

        Assert.StartsWith("migration 0001_first was changed after it was applied", error.Message);
    }

    [Fact]
    public async Task FailingScript_LeavesNoTraceAndIsRetriedNextTime()
    {
        await using var database = await TestDatabase.CreateAsync("rollback", migrate: false);
        await using var source = database.CreateDataSource();
        Migration[] broken = [new(1, "broken", "CREATE TABLE t2 (x integer); SELECT 1/0;")];

        await Assert.ThrowsAsync<Npgsql.PostgresException>(() => Runner(source).ApplyAsync(broken));

        Assert.Equal(0L, await database.ScalarAsync<long>("SELECT count(*) FROM vg_schema_migrations"));
        Assert.Null(await database.ScalarAsync<string>("SELECT to_regclass('t2')::text"));
    }

    [Fact]
    public async Task TwoRunnersAtOnce_ApplyEachScriptExactlyOnce()
    {
        await using var database = await TestDatabase.CreateAsync("concurrent", migrate: false);
        await using var source = database.CreateDataSource();

        var results = await Task.WhenAll(
            Runner(source).ApplyAsync(Migration.Embedded()), Runner(source).ApplyAsync(Migration.Embedded()));

        var scripts = Migration.Embedded().Count;
        Assert.Equal(scripts, results.Sum(r => r.Count));
        Assert.Equal((long)scripts, await database.ScalarAsync<long>("SELECT count(*) FROM vg_schema_migrations"));
    }
}
