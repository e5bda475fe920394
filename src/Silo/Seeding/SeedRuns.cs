using Npgsql;

namespace VendorGrid.Silo.Seeding;

/// <summary>
/// vg.seed_runs: a seed directory's start-up load, requested before the silo starts and completed once loaded. The
/// gateway's readiness waits for every requested run to complete (Gateway/Health), so "ready" means "seeded".
/// </summary>
public sealed class SeedRuns(NpgsqlDataSource database, TimeProvider clock)
{
    public async Task RequestAsync(string seeds, CancellationToken cancel = default)
    {
        await using var command = database.CreateCommand("""
            INSERT INTO vg.seed_runs (seeds, requested_at) VALUES ($1, $2)
            ON CONFLICT (seeds) DO UPDATE SET requested_at = EXCLUDED.requested_at, completed_at = NULL,
                created = NULL, already_present = NULL, rejected = NULL
            """);
        command.Parameters.Add(new() { Value = seeds });
        command.Parameters.Add(new() { Value = clock.GetUtcNow().ToUniversalTime() });
        await command.ExecuteNonQueryAsync(cancel);
    }

    public async Task CompleteAsync(string seeds, SeedReport report, CancellationToken cancel = default)
    {
        await using var command = database.CreateCommand("""
            UPDATE vg.seed_runs SET completed_at = $2, created = $3, already_present = $4, rejected = $5 WHERE seeds = $1
            """);
        foreach (var value in new object[] { seeds, clock.GetUtcNow().ToUniversalTime(), report.Created, report.AlreadyExisted, report.Rejected })
            command.Parameters.Add(new() { Value = value });
        await command.ExecuteNonQueryAsync(cancel);
    }
}
