using VendorGrid.Silo.Database;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace VendorGrid.Tests.Faults;

/// <summary>The database crashes and comes back under load; the platform recovers by itself and keeps every acknowledged write.</summary>
[Collection(FaultCollection.Name)]
public sealed class PostgresFaultTests(ITestOutputHelper output)
{
    [Fact]
    public async Task PostgresRestartedImmediately_UnderLoad_RecoversByItself_AndKeepsEveryAcknowledgedWrite()
    {
        await using var postgres = await OwnPostgres.StartAsync();
        await using (var source = NpgsqlDataSource.Create(postgres.ConnectionString))
            await new MigrationRunner(source, NullLogger<MigrationRunner>.Instance).ApplyAsync(Migration.Embedded());
        await using var cluster = new FaultCluster(postgres.ConnectionString);
        cluster.StartSilo("silo-a");
        cluster.StartSilo("silo-b");
        var gateway = await cluster.StartGatewayAsync();
        await cluster.WaitForActiveSilosAsync(gateway, 2, FaultCluster.StartUp);
        var institution = $"inst-{Guid.NewGuid():N}"[..24];
        var contracts = new List<string>();
        for (var i = 0; i < 8; i++) contracts.Add(await cluster.CreateContractAsync(gateway, institution));

        var load = new WriteLoad(cluster, [gateway], institution, contracts);
        load.Start();
        await load.WaitForAcknowledgedAsync(30, TimeSpan.FromSeconds(30));
        output.WriteLine($"{DateTime.UtcNow:HH:mm:ss.fff} pg_ctl restart -m immediate");
        await postgres.RestartImmediatelyAsync();
        output.WriteLine($"{DateTime.UtcNow:HH:mm:ss.fff} PostgreSQL accepts connections again");
        // Recovery by itself: nobody restarts a silo or a gateway; writes are acknowledged again.
        await load.WaitForAcknowledgedAsync(60, TimeSpan.FromSeconds(60));
        await load.StopAsync();

        var report = load.Report();
        output.WriteLine($"PostgreSQL immediate restart, 2 silos: {report}");
        Assert.All(cluster.Silos, silo => Assert.False(silo.HasExited, $"{silo.Name} exited: {silo.Tail}"));
        var copies = await load.StoredCopiesOfAcknowledgedAsync(postgres.ConnectionString);
        Assert.Empty(copies.Where(c => c.Value != 1).Select(c => $"{c.Key}: {c.Value} rows"));
    }
}
