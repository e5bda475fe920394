using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using VendorGrid.Domain.Time;
using VendorGrid.Grains;
using VendorGrid.Silo.Database;
using VendorGrid.Silo.Hosting;
using VendorGrid.Silo.Jobs;

// Usage:
//   ReminderBench sweep <npgsql-connection-string> [contracts=100000] [due-percent=10]
//     Real contracts (grain, definition, index rows) for the due share; plain index rows, not due, for the rest.
//     Prints "sweep contracts=… due=… seconds=… notifications=… unique_keys=… second_sweep_created=…".
//   ReminderBench idle <npgsql-connection-string> <hangfire|none> [seconds=60]
//     An idle silo (Orleans on PostgreSQL, with or without the Hangfire server and its recurring jobs): statements
//     and commits per second on the database, from pg_stat_statements and pg_stat_database.
var (mode, connectionString) = (args[0], args[1]);
await using (var database = NpgsqlDataSource.Create(connectionString))
    await new MigrationRunner(database, NullLogger<MigrationRunner>.Instance).ApplyAsync(Migration.Embedded());

var builder = Host.CreateApplicationBuilder();
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.UseOrleans(silo => silo.UseLocalhostClustering().AddVendorGridStorage(connectionString));
if (mode == "idle" && args[2] == "hangfire") builder.Services.AddVendorGridJobs(connectionString);
using var host = builder.Build();
await host.StartAsync();
await using var source = NpgsqlDataSource.Create(connectionString);

