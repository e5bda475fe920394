using VendorGrid.Tests.Infrastructure;

namespace VendorGrid.Tests.Grains;

/// <summary>Two silos on one fresh database, shared by every test in the "grains" collection.</summary>
public sealed class GrainsCluster : IAsyncLifetime
{
    public VendorGridTestCluster Cluster { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Cluster = await VendorGridTestCluster.StartAsync("grains", silos: 2);

    public async ValueTask DisposeAsync() => await Cluster.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class GrainsCollection : ICollectionFixture<GrainsCluster>
{
    public const string Name = "grains";
}
