using Microsoft.Extensions.Time.Testing;
using VendorGrid.Gateway.Hosting;

namespace VendorGrid.Tests.Gateway;

/// <summary>
/// The gateway's failover retries (issue 8, on Polly since issue 19): a call whose silo went away is repeated after
/// 100, 200, 400 … ms (at most 2 s) while the budget allows the next pause; anything else fails at once.
/// Driven on a fake clock, 50 ms at a time, so the pauses are exact and take no real time.
/// </summary>
public sealed class SiloFailoverTests
{
    private static SiloFailover Failover(FakeTimeProvider clock, int budgetSeconds) =>
        new(new GatewaySettings { FailoverBudget = TimeSpan.FromSeconds(budgetSeconds) }, clock);

    /// <summary>Runs the call to its end, advancing the fake clock while it waits; returns how long it waited.</summary>
    private static async Task<(Task<int> Call, TimeSpan Waited)> RunAsync(FakeTimeProvider clock, SiloFailover failover, Func<Task<int>> call)
    {
        var start = clock.GetUtcNow();
        var running = failover.IdempotentAsync(call);
        for (var step = 0; !running.IsCompleted && step < 10_000; step++)
        {
            await Task.Yield();
            if (!running.IsCompleted) clock.Advance(TimeSpan.FromMilliseconds(50));
        }
        try { await running; } catch (Exception) { } // the caller asserts on the task
        return (running, clock.GetUtcNow() - start);
    }

    [Fact]
    public async Task ASiloGoneTwice_IsRetriedAfter100And200Milliseconds_AndAnswers()
    {
        var clock = new FakeTimeProvider();
        var calls = 0;

        var (call, waited) = await RunAsync(clock, Failover(clock, 20),
            () => ++calls <= 2 ? throw new SiloUnavailableException("silo gone") : Task.FromResult(42));

        Assert.Equal((42, 3, TimeSpan.FromMilliseconds(300)), (await call, calls, waited));
    }

    [Fact]
    public async Task AnyOtherFailure_IsNotRetried()
    {
        var clock = new FakeTimeProvider();
        var calls = 0;

        var (call, waited) = await RunAsync(clock, Failover(clock, 20), () => { calls++; throw new InvalidOperationException("a bug"); });

        await Assert.ThrowsAsync<InvalidOperationException>(() => call);
        Assert.Equal((1, TimeSpan.Zero), (calls, waited));
    }

    [Fact]
    public async Task ThePauses_DoubleUpToTwoSeconds_AndStopWhenTheNextWouldOverrunTheBudget()
    {
        var clock = new FakeTimeProvider();
        var calls = 0;

        // Budget 5 s: pauses 0.1 + 0.2 + 0.4 + 0.8 + 1.6 = 3.1 s; the next, 2 s, would end at 5.1 s, so the 6th failure stands.
        var (call, waited) = await RunAsync(clock, Failover(clock, 5), () => { calls++; throw new SiloUnavailableException("still gone"); });

        await Assert.ThrowsAsync<SiloUnavailableException>(() => call);
        Assert.Equal((6, TimeSpan.FromMilliseconds(3100)), (calls, waited));
        Assert.Equal([100, 200, 400, 800, 1600, 2000, 2000], Enumerable.Range(0, 7).Select(a => SiloFailover.Pause(a).TotalMilliseconds));
    }
}
