using VendorGrid.Silo.Configuration;

namespace VendorGrid.Silo.Seeding;

/// <summary>
/// Loads VG_SEEDS once the silo is up (registered after UseOrleans, so it starts after the silo).
/// A missing directory is logged, not fatal: production clusters are not seeded.
/// </summary>
public sealed class SeedOnStartup(SeedLoader loader, SiloSettings settings, ILogger<SeedOnStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (settings.SeedsPath is null)
            return;
        if (!Directory.Exists(settings.SeedsPath))
        {
            logger.LogWarning("Seed directory {Directory} does not exist; nothing seeded", settings.SeedsPath);
            return;
        }
        await loader.LoadAsync(settings.SeedsPath);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