if (mode == "sweep-runs")
{
    // Re-sweeps contracts set up by an earlier "sweep" run (setting them up is the slow part on a loaded machine):
    // <due> of them reach their point, the index is filled to <total> rows, and each run starts from the same
    // snapshot of the index with no notifications, on a fresh silo (every contract activated cold).
    var due = int.Parse(args[2], CultureInfo.InvariantCulture);
    var runs = int.Parse(args[3], CultureInfo.InvariantCulture);
    var total = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 100_000;
    await host.StopAsync();
    async Task ExecuteAsync(string sql, params object[] values)
    {
        await using var command = source.CreateCommand(sql);
        foreach (var value in values) command.Parameters.AddWithValue(value);
        await command.ExecuteNonQueryAsync();
    }
    await ExecuteAsync("CREATE TABLE IF NOT EXISTS bench_snapshot AS SELECT * FROM vg.deadline_index WITH NO DATA");
    await using (var empty = source.CreateCommand("SELECT NOT EXISTS (SELECT 1 FROM bench_snapshot)"))
        if ((bool)(await empty.ExecuteScalarAsync())!)
        {
            await ExecuteAsync("""
                UPDATE vg.deadline_index SET next_reminder_at = next_reminder_at + interval '90 days'
                 WHERE contract_key LIKE 'bench-institution/bench-%' AND contract_key NOT IN
                       (SELECT contract_key FROM vg.deadline_index WHERE contract_key LIKE 'bench-institution/bench-%'
                         ORDER BY contract_key LIMIT $1)
                """, due);
            await ExecuteAsync("""
                INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status,
                                               next_point, next_reminder_at)
                SELECT 'bench-institution/idle-' || lpad(g::text, 6, '0'), 'go-live', 'bench-institution', 'bench-vendor', 'vendor',
                       'vendor:bench-vendor', '上线', now() + interval '120 days', 'open', '30d-before', now() + interval '90 days'
                  FROM generate_series(1, $1 - (SELECT count(*) FROM vg.deadline_index)::int) g
                """, total);
            await ExecuteAsync("INSERT INTO bench_snapshot SELECT * FROM vg.deadline_index");
        }
    for (var run = 1; run <= runs; run++)
    {
        await ExecuteAsync("DELETE FROM vg.notifications");
        await ExecuteAsync("DELETE FROM vg.deadline_index");
        await ExecuteAsync("INSERT INTO vg.deadline_index SELECT * FROM bench_snapshot");
        await ExecuteAsync("ANALYZE vg.deadline_index");
        DateTimeOffset now;
        await using (var at = source.CreateCommand("""
            SELECT min(next_reminder_at) FROM vg.deadline_index WHERE contract_key LIKE 'bench-institution/bench-%'
            """))
            now = ((DateTime)(await at.ExecuteScalarAsync())!).ToUniversalTime() + TimeSpan.FromHours(1);
        var (sweepHost, job) = await StartSweepSiloAsync(connectionString, source);
        using var _ = sweepHost;
        var clock = Stopwatch.StartNew();
        var result = await job.SweepAsync(new DateTimeOffset(DateTime.SpecifyKind(now.UtcDateTime, DateTimeKind.Utc)), DeadlineSweepJob.DefaultBatchSize);
        var seconds = clock.Elapsed.TotalSeconds;
        var again = await job.SweepAsync(now, DeadlineSweepJob.DefaultBatchSize);
        await using var count = source.CreateCommand("SELECT count(*), count(DISTINCT operation_key), (SELECT count(*) FROM vg.deadline_index) FROM vg.notifications");
        await using var reader = await count.ExecuteReaderAsync();
        await reader.ReadAsync();
        Console.WriteLine(FormattableString.Invariant(
            $"sweep run={run} parallelism={job.Parallelism} index_rows={reader.GetInt64(2)} due={due} swept={result.Contracts} failed={result.Failed} seconds={seconds:F2} per_contract_ms={seconds * 1000 / Math.Max(1, result.Contracts):F1} created={result.Created} notifications={reader.GetInt64(0)} unique_keys={reader.GetInt64(1)} second_sweep_created={again.Created}"));
        await sweepHost.StopAsync();
    }
}
else if (mode == "sweep")
{
    var total = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 100_000;
    var duePercent = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 10;
    var due = total * duePercent / 100;
    var grains = host.Services.GetRequiredService<IGrainFactory>();
    var today = ShanghaiTime.LocalDate(DateTimeOffset.UtcNow);

    // The due share: real contracts signed today with one go-live due in 45 days (a vendor obligation with an
    // e-mail contact), so their first reminder point, 30 days before, is reached on day 16.
    var setup = Stopwatch.StartNew();
    await Parallel.ForEachAsync(Enumerable.Range(0, due), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, _) =>
    {
        var id = $"bench-{i:D6}";
        var vendor = $"bench-vendor-{i % 1000:D4}";
        var json = Definition(id, vendor, today);
        await grains.GetGrain<IContractGrain>(GrainKeys.Contract("bench-institution", id)).InitializeAsync(json, new ContractSummary
        {
            Id = id, Number = id, Title = "基准合同", Institution = new() { Id = "bench-institution", Name = "基准医院" },
            Vendor = new() { Id = vendor, Name = "基准供应商" }, Start = today, End = today.AddYears(1), Total = 1_000_000m,
        });
    });
    // The other 90 %: index rows whose next reminder is weeks away, as the sweep's query sees them.
    await using (var fill = source.CreateCommand("""
        INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status,
                                       next_point, next_reminder_at)
        SELECT 'bench-institution/idle-' || lpad(g::text, 6, '0'), 'go-live', 'bench-institution', 'bench-vendor', 'vendor',
               'vendor:bench-vendor', '上线', now() + interval '120 days', 'open', '30d-before', now() + interval '90 days'
          FROM generate_series(1, $1) g
        """))
    {
        fill.Parameters.AddWithValue(total - due);
        await fill.ExecuteNonQueryAsync();
    }
    await using (var analyze = source.CreateCommand("ANALYZE vg.deadline_index")) await analyze.ExecuteNonQueryAsync();
    Console.Error.WriteLine($"setup {setup.Elapsed.TotalSeconds:F1} s");

    // A fresh silo's view: the contracts were just created, so deactivate them before measuring a cold sweep.
    await host.StopAsync();
    var (sweepHost, job) = await StartSweepSiloAsync(connectionString, source);
    using var _ = sweepHost;
    var now = ShanghaiTime.ToInstant(today.AddDays(16), new TimeOnly(9, 0));

    var clock = Stopwatch.StartNew();
    var result = await job.SweepAsync(now, DeadlineSweepJob.DefaultBatchSize);
    var seconds = clock.Elapsed.TotalSeconds;
    var again = await job.SweepAsync(now, DeadlineSweepJob.DefaultBatchSize);

    await using var count = source.CreateCommand("SELECT count(*), count(DISTINCT operation_key) FROM vg.notifications");
    await using var reader = await count.ExecuteReaderAsync();
    await reader.ReadAsync();
    Console.WriteLine(FormattableString.Invariant(
        $"sweep parallelism={job.Parallelism} contracts={total} due={due} swept={result.Contracts} failed={result.Failed} seconds={seconds:F2} created={result.Created} notifications={reader.GetInt64(0)} unique_keys={reader.GetInt64(1)} second_sweep_created={again.Created}"));
    await sweepHost.StopAsync();
}
else
{
    var seconds = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 60;
    // Let start-up (schema checks, recurring-job registration, membership) settle before measuring.
    await Task.Delay(TimeSpan.FromSeconds(20));
    await using (var extension = source.CreateCommand("CREATE EXTENSION IF NOT EXISTS pg_stat_statements")) await extension.ExecuteNonQueryAsync();
    await using (var reset = source.CreateCommand("SELECT pg_stat_statements_reset()")) await reset.ExecuteNonQueryAsync();
    var commitsBefore = await CommitsAsync(source);
    await Task.Delay(TimeSpan.FromSeconds(seconds));
    var commitsAfter = await CommitsAsync(source);
    await using var statements = source.CreateCommand("""
        SELECT coalesce(sum(calls), 0)::bigint,
               coalesce(sum(calls) FILTER (WHERE query ILIKE '%hangfire%'), 0)::bigint
          FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
         WHERE d.datname = current_database() AND query NOT ILIKE '%pg_stat%'
        """);
    await using var reader = await statements.ExecuteReaderAsync();
    await reader.ReadAsync();
    Console.WriteLine(FormattableString.Invariant(
        $"idle jobs={args[2]} seconds={seconds} statements_per_s={reader.GetInt64(0) / (double)seconds:F2} hangfire_statements_per_s={reader.GetInt64(1) / (double)seconds:F2} commits_per_s={(commitsAfter - commitsBefore) / (double)seconds:F2}"));
    await host.StopAsync();
}

