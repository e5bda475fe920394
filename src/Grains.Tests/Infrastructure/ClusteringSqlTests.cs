namespace VendorGrid.Tests.Infrastructure;

/// <summary>The membership SQL contract: compare-and-swap on the table version, forward-only heartbeats, Dead-only cleanup.</summary>
public sealed class ClusteringSqlTests(MigratedDatabase fixture) : IClassFixture<MigratedDatabase>
{
    private const int Active = 3, Dead = 6;
    private static readonly DateTime Started = new(2026, 3, 1, 8, 0, 0, DateTimeKind.Utc);
    private readonly OrleansQueries queries = new(fixture.Database);

    private static (string, object?)[] Silo(string cluster, int generation, int status, int version, DateTime alive) =>
    [
        ("DeploymentId", cluster), ("Address", "127.0.0.1"), ("Port", 11111), ("Generation", generation),
        ("SiloName", $"silo-{generation}"), ("HostName", "test"), ("Status", status), ("ProxyPort", 30000),
        ("StartTime", Started), ("IAmAliveTime", alive), ("Version", version),
    ];

    private async Task<string> NewClusterAsync()
    {
        var cluster = $"c-{Guid.NewGuid():N}";
        Assert.Equal(1, await queries.ScalarAsync("InsertMembershipVersionKey", ("DeploymentId", cluster)));
        Assert.Equal(0, await queries.ScalarAsync("InsertMembershipVersionKey", ("DeploymentId", cluster)));
        return cluster;
    }

    private Task<List<Dictionary<string, object?>>> ReadAllAsync(string cluster) =>
        queries.RowsAsync("MembershipReadAllKey", ("DeploymentId", cluster));

    [Fact]
    public async Task InsertWithStaleVersion_FailsAndLeavesTheVersionAlone()
    {
        var cluster = await NewClusterAsync();

        Assert.Equal(1, await queries.ScalarAsync("InsertMembershipKey", Silo(cluster, 1, Active, version: 0, Started)));
        Assert.Equal(0, await queries.ScalarAsync("InsertMembershipKey", Silo(cluster, 2, Active, version: 0, Started)));
        Assert.Equal(0, await queries.ScalarAsync("InsertMembershipKey", Silo(cluster, 1, Active, version: 1, Started)));

        var rows = await ReadAllAsync(cluster);
        Assert.Equal(1, Assert.Single(rows)["Version"]);
        Assert.Equal(1, rows[0]["Generation"]);
    }

    [Fact]
    public async Task IAmAlive_OnlyMovesForward_AndDoesNotBumpTheVersion()
    {
        var cluster = await NewClusterAsync();
        await queries.ScalarAsync("InsertMembershipKey", Silo(cluster, 1, Active, 0, Started.AddMinutes(10)));
        (string, object?)[] Beat(DateTime at) =>
            [("DeploymentId", cluster), ("Address", "127.0.0.1"), ("Port", 11111), ("Generation", 1), ("IAmAliveTime", at)];

        await queries.ScalarAsync("UpdateIAmAlivetimeKey", Beat(Started.AddMinutes(5)));
        var afterLateBeat = Assert.Single(await ReadAllAsync(cluster));
        await queries.ScalarAsync("UpdateIAmAlivetimeKey", Beat(Started.AddMinutes(20)));
        var afterNextBeat = Assert.Single(await ReadAllAsync(cluster));

        Assert.Equal(Started.AddMinutes(10), afterLateBeat["IAmAliveTime"]);
        Assert.Equal(Started.AddMinutes(20), afterNextBeat["IAmAliveTime"]);
        Assert.Equal(1, afterNextBeat["Version"]);
    }

    [Fact]
    public async Task Cleanup_RemovesOnlyDeadSilos()
    {
        var cluster = await NewClusterAsync();
        await queries.ScalarAsync("InsertMembershipKey", Silo(cluster, 1, Dead, 0, Started));
        await queries.ScalarAsync("InsertMembershipKey", Silo(cluster, 2, Active, 1, Started));

        await queries.ScalarAsync("CleanupDefunctSiloEntriesKey", ("DeploymentId", cluster), ("IAmAliveTime", Started.AddDays(1)));

        var survivor = Assert.Single(await ReadAllAsync(cluster));
        Assert.Equal(2, survivor["Generation"]);
        var gateway = Assert.Single(await queries.RowsAsync("GatewaysQueryKey", ("DeploymentId", cluster), ("Status", Active)));
        Assert.Equal(30000, gateway["ProxyPort"]);
    }

    [Fact]
    public async Task UpdateWithStaleVersion_ChangesNothing()
    {
        var cluster = await NewClusterAsync();
        await queries.ScalarAsync("InsertMembershipKey", Silo(cluster, 1, Active, 0, Started));
        (string, object?)[] Update(int status, int version) =>
        [
            ("DeploymentId", cluster), ("Address", "127.0.0.1"), ("Port", 11111), ("Generation", 1), ("Status", status),
            ("SuspectTimes", null), ("IAmAliveTime", Started), ("Version", version),
        ];

        Assert.Equal(0, await queries.ScalarAsync("UpdateMembershipKey", Update(Dead, version: 0)));
        Assert.Equal(1, await queries.ScalarAsync("UpdateMembershipKey", Update(Dead, version: 1)));

        var row = Assert.Single(await ReadAllAsync(cluster));
        Assert.Equal(Dead, row["Status"]);
        Assert.Equal(2, row["Version"]);
    }
}
