using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;
using Npgsql;
using VendorGrid.Grains;
using VendorGrid.Grains.Contracts;
using VendorGrid.Silo.Hosting;
using VendorGrid.Silo.Jobs;
using VendorGrid.Silo.Storage;

namespace VendorGrid.Tests.Infrastructure;

/// <summary>
/// An in-process Orleans cluster that clusters and stores exactly like production: ADO.NET membership and
/// grain storage on a fresh PostgreSQL database migrated with the project's own SQL.
/// </summary>
public sealed class VendorGridTestCluster : IAsyncDisposable
{
    private const string ConnectionKey = "VG_DB", ClockKey = "VG_TEST_CLOCK";

    /// <summary>Each cluster's app-owned clock, found by the silos (in this process) through a key in the cluster properties.</summary>
    private static readonly ConcurrentDictionary<string, FakeTimeProvider> Clocks = new();

    /// <summary>Where every test cluster's clock starts: a fixed instant, so no test depends on the day it runs.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(8));

    private VendorGridTestCluster(TestDatabase database, TestCluster cluster, FakeTimeProvider clock) =>
        (Database, Cluster, Clock) = (database, cluster, clock);

    /// <summary>The time grains see (Orleans' own timers keep the real clock).</summary>
    public FakeTimeProvider Clock { get; }

    public TestDatabase Database { get; }
    public TestCluster Cluster { get; }
    public IGrainFactory Grains => Cluster.GrainFactory;

    /// <param name="now">Where the cluster's clock starts (default <see cref="DefaultNow"/>). Start far dates here rather than
    /// jumping the clock years ahead later: a fake clock runs every timer it drives through each period it skips.</param>
    public static async Task<VendorGridTestCluster> StartAsync(string purpose, short silos = 1, DateTimeOffset? now = null) =>
        await StartOnAsync(await TestDatabase.CreateAsync(purpose), silos, now: now);

    /// <summary>A cluster on a database prepared by the caller (a restored data directory); its grain state is read under <paramref name="serviceId"/>.</summary>
    public static async Task<VendorGridTestCluster> StartOnAsync(TestDatabase database, short silos = 1, string? serviceId = null, DateTimeOffset? now = null)
    {
        var builder = new TestClusterBuilder(silos);
        if (serviceId is not null) builder.Options.ServiceId = serviceId;
        builder.Options.UseTestClusterMembership = false;
        // Real TCP, not the in-memory default, so clients outside the TestCluster (the gateway app) can connect.
        builder.Options.ConnectionTransport = ConnectionTransportType.TcpSocket;
        // Silos and clients connect as the least-privileged role, as they do deployed.
        builder.Properties[ConnectionKey] = database.AppConnectionString;
        var clockId = Guid.NewGuid().ToString("N");
        var clock = Clocks[clockId] = new FakeTimeProvider(now ?? DefaultNow);
        builder.Properties[ClockKey] = clockId;
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        builder.AddClientBuilderConfigurator<ClientConfigurator>();
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return new VendorGridTestCluster(database, cluster, clock);
    }

    public async ValueTask DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        await Database.DisposeAsync();
    }

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder silo)
        {
            var connectionString = silo.Configuration[ConnectionKey]!;
            silo.Services.AddSingleton<TimeProvider>(Clocks[silo.Configuration[ClockKey]!]);
            // The PostgreSQL history, with the faults a test may inject (group commit); production registers it bare.
            silo.Services.AddSingleton<IContractHistory>(sp =>
                new FaultInjectingContractHistory(new PostgresContractHistory(sp.GetRequiredService<NpgsqlDataSource>())));
            silo.UseAdoNetClustering(o => (o.Invariant, o.ConnectionString) = (VendorGridSiloBuilderExtensions.NpgsqlInvariant, connectionString));
            silo.AddVendorGridStorage(connectionString);
            silo.AddSiloControl();
            // Trace propagation, the VendorGrid counters and the Orleans Dashboard's grains, as in a production silo.
            silo.AddVendorGridDiagnostics();
            // The Hangfire client (no server), so the admin trigger endpoint can queue a recurring job.
            silo.Services.AddVendorGridJobClient(connectionString);
        }
    }

    private sealed class ClientConfigurator : IClientBuilderConfigurator
    {
        public void Configure(IConfiguration configuration, IClientBuilder client)
        {
            client.Services.AddVendorGridSerialization();
            client.UseAdoNetClustering(o => (o.Invariant, o.ConnectionString) = (VendorGridSiloBuilderExtensions.NpgsqlInvariant, configuration[ConnectionKey]!));
        }
    }
}
