using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;
using VendorGrid.Silo.Hosting;

namespace VendorGrid.Tests.Infrastructure;

/// <summary>
/// An in-process Orleans cluster that clusters and stores exactly like production: ADO.NET membership and
/// grain storage on a fresh PostgreSQL database migrated with the project's own SQL.
/// </summary>
public sealed class VendorGridTestCluster : IAsyncDisposable
{
    private const string ConnectionKey = "VG_DB";

    private VendorGridTestCluster(TestDatabase database, TestCluster cluster) => (Database, Cluster) = (database, cluster);

    public TestDatabase Database { get; }
    public TestCluster Cluster { get; }
    public IGrainFactory Grains => Cluster.GrainFactory;

    public static async Task<VendorGridTestCluster> StartAsync(string purpose, short silos = 1)
    {
        var database = await TestDatabase.CreateAsync(purpose);
        var builder = new TestClusterBuilder(silos);
        builder.Options.UseTestClusterMembership = false;
        // Real TCP, not the in-memory default, so clients outside the TestCluster (the gateway app) can connect.
        builder.Options.ConnectionTransport = ConnectionTransportType.TcpSocket;
        builder.Properties[ConnectionKey] = database.ConnectionString;
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        builder.AddClientBuilderConfigurator<ClientConfigurator>();
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return new VendorGridTestCluster(database, cluster);
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
            silo.UseAdoNetClustering(o => (o.Invariant, o.ConnectionString) = (VendorGridSiloBuilderExtensions.NpgsqlInvariant, connectionString));
            silo.AddVendorGridStorage(connectionString);
        }
    }

    private sealed class ClientConfigurator : IClientBuilderConfigurator
    {
        public void Configure(IConfiguration configuration, IClientBuilder client) =>
            client.UseAdoNetClustering(o => (o.Invariant, o.ConnectionString) = (VendorGridSiloBuilderExtensions.NpgsqlInvariant, configuration[ConnectionKey]!));
    }
}
