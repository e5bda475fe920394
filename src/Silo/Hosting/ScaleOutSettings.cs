using VendorGrid.Silo.Configuration;

namespace VendorGrid.Silo.Hosting;

/// <summary>
/// How a silo shares load and notices a dead peer, from environment variables (same keys in appsettings):
/// VG_CONTRACT_IDLE_MINUTES (default 10): an idle contract grain is deactivated after this long (its state and
/// facts are in PostgreSQL, so the next call reloads it); VG_PROBE_TIMEOUT_SECONDS and VG_MISSED_PROBES
/// (default: Orleans' own, 5 s and 3): a silo that misses that many probes of that length is voted dead,
/// which bounds the error window after a crash (docs/PERFORMANCE.md has both measured).
/// </summary>
public sealed record ScaleOutSettings(TimeSpan ContractIdleAge, TimeSpan? ProbeTimeout, int? MissedProbesLimit)
{
    public static ScaleOutSettings From(IConfiguration config) => new(
        ContractIdleAge: TimeSpan.FromMinutes(Number(config, "VG_CONTRACT_IDLE_MINUTES", min: 2) ?? 10),
        ProbeTimeout: Number(config, "VG_PROBE_TIMEOUT_SECONDS", min: 1) is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
        MissedProbesLimit: Number(config, "VG_MISSED_PROBES", min: 1));

    private static int? Number(IConfiguration config, string key, int min)
    {
        var text = config[key];
        if (string.IsNullOrWhiteSpace(text)) return null;
        // Orleans refuses a collection age under its one-minute collection quantum; the floor keeps the message ours.
        if (!int.TryParse(text, out var value) || value < min)
            throw new StartupException($"{key} must be a whole number of at least {min}, got '{text}'");
        return value;
    }
}