// A fresh silo in this process and the sweep job on it: every due contract is activated cold, as after a restart.
static async Task<(IHost Host, DeadlineSweepJob Job)> StartSweepSiloAsync(string connectionString, NpgsqlDataSource source)
{
    var host = Host.CreateApplicationBuilder().Also(b =>
    {
        b.Logging.SetMinimumLevel(LogLevel.Warning);
        b.UseOrleans(silo => silo.UseLocalhostClustering().AddVendorGridStorage(connectionString));
    }).Build();
    await host.StartAsync();
    var job = new DeadlineSweepJob(source, host.Services.GetRequiredService<IGrainFactory>(), TimeProvider.System,
        NullLogger<DeadlineSweepJob>.Instance, DeadlineSweepJob.ParallelismFrom(host.Services.GetRequiredService<IConfiguration>()));
    return (host, job);
}

static async Task<long> CommitsAsync(NpgsqlDataSource source)
{
    // Stats are flushed by each backend at transaction end and at most once a second; wait for them to land.
    await Task.Delay(1500);
    await using var command = source.CreateCommand("SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()");
    return (long)(await command.ExecuteScalarAsync())!;
}

static string Definition(string id, string vendor, DateOnly signedOn) => $$"""
    {
      "id": "{{id}}", "title": "基准合同",
      "institution": { "id": "bench-institution", "name": "基准医院", "contacts": [{ "role": "owner", "name": "甲", "email": "owner@hospital.example" }] },
      "vendor": { "id": "{{vendor}}", "name": "基准供应商", "contacts": [{ "role": "on-site", "name": "乙", "email": "ops@{{vendor}}.example" }] },
      "signedOn": "{{signedOn:yyyy-MM-dd}}",
      "term": { "start": "{{signedOn:yyyy-MM-dd}}", "end": "{{signedOn.AddYears(1):yyyy-MM-dd}}" },
      "total": 1000000,
      "obligations": [{ "id": "go-live", "article": "第三条", "summary": "live", "title": "系统上线", "kind": "one-off",
        "due": { "from": { "event": "signed" }, "within": { "n": 45, "unit": "calendar-days" } } }],
      "penalties": [{ "id": "late", "article": "第八条", "summary": "0.3% a day", "shape": "per-day", "trigger": "late",
        "obligations": ["go-live"], "amount": { "rate": 0.003 } }]
    }
    """;

static class HostBuilderExtensions
{
    public static T Also<T>(this T value, Action<T> configure)
    {
        configure(value);
        return value;
    }
}
