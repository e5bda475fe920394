using System.Diagnostics;

namespace VendorGrid.Silo.Hosting;

/// <summary>
/// A silo stops within VG_SHUTDOWN_SECONDS (default 25) of SIGTERM, inside Kubernetes' 30 s grace period. A graceful
/// stop deactivates grains and marks this silo Dead in the membership table; with the database gone those steps
/// retry for minutes, so past the deadline the process ends itself. Nothing is lost by that: every acknowledged
/// write is already in PostgreSQL, and the other silos vote an unreachable silo dead anyway.
/// </summary>
public static class ShutdownDeadline
{
    public static WebApplicationBuilder AddShutdownDeadline(this WebApplicationBuilder builder)
    {
        var deadline = TimeSpan.FromSeconds(int.TryParse(builder.Configuration["VG_SHUTDOWN_SECONDS"], out var s) && s >= 5 ? s : 25);
        // The host's own timeout cancels the stopping services a little earlier, so most stops still end cleanly.
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = deadline - TimeSpan.FromSeconds(3));
        builder.Services.AddHostedService(sp => new ShutdownWatchdog(
            sp.GetRequiredService<IHostApplicationLifetime>(), sp.GetRequiredService<ILogger<ShutdownWatchdog>>(), deadline));
        return builder;
    }
}

internal sealed class ShutdownWatchdog(IHostApplicationLifetime lifetime, ILogger<ShutdownWatchdog> log, TimeSpan deadline) : IHostedService
{
    public Task StartAsync(CancellationToken cancel)
    {
        lifetime.ApplicationStopping.Register(() => new Thread(Watch) { IsBackground = true, Name = "shutdown-deadline" }.Start());
        return Task.CompletedTask;
    }

    private void Watch()
    {
        Thread.Sleep(deadline);
        log.LogCritical("The silo did not stop within {Seconds} s of the stop request (database unreachable?); ending the process", deadline.TotalSeconds);
        Thread.Sleep(200); // lets the console logger write the line above
        Process.GetCurrentProcess().Kill();
    }

    public Task StopAsync(CancellationToken cancel) => Task.CompletedTask;
}
