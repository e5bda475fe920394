using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using VendorGrid.Bench;
using VendorGrid.Silo.Database;
using VendorGrid.Silo.Hosting;

// Usage: StorageBench <npgsql-connection-string> <concurrency> <writes> [grains=10000] [payload-bytes=1024]
// Prints one line: "orleans concurrency=16 writes=20000 seconds=… writes_per_s=… p50_ms=… p99_ms=…".
var connectionString = args[0];
var concurrency = int.Parse(args[1], CultureInfo.InvariantCulture);
var writes = int.Parse(args[2], CultureInfo.InvariantCulture);
var grainCount = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 10_000;
var payloadBytes = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 1024;

await using (var database = NpgsqlDataSource.Create(connectionString))
    await new MigrationRunner(database, NullLogger<MigrationRunner>.Instance).ApplyAsync(Migration.Embedded());

var builder = Host.CreateApplicationBuilder();
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.UseOrleans(silo => silo.UseLocalhostClustering().AddVendorGridStorage(connectionString));
using var host = builder.Build();
await host.StartAsync();
var grains = host.Services.GetRequiredService<IGrainFactory>();
var payload = new byte[payloadBytes];
Random.Shared.NextBytes(payload);

// Warm-up: activate every grain once (its first write is an insert), outside the measurement.
await Parallel.ForEachAsync(Enumerable.Range(0, grainCount), new ParallelOptions { MaxDegreeOfParallelism = 16 },
    async (i, _) => await grains.GetGrain<IBenchGrain>($"bench/{i}").WriteAsync(payload));

var latencies = new double[writes];
var next = -1;
var clock = Stopwatch.StartNew();
await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
{
    for (var n = Interlocked.Increment(ref next); n < writes; n = Interlocked.Increment(ref next))
    {
        var started = Stopwatch.GetTimestamp();
        await grains.GetGrain<IBenchGrain>($"bench/{n % grainCount}").WriteAsync(payload);
        latencies[n] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }
}));
var seconds = clock.Elapsed.TotalSeconds;
Array.Sort(latencies);
Console.WriteLine(FormattableString.Invariant(
    $"orleans concurrency={concurrency} writes={writes} seconds={seconds:F2} writes_per_s={writes / seconds:F0} p50_ms={latencies[writes / 2]:F2} p99_ms={latencies[(int)(writes * 0.99)]:F2}"));
await host.StopAsync();
