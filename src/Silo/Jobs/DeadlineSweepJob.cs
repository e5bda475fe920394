using Npgsql;
using VendorGrid.Grains;

namespace VendorGrid.Silo.Jobs;

/// <summary>
/// The deadline sweep: reads the contracts with a reminder due from vg.deadline_index, in batches by key, and
/// hands each to its contract grain once. Only contracts with something due are activated, and there is one
/// Hangfire job per sweep, never one per obligation. Safe to run twice or on two silos at once: the grain
/// creates notifications by operation key, and a repeat of an instant creates nothing.
/// </summary>
public sealed class DeadlineSweepJob(NpgsqlDataSource database, IGrainFactory grains, TimeProvider clock, ILogger<DeadlineSweepJob> logger)
{
    public const string RecurringId = "deadline-sweep";
    public const int DefaultBatchSize = 500;

    public Task<SweepResult> SweepAsync() => SweepAsync(clock.GetUtcNow(), DefaultBatchSize);

    /// <summary>One pass over every contract due at <paramref name="now"/>, in contract-key order.</summary>
    public async Task<SweepResult> SweepAsync(DateTimeOffset now, int batchSize, Func<string, Task>? beforeEach = null)
    {
        var (contracts, created, after) = (0, 0, "");
        var failed = new List<string>();
        while (true)
        {
            var batch = await DueContractsAsync(now, after, batchSize);
            if (batch.Count == 0) break;
            foreach (var contractKey in batch)
            {
                if (beforeEach is not null) await beforeEach(contractKey);
                try
                {
                    created += await grains.GetGrain<IContractGrain>(contractKey).SendDueRemindersAsync(now);
                    contracts++;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // One broken contract must not hold back the reminders of every contract after it.
                    logger.LogError(e, "Deadline sweep: contract {Contract} failed", contractKey);
                    failed.Add(contractKey);
                }
            }
            after = batch[^1];
            if (batch.Count < batchSize) break;
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
