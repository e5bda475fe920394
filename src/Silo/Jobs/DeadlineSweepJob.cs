using VendorGrid.Grains.Telemetry;
using VendorGrid.Grains.Jobs;
using Npgsql;
using VendorGrid.Grains;

namespace VendorGrid.Silo.Jobs;

/// <summary>
/// The deadline sweep: reads the contracts with a reminder due from vg.deadline_index, in batches by key, and
/// hands each to its contract grain once, up to <see cref="Parallelism"/> contracts at a time. Only contracts with
/// something due are activated, and there is one Hangfire job per sweep, never one per obligation. Safe to run
/// twice or on two silos at once: the grain creates notifications by operation key, and a repeat of an instant
/// creates nothing. Order does not matter to that argument, so the grain calls may overlap.
/// </summary>
public sealed class DeadlineSweepJob(
    NpgsqlDataSource database, IGrainFactory grains, TimeProvider clock, ILogger<DeadlineSweepJob> logger,
    int parallelism = DeadlineSweepJob.DefaultParallelism) : IDeadlineSweepJob
{
    Task IDeadlineSweepJob.SweepAsync() => SweepAsync();

    public const string RecurringId = "deadline-sweep";
    public const int DefaultBatchSize = 500;
    /// <summary>
    /// Contracts in flight at once. Each one is a handful of database round trips (activation, index, inserts),
    /// so overlapping them hides latency; more than this mostly queues on the connection pool.
    /// </summary>
    public const int DefaultParallelism = 16;
    public const string ParallelismSetting = "VG_SWEEP_PARALLELISM";

    public int Parallelism { get; } = parallelism >= 1
        ? parallelism
        : throw new ArgumentOutOfRangeException(nameof(parallelism), parallelism, "at least one contract at a time");

    /// <summary><see cref="ParallelismSetting"/> when it is a positive whole number, else the default.</summary>
    public static int ParallelismFrom(IConfiguration configuration) =>
        int.TryParse(configuration[ParallelismSetting], System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= 1 ? n : DefaultParallelism;

    public Task<SweepResult> SweepAsync() => SweepAsync(clock.GetUtcNow(), DefaultBatchSize);

    /// <summary>
    /// One pass over every contract due at <paramref name="now"/>, started in contract-key order.
    /// <paramref name="beforeEach"/> runs for each contract before its grain call is started, one at a time; if it
    /// throws (a test standing in for a silo dying), no further contract is started, the ones already in flight
    /// finish, and the exception propagates.
    /// </summary>
    public async Task<SweepResult> SweepAsync(DateTimeOffset now, int batchSize, Func<string, Task>? beforeEach = null)
    {
        var (contracts, created, after) = (0, 0, "");
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var failed = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var slots = new SemaphoreSlim(Parallelism);
        var inFlight = new List<Task>();

        async Task SendAsync(string contractKey)
        {
            try
            {
                var made = await grains.GetGrain<IContractGrain>(contractKey).SendDueRemindersAsync(now);
                Interlocked.Add(ref created, made);
                Interlocked.Increment(ref contracts);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One broken contract must not hold back the reminders of every contract after it.
                logger.LogError(e, "Deadline sweep: contract {Contract} failed", contractKey);
                failed.Enqueue(contractKey);
            }
            finally
            {
                slots.Release();
            }
        }

        try
        {
            while (true)
            {
                // The key cursor, not completion, moves the sweep on: contracts still in flight sort before it.
                var batch = await DueContractsAsync(now, after, batchSize);
                if (batch.Count == 0) break;
                foreach (var contractKey in batch)
                {
                    if (beforeEach is not null) await beforeEach(contractKey);
                    await slots.WaitAsync();
                    inFlight.Add(SendAsync(contractKey));
                }
                inFlight.RemoveAll(t => t.IsCompletedSuccessfully);
                after = batch[^1];
                if (batch.Count < batchSize) break;
            }
        }
        finally
        {
            // Never leave grain calls running past the sweep, also when it stops early.
            await Task.WhenAll(inFlight);
            VendorGridTelemetry.SweepDuration.Record(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds);
        }
        if (contracts > 0) logger.LogInformation("Deadline sweep at {Now}: {Contracts} contracts, {Created} notifications", now, contracts, created);
        // Not thrown: the next scheduled sweep (a minute later) is the retry, and a Hangfire retry on top of it
        // would only run two sweeps at once. The count shows in the job's result on the dashboard.
        return new SweepResult(contracts, created, failed.Count);
    }

    private async Task<List<string>> DueContractsAsync(DateTimeOffset now, string after, int limit)
    {
        await using var command = database.CreateCommand("""
            SELECT DISTINCT contract_key FROM vg.deadline_index
             WHERE next_reminder_at <= $1 AND contract_key > $2
             ORDER BY contract_key LIMIT $3
            """);
        command.Parameters.AddWithValue(now.ToUniversalTime());
        command.Parameters.AddWithValue(after);
        command.Parameters.AddWithValue(limit);
        var keys = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) keys.Add(reader.GetString(0));
        return keys;
    }
}

public readonly record struct SweepResult(int Contracts, int Created, int Failed = 0);
