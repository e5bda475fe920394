using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Storage;
using VendorGrid.Grains;
using VendorGrid.Silo.Configuration;
using VendorGrid.Silo.Storage;

namespace VendorGrid.Silo.Hosting;

/// <summary>The one place that decides how a VendorGrid silo clusters and stores state; tests reuse it.</summary>
public static class VendorGridSiloBuilderExtensions
{
    /// <summary>ADO.NET invariant of Npgsql, the provider the Orleans ADO.NET packages load by name.</summary>
    public const string NpgsqlInvariant = "Npgsql";

    /// <summary>Identity, endpoints, membership and grain storage of a production silo.</summary>
    public static ISiloBuilder UseVendorGridCluster(this ISiloBuilder silo, SiloSettings settings)
    {
        silo.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (settings.ClusterId, settings.ServiceId));
        if (settings.AdvertisedAddress is { } address)
            silo.ConfigureEndpoints(address, settings.SiloPort, settings.GatewayPort);
        else
            silo.ConfigureEndpoints(settings.SiloPort, settings.GatewayPort);
        silo.UseAdoNetClustering(o => (o.Invariant, o.ConnectionString) = (NpgsqlInvariant, settings.ConnectionString));
        return silo.AddVendorGridStorage(settings.ConnectionString);
    }

    /// <summary>
    /// Contract history and calendars (see <see cref="HistoryAndCalendarServices"/>), and
    /// the grain-storage providers, all on PostgreSQL, all writing Orleans' own binary serializer format:
    /// version tolerant through [Id]/[Alias], and free of .NET type names (unlike the default JSON one), so
    /// renaming a class does not orphan stored contracts. The golden-payload tests pin this choice.
    /// </summary>
    public static ISiloBuilder AddVendorGridStorage(this ISiloBuilder silo, string connectionString)
    {
        silo.Services.AddContractHistoryAndCalendars(connectionString);
        foreach (var name in new[] { StorageNames.Contracts, StorageNames.Directory })
        {
            silo.AddAdoNetGrainStorage(name, o => (o.Invariant, o.ConnectionString) = (NpgsqlInvariant, connectionString));
            silo.Services.AddOptions<AdoNetGrainStorageOptions>(name)
                .Configure<Serializer>((o, serializer) => o.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer));
            // Replaces the provider registered just above with the same one behind a retry (a restarted database).
            silo.Services.AddKeyedSingleton<IGrainStorage>(name, (sp, key) =>
                new TransientRetryGrainStorage(AdoNetGrainStorageFactory.Create(sp, (string)key!)));
        }
        return silo;
    }
}
