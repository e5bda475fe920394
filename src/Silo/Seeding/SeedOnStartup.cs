using VendorGrid.Silo.Configuration;

namespace VendorGrid.Silo.Seeding;

/// <summary>
/// Marks VG_SEEDS requested before Orleans starts (registered before UseOrleans), so no gateway can find the cluster
/// answering and the seeding not yet begun: from the first grain call on, readiness waits for <see cref="SeedOnStartup"/>.
/// </summary>
public sealed class SeedRequestOnStartup(SeedRuns runs, SiloSettings settings) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        SeedOnStartup.Directory(settings) is { } seeds ? runs.RequestAsync(seeds, cancellationToken) : Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>
/// Loads VG_SEEDS once the silo is up (registered after UseOrleans, so it starts after the silo) and marks the run
/// complete. A missing directory is logged, not fatal: production clusters are not seeded.
/// </summary>
public sealed class SeedOnStartup(SeedLoader loader, SeedRuns runs, SiloSettings settings, DemoHistorySeeder history, ILogger<SeedOnStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (settings.SeedsPath is null)
            return;
        if (Directory(settings) is not { } seeds)
        {
            logger.LogWarning("Seed directory {Directory} does not exist; nothing seeded", settings.SeedsPath);
            return;
        }
        var report = await loader.LoadAsync(seeds);
        // Readiness waits for the run, so the first screen already shows the history (VG_DEMO_HISTORY, set by ./vg up).
        if (settings.DemoHistory) await history.SeedAsync(seeds, cancellationToken);
        await runs.CompleteAsync(seeds, report, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The seed directory as a full path, or null when none is configured or it does not exist.</summary>
    internal static string? Directory(SiloSettings settings) =>
        settings.SeedsPath is { } path && System.IO.Directory.Exists(path) ? Path.GetFullPath(path) : null;
}
