using System.Diagnostics;
using VendorGrid.Domain.Calendar;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;

// Issue 3 benchmark: a sweep of synthetic contracts (20 obligations each) evaluated in-process on one core.
// Usage: dotnet run -c Release --project bench/EngineBench -- [contracts=100000] [runs=3]
var contracts = args.Length > 0 ? int.Parse(args[0]) : 100_000;
var runs = args.Length > 1 ? int.Parse(args[1]) : 3;
var root = FindRoot();
var calendar = WorkingCalendar.FromNational(HolidayCalendarData.Parse(File.ReadAllText(Path.Combine(root, "data/calendar/cn-holidays.json"))));
var definition = SyntheticContract.Build();
var facts = SyntheticContract.Facts(definition);
var asOf = new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.FromHours(8));

Console.WriteLine($"synthetic contract: {definition.Obligations.Length} obligations, {definition.Penalties.Length} penalties, {facts.Count} facts");
var warm = ContractEngine.Evaluate(definition, facts, asOf, calendar);
Console.WriteLine($"one evaluation: {warm.Obligations.Length} instances, {warm.Ledger.Length} ledger entries");
var times = new List<double>();
for (var run = 0; run < runs; run++)
{
    GC.Collect();
    var allocated = GC.GetAllocatedBytesForCurrentThread();
    var sw = Stopwatch.StartNew();
    var late = 0;
    for (var i = 0; i < contracts; i++)
        late += ContractEngine.Evaluate(definition, facts, asOf, calendar).Obligations.Count(o => o.Status == ObligationStatus.Late);
    sw.Stop();
    times.Add(sw.Elapsed.TotalSeconds);
    Console.WriteLine($"run {run + 1}: {contracts:N0} contracts in {sw.Elapsed.TotalSeconds:F3} s " +
        $"({sw.Elapsed.TotalMicroseconds / contracts:F1} µs each, {(GC.GetAllocatedBytesForCurrentThread() - allocated) / contracts / 1024.0:F1} KiB allocated each, late={late})");
}
times.Sort();
Console.WriteLine($"median: {times[times.Count / 2]:F3} s");

// The C2 seed at the end of its term with a year of facts.
var (c2, year) = SeedYear.C2(root, calendar);
var end = new DateTimeOffset(c2.Term.End.ToDateTime(new TimeOnly(23, 0)), TimeSpan.FromHours(8));
var full = ContractEngine.Evaluate(c2, year, end, calendar);
Console.WriteLine($"C2 seed, a year of facts: {year.Count} facts, {full.Obligations.Length} instances, {full.Ledger.Length} ledger entries");
var samples = new List<double>();
for (var i = 0; i < 200; i++)
{
    var sw = Stopwatch.StartNew();
    ContractEngine.Evaluate(c2, year, end, calendar);
    samples.Add(sw.Elapsed.TotalMilliseconds);
}
samples.Sort();
Console.WriteLine($"C2 evaluation: median {samples[100]:F2} ms, p99 {samples[198]:F2} ms over 200 runs");
var jsonTimes = new List<double>();
for (var i = 0; i < 200; i++)
{
    var sw = Stopwatch.StartNew();
    var bytes = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(full, ContractJson.Options);
    System.Text.Json.JsonSerializer.Deserialize<ContractEvaluation>(bytes, ContractJson.Options);
    jsonTimes.Add(sw.Elapsed.TotalMilliseconds);
}
jsonTimes.Sort();
Console.WriteLine($"C2 evaluation JSON round trip: median {jsonTimes[100]:F2} ms");

// Working-day arithmetic on the hot path: two million "n working days after" deadlines (moved here from a
// timed unit test: speed is measured by hand, never asserted in CI).
var origin = new DateOnly(2015, 6, 1);
var dayTimes = new List<double>();
for (var run = 0; run < 3; run++)
{
    var checksum = 0L;
    var sw = Stopwatch.StartNew();
    for (var i = 0; i < 2_000_000; i++)
        checksum += calendar.AddWorkingDaysDetailed(origin.AddDays(i % 4000), i % 30 + 1).Date.DayNumber;
    dayTimes.Add(sw.Elapsed.TotalMilliseconds);
    if (checksum == 0) throw new InvalidOperationException("no deadlines computed");
}
dayTimes.Sort();
Console.WriteLine($"2,000,000 working-day deadlines: median {dayTimes[1]:F0} ms of 3 runs");

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "VendorGrid.sln"))) return dir.FullName;
    throw new InvalidOperationException("run from inside the repository");
}
