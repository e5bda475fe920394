using Orleans.Runtime.Messaging;
using Orleans.Storage;

namespace VendorGrid.Gateway.Hosting;

/// <summary>
/// Retries a grain call that failed because its silo went away: drained (the shutting-down silo rejects the
/// call and the grain is re-placed elsewhere), crashed (unreachable until the membership declares it dead) or
/// briefly activated twice (the storage ETag catches it and the losing activation stops). Orleans itself never
/// resends (messages are at most once), so this is done here, and ONLY for calls that are safe to repeat:
/// reads, and commands that carry their own id (a fact is recorded once per id).
/// A call that was already on its way to a silo when it crashed gets no answer at all: it ends with the client's
/// response timeout (<see cref="GatewaySettings.ResponseTimeout"/>), and is repeated here only if that comes
/// before the budget is spent (docs/PERFORMANCE.md, issue 8, measures the window with both settings).
/// </summary>
public sealed class SiloFailover(GatewaySettings settings)
{
    /// <summary>
    /// Long enough to outlast a drain and a tuned failure detection (VG_FAILOVER_BUDGET_SECONDS, default 20 s);
    /// short of an HTTP client's timeout.
    /// </summary>
    public TimeSpan Budget => settings.FailoverBudget;

    public async Task<T> IdempotentAsync<T>(Func<Task<T>> call, CancellationToken cancel = default)
    {
        var started = TimeProvider.System.GetTimestamp();
        var pause = TimeSpan.FromMilliseconds(100);
        while (true)
        {
            try
            {
                return await call();
            }
            catch (Exception e) when (IsSiloGone(e) && TimeProvider.System.GetElapsedTime(started) + pause < Budget)
            {
                await Task.Delay(pause, cancel);
                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, TimeSpan.FromSeconds(2).Ticks));
            }
        }
    }

    public static bool IsSiloGone(Exception e) => e is SiloUnavailableException or OrleansMessageRejectionException
        or GatewayTooBusyException or ConnectionFailedException or InconsistentStateException or TimeoutException;
}
