using Orleans.Runtime.Messaging;
using Orleans.Storage;
using Polly;
using Polly.Retry;

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
/// The pauses double from 100 ms up to 2 s (a Polly retry pipeline); no pause is begun that would end past the budget.
/// </summary>
public sealed class SiloFailover
{
    public static readonly TimeSpan FirstPause = TimeSpan.FromMilliseconds(100), LongestPause = TimeSpan.FromSeconds(2);

    private static readonly ResiliencePropertyKey<long> Started = new("vg.failover.started");
    private readonly GatewaySettings settings;
    private readonly TimeProvider clock;
    private readonly ResiliencePipeline pipeline;

    /// <param name="clock">The app's clock: it times the pauses and the budget, so a test that fakes it moves them itself.</param>
    public SiloFailover(GatewaySettings settings, TimeProvider clock)
    {
        (this.settings, this.clock) = (settings, clock);
        pipeline = new ResiliencePipelineBuilder { TimeProvider = clock }.AddRetry(new RetryStrategyOptions
        {
            MaxRetryAttempts = int.MaxValue, // the budget ends the retries, not a count
            BackoffType = DelayBackoffType.Exponential,
            Delay = FirstPause,
            MaxDelay = LongestPause,
            UseJitter = false,
            ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } e && IsSiloGone(e)
                && clock.GetElapsedTime(args.Context.Properties.GetValue(Started, 0L)) + Pause(args.AttemptNumber) < Budget),
        }).Build();
    }

    /// <summary>
    /// Long enough to outlast a drain and a tuned failure detection (VG_FAILOVER_BUDGET_SECONDS, default 20 s);
    /// short of an HTTP client's timeout.
    /// </summary>
    public TimeSpan Budget => settings.FailoverBudget;

    public async Task<T> IdempotentAsync<T>(Func<Task<T>> call, CancellationToken cancel = default)
    {
        var context = ResilienceContextPool.Shared.Get(cancel);
        context.Properties.Set(Started, clock.GetTimestamp());
        try
        {
            return await pipeline.ExecuteAsync(static async (_, call) => await call(), context, call);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>The pause after attempt <paramref name="attempt"/> (from 0), as the pipeline's exponential backoff takes it.</summary>
    public static TimeSpan Pause(int attempt) =>
        attempt >= 5 ? LongestPause : TimeSpan.FromTicks(Math.Min(FirstPause.Ticks << attempt, LongestPause.Ticks));

    public static bool IsSiloGone(Exception e) => e is SiloUnavailableException or OrleansMessageRejectionException
        or GatewayTooBusyException or ConnectionFailedException or InconsistentStateException or TimeoutException;
}
