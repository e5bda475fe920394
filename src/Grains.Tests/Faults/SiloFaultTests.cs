using System.Net;
using VendorGrid.Tests.Infrastructure;

namespace VendorGrid.Tests.Faults;

/// <summary>
/// Issue 8's fault tests run real processes and kill them; alone, so the shared 2 cores do not turn other tests'
/// timeouts (or these probes) into noise.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FaultCollection
{
    public const string Name = "faults";
}

/// <summary>Silos crash or are drained under a steady write load through the gateway; no acknowledged write is lost or doubled.</summary>
[Collection(FaultCollection.Name)]
public sealed class SiloFaultTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Join = FaultCluster.StartUp, Detect = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task KillMinus9_OfOneSiloThenAnotherAfterItRejoins_LosesAndDoublesNoAcknowledgedWrite()
    {
        await using var database = await TestDatabase.CreateAsync("faults_kill");
        await using var cluster = new FaultCluster(database.ConnectionString);
        var (a, b) = (cluster.StartSilo("silo-a"), cluster.StartSilo("silo-b"));
        cluster.StartSilo("silo-c");
        var gateway = await cluster.StartGatewayAsync();
        await cluster.WaitForActiveSilosAsync(gateway, 3, Join);
        var institution = $"inst-{Guid.NewGuid():N}"[..24];
        var contracts = new List<string>();
        for (var i = 0; i < 8; i++) contracts.Add(await cluster.CreateContractAsync(gateway, institution));

        var load = new WriteLoad(cluster, [gateway], institution, contracts);
        load.Start();
        await load.WaitForAcknowledgedAsync(30, TimeSpan.FromSeconds(30));
        a.KillHard();
        output.WriteLine($"{DateTime.UtcNow:HH:mm:ss.fff} kill -9 {a.Name}");
        await cluster.WaitForActiveSilosAsync(gateway, 2, Detect);
        var rejoined = cluster.RestartSilo(a);
        await cluster.WaitForActiveSilosAsync(gateway, 3, Join);
        output.WriteLine($"{DateTime.UtcNow:HH:mm:ss.fff} {rejoined.Name} rejoined");
        await load.WaitForAcknowledgedAsync(30, TimeSpan.FromSeconds(30));
        b.KillHard();
        output.WriteLine($"{DateTime.UtcNow:HH:mm:ss.fff} kill -9 {b.Name}");
        await cluster.WaitForActiveSilosAsync(gateway, 2, Detect);
        await load.WaitForAcknowledgedAsync(60, TimeSpan.FromSeconds(45));
        await load.StopAsync();

        var report = load.Report();
        output.WriteLine($"kill -9 twice, 3 silos, probes 2 s x 3, gateway response timeout 10 s: {report}");
        var copies = await load.StoredCopiesOfAcknowledgedAsync(database.ConnectionString);
        Assert.Empty(copies.Where(c => c.Value != 1).Select(c => $"{c.Key}: {c.Value} rows"));
        Assert.True(report.Acknowledged >= 120, report.ToString());
    }

    [Fact]
    public async Task ASiloDrainedThroughTheAdminApi_DuringLoad_FailsNoRequest_AndExitsByItself()
    {
        await using var database = await TestDatabase.CreateAsync("faults_drain");
        await using var cluster = new FaultCluster(database.ConnectionString);
        cluster.StartSilo("silo-a");
        cluster.StartSilo("silo-b");
        var gateways = await Task.WhenAll(cluster.StartGatewayAsync(), cluster.StartGatewayAsync());
        await cluster.WaitForActiveSilosAsync(gateways[0], 2, Join);
        var institution = $"inst-{Guid.NewGuid():N}"[..24];
        var contracts = new List<string>();
        for (var i = 0; i < 8; i++) contracts.Add(await cluster.CreateContractAsync(gateways[0], institution));
        var before = await cluster.ActiveSilosAsync(gateways[0]);

        var load = new WriteLoad(cluster, gateways, institution, contracts);
        load.Start();
        await load.WaitForAcknowledgedAsync(30, TimeSpan.FromSeconds(30));
        var target = before[0];
        using var admin = cluster.Client(gateways[1], cluster.Token("platform-admin"));
        var drain = await admin.PostAsync($"/api/admin/cluster/silos/{Uri.EscapeDataString(target)}/drain", null);
        Assert.Equal(HttpStatusCode.Accepted, drain.StatusCode);
        output.WriteLine($"{DateTime.UtcNow:HH:mm:ss.fff} drain {target}");
        await cluster.WaitForActiveSilosAsync(gateways[0], 1, Detect);
        await Eventually.Async(() => Task.FromResult(cluster.Silos.Any(s => s.HasExited)), TimeSpan.FromSeconds(30), "the drained silo did not exit");
        await load.WaitForAcknowledgedAsync(60, TimeSpan.FromSeconds(30));
        await load.StopAsync();

        var report = load.Report();
        output.WriteLine($"drain of 1 of 2 silos, 2 gateways: {report}");
        Assert.Equal(0, Assert.Single(cluster.Silos, s => s.HasExited).ExitCode);
        Assert.Equal(before.Except([target]), await cluster.ActiveSilosAsync(gateways[1]));
        Assert.True(report.Failed == 0, report.ToString());
        var copies = await load.StoredCopiesOfAcknowledgedAsync(database.ConnectionString);
        Assert.Empty(copies.Where(c => c.Value != 1).Select(c => $"{c.Key}: {c.Value} rows"));
    }
}
