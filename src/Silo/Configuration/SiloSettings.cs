using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace VendorGrid.Silo.Configuration;

/// <summary>
/// Everything a silo process needs, read from environment variables or appsettings (same keys):
/// VG_DB (Npgsql connection string, required: the application role), VG_MIGRATION_DB (the role that owns the schema
/// and migrates it; optional, default VG_DB), VG_CLUSTER_ID / VG_SERVICE_ID (default "vendorgrid"),
/// VG_SILO_PORT / VG_GATEWAY_PORT (default 11111 / 30000; 0 picks a free port, so several silos fit on one
/// machine), VG_ADVERTISED_IP (default: Orleans picks an interface address), VG_SEEDS (seed directory) and VG_DEMO_HISTORY
/// (true: after the seeds, play each seed contract's demo history up to today, issue 20 §6).
/// </summary>
public sealed record SiloSettings(
    string ConnectionString,
    string ClusterId,
    string ServiceId,
    int SiloPort,
    int GatewayPort,
    IPAddress? AdvertisedAddress,
    string? SeedsPath,
    string? MigrationConnectionString = null,
    bool DemoHistory = false)
{
    public static SiloSettings From(IConfiguration config) => new(
        ConnectionString: ValidConnectionString(config["VG_DB"]),
        ClusterId: config["VG_CLUSTER_ID"] ?? "vendorgrid",
        ServiceId: config["VG_SERVICE_ID"] ?? "vendorgrid",
        SiloPort: Port(config, "VG_SILO_PORT", 11111),
        GatewayPort: Port(config, "VG_GATEWAY_PORT", 30000),
        AdvertisedAddress: Address(config["VG_ADVERTISED_IP"]),
        SeedsPath: string.IsNullOrWhiteSpace(config["VG_SEEDS"]) ? null : config["VG_SEEDS"],
        MigrationConnectionString: string.IsNullOrWhiteSpace(config["VG_MIGRATION_DB"]) ? null : ValidConnectionString(config["VG_MIGRATION_DB"], "VG_MIGRATION_DB"),
        DemoHistory: string.Equals(config["VG_DEMO_HISTORY"], "true", StringComparison.OrdinalIgnoreCase));

    private static string ValidConnectionString(string? value, string key = "VG_DB")
    {
        if (string.IsNullOrWhiteSpace(value))
            throw new StartupException($"{key} is not set: give an Npgsql connection string, e.g. Host=localhost;Port=5432;Database=vendorgrid;Username=vendorgrid");
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(value);
            // The storage queries are the same few statements millions of times: preparing them automatically
            // lifted grain-state writes from 0.43 to 0.66 of a plain pgbench upsert (docs/PERFORMANCE.md).
            if (builder.MaxAutoPrepare == 0) builder.MaxAutoPrepare = 20;
            return builder.ConnectionString;
        }
        catch (ArgumentException e)
        {
            throw new StartupException($"{key} is not a valid Npgsql connection string: {e.Message}", e);
        }
    }

    private static int Port(IConfiguration config, string key, int fallback)
    {
        var text = config[key];
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (!int.TryParse(text, out var port) || port is < 0 or > 65535)
            throw new StartupException($"{key} must be a TCP port (0-65535), got '{text}'");
        return port == 0 ? FreePort() : port;
    }

    private static IPAddress? Address(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null
        : IPAddress.TryParse(text, out var address) ? address
        : throw new StartupException($"VG_ADVERTISED_IP must be an IP address, got '{text}'");

    /// <summary>Asks the OS for a free port; Orleans records concrete ports in the membership table.</summary>
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
