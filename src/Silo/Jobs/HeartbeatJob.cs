using VendorGrid.Grains.Jobs;
using Npgsql;

namespace VendorGrid.Silo.Jobs;

/// <summary>
/// Placeholder recurring job: proves the Hangfire server runs by upserting one row in vg.job_heartbeats.
/// Idempotent by construction (an upsert), as every Hangfire job must be: Hangfire retries.
/// </summary>
public sealed class HeartbeatJob(NpgsqlDataSource database) : IHeartbeatJob
{
    public const string RecurringId = "platform-heartbeat";

    public async Task BeatAsync()
    {
        await using var command = database.CreateCommand("""
            INSERT INTO vg.job_heartbeats (job_id, host_name, last_beat_at) VALUES ($1, $2, now())
            ON CONFLICT (job_id) DO UPDATE
               SET host_name = excluded.host_name, last_beat_at = excluded.last_beat_at,
                   beats = vg.job_heartbeats.beats + 1
            """);
        command.Parameters.Add(new() { Value = RecurringId });
        command.Parameters.Add(new() { Value = Environment.MachineName });
        await command.ExecuteNonQueryAsync();
    }
}
