using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using VendorGrid.Grains;
using VendorGrid.Tests.Grains;

namespace VendorGrid.Tests.Infrastructure;

/// <summary>Acknowledged writes survive `kill -9` of a real silo process: state is in PostgreSQL, not in memory.</summary>
public sealed class DurabilityTests
{
    [Fact]
    public async Task AcknowledgedContract_SurvivesKillMinus9AndRestart_AndSeedsAreNotDuplicated()
    {
        await using var database = await TestDatabase.CreateAsync("durable", migrate: false);
        var clusterId = $"durable-{Guid.NewGuid():N}"[..20];
        var ports = SiloProcess.FreePorts();
        var (institution, vendor, id) = ("121100004006863122", "91110106MA01A51E7B", "c9-durability-check");

        using (var first = SiloProcess.Start(database.ConnectionString, clusterId, ports, RepositoryPaths.Seeds))
        {
            var client = await ConnectAsync(database.ConnectionString, clusterId);
            var grains = client.Services.GetRequiredService<IGrainFactory>();
            await WaitForSeedsAsync(grains);
            var created = await grains.GetGrain<IInstitutionGrain>(institution).CreateContractAsync(ContractDefinitions.Json(id, institution, vendor));
            Assert.Equal(ContractCreationOutcome.Created, created.Outcome);
            await StopAsync(client);
            first.KillHard();
        }

        using var second = SiloProcess.Start(database.ConnectionString, clusterId, ports, RepositoryPaths.Seeds);
        var again = await ConnectAsync(database.ConnectionString, clusterId);
        try
        {
            var grains = again.Services.GetRequiredService<IGrainFactory>();
            var contracts = await grains.GetGrain<IInstitutionGrain>(institution).ListContractsAsync();
            Assert.Equal(["c2-chaoyang-his-2026", id], contracts.Select(c => c.Id));
            Assert.Equal(2, (await grains.GetGrain<IVendorGrain>(vendor).ListContractsAsync()).Length);
            Assert.Equal(4, (await grains.GetGrain<IPlatformDirectoryGrain>(GrainKeys.Platform).ListInstitutionsAsync()).Length);
        }
        finally
        {
            await StopAsync(again);
        }
    }

    private static async Task StopAsync(IHost client)
    {
        await client.StopAsync();
        client.Dispose();
    }

    private static async Task<IHost> ConnectAsync(string connectionString, string clusterId)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddVendorGridSerialization();
        builder.UseOrleansClient(client => client
            .Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (clusterId, clusterId))
            .UseAdoNetClustering(o => (o.Invariant, o.ConnectionString) = ("Npgsql", connectionString))
            .UseConnectionRetryFilter(async (_, cancel) => { await Task.Delay(500, cancel); return true; }));
        var host = builder.Build();
        await host.StartAsync().WaitAsync(TimeSpan.FromSeconds(60));
        return host;
    }

    /// <summary>The silo seeds right after it starts; wait until all five seed contracts are listed.</summary>
    private static async Task WaitForSeedsAsync(IGrainFactory grains)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(60))
        {
            var institutions = await grains.GetGrain<IPlatformDirectoryGrain>(GrainKeys.Platform).ListInstitutionsAsync();
            var lists = await Task.WhenAll(institutions.Select(i => grains.GetGrain<IInstitutionGrain>(i.Id).ListContractsAsync()));
            if (lists.Sum(l => l.Length) == 5)
                return;
            await Task.Delay(250);
        }
        throw new TimeoutException("the silo did not load the five seeds within 60 s");
    }
}
