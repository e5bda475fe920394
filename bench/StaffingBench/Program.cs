using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using VendorGrid.Domain.Calendar;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Domain.Staffing;

// Issue 6 benchmark: staffing evaluation of C1 with 50 engineers and a year of staffing facts.
// In process:      dotnet run -c Release --project bench/StaffingBench -- [iterations=200] [runs=3]
// Through the API: VG_INSTITUTION_TOKEN=$(./vg token --role institution-admin --institution bench-hospital)
//                  VG_VENDOR_TOKEN=$(./vg token --role vendor --vendor bench-vendor)
//                  dotnet run -c Release --project bench/StaffingBench -- api http://127.0.0.1:8080 [requests=200] [runs=3]
var root = FindRoot();
var c1 = ContractJson.ParseDefinition(File.ReadAllText(Path.Combine(root, "seeds/c1-childrens-internet-hospital-2016.json"))).Value!;
var facts = StaffedC1.Facts();
var termEnd = new DateTimeOffset(2017, 4, 15, 23, 0, 0, TimeSpan.FromHours(8));
if (args is ["api", var url, ..]) return await ThroughApiAsync(url, args.Length > 2 ? int.Parse(args[2]) : 200, args.Length > 3 ? int.Parse(args[3]) : 3);

var iterations = args.Length > 0 ? int.Parse(args[0]) : 200;
var runs = args.Length > 1 ? int.Parse(args[1]) : 3;
var calendar = WorkingCalendar.FromNational(HolidayCalendarData.Parse(File.ReadAllText(Path.Combine(root, "data/calendar/cn-holidays.json"))));
var staffing = StaffingEvaluator.Evaluate(c1, facts, termEnd, calendar);
var ledger = ContractEngine.Evaluate(c1, facts, termEnd, calendar).Ledger.Where(e => e.ClauseId == "c1-vacancy-refill").ToList();
Console.WriteLine($"C1, {staffing.Assignments.Length} assignments, {facts.Count} staffing facts: {staffing.Vacancies.Length} vacancy stretches, " +
    $"{ledger.Count} vacancy ledger entries, ¥{ledger.Sum(e => e.Amount):N2}");
Measure("staffing view (StaffingEvaluator.Evaluate)", () => StaffingEvaluator.Evaluate(c1, facts, termEnd, calendar));
Measure("whole contract with derived vacancies (ContractEngine.Evaluate)", () => ContractEngine.Evaluate(c1, facts, termEnd, calendar));
Measure("whole contract, no staffing facts (baseline)", () => ContractEngine.Evaluate(c1, [], termEnd, calendar));
return 0;

void Measure(string what, Action evaluate)
{
    var medians = new List<double>();
    for (var run = 0; run < runs; run++)
    {
        GC.Collect();
        var samples = new List<double>();
        for (var i = 0; i < iterations; i++)
        {
            var sw = Stopwatch.StartNew();
            evaluate();
            samples.Add(sw.Elapsed.TotalMilliseconds);
        }
        samples.Sort();
        medians.Add(samples[samples.Count / 2]);
        Console.WriteLine($"  {what}, run {run + 1}: median {samples[samples.Count / 2]:F2} ms, p99 {samples[(int)(samples.Count * 0.99)]:F2} ms");
    }
    medians.Sort();
    Console.WriteLine($"{what}: median of {runs} run medians {medians[runs / 2]:F2} ms");
}

async Task<int> ThroughApiAsync(string url, int requests, int apiRuns)
{
    using var http = new HttpClient { BaseAddress = new Uri(url) };
    var institution = Environment.GetEnvironmentVariable("VG_INSTITUTION_TOKEN") ?? throw new InvalidOperationException("set VG_INSTITUTION_TOKEN");
    var vendor = Environment.GetEnvironmentVariable("VG_VENDOR_TOKEN") ?? throw new InvalidOperationException("set VG_VENDOR_TOKEN");
    var contractId = $"c1-bench-{Guid.NewGuid():N}"[..20];
    var definition = JsonNode.Parse(File.ReadAllText(Path.Combine(root, "seeds/c1-childrens-internet-hospital-2016.json")))!.AsObject();
    definition["id"] = contractId;
    definition["institution"]!["id"] = "bench-hospital";
    definition["vendor"]!["id"] = "bench-vendor";
    await PostAsync(institution, "/api/contracts", definition.ToJsonString());
    foreach (var engineer in facts.Where(f => f.Type == FactTypes.StaffAssigned).Select(f => f.Engineer!).Distinct())
        await PostAsync(vendor, "/api/engineers", JsonSerializer.Serialize(new { id = engineer, name = engineer, education = "硕士研究生", years = 8 }));
    var sw = Stopwatch.StartNew();
    foreach (var f in facts)
    {
        var (token, path, body) = f.Type switch
        {
            // The hospital records the assignments: the six refills fill seats the vendor's own releases emptied, which C1
            // treats as changes of staff the vendor may not make without notice and consent (issue 6).
            FactTypes.StaffAssigned => (institution, $"/api/contracts/{contractId}/assignments", JsonSerializer.Serialize(new { id = f.Id, engineer = f.Engineer, role = f.Role, from = f.OccurredAt })),
            FactTypes.OnsiteAttendance => (vendor, $"/api/engineers/{f.Engineer}/attendance",
                JsonSerializer.Serialize(new { contract = contractId, date = VendorGrid.Domain.Time.ShanghaiTime.LocalDate(f.OccurredAt).ToString("yyyy-MM-dd"), onSite = true })),
            FactTypes.StaffReleased => (vendor, $"/api/contracts/{contractId}/events", JsonSerializer.Serialize(f, ContractJson.Options)),
            _ => (institution, $"/api/contracts/{contractId}/events", JsonSerializer.Serialize(f, ContractJson.Options)),
        };
        await PostAsync(token, path, body);
    }
    Console.WriteLine($"recorded {facts.Count} staffing facts through the API in {sw.Elapsed.TotalSeconds:F1} s");
    foreach (var view in new[] { "staffing", "ledger" })
    {
        var medians = new List<double>();
        for (var run = 0; run < apiRuns; run++)
        {
            var samples = new List<double>();
            for (var i = 0; i < requests; i++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/contracts/{contractId}/{view}?asOf=2017-04-15");
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", institution);
                var t = Stopwatch.StartNew();
                using var response = await http.SendAsync(request);
                await response.Content.ReadAsByteArrayAsync();
                samples.Add(t.Elapsed.TotalMilliseconds);
                response.EnsureSuccessStatusCode();
            }
            samples.Sort();
            medians.Add(samples[samples.Count / 2]);
            Console.WriteLine($"  GET {view}, run {run + 1}: median {samples[samples.Count / 2]:F2} ms, p99 {samples[(int)(samples.Count * 0.99)]:F2} ms");
        }
        medians.Sort();
        Console.WriteLine($"GET /api/contracts/{{id}}/{view}?asOf=2017-04-15: median of {apiRuns} run medians {medians[apiRuns / 2]:F2} ms");
    }
    return 0;

    async Task PostAsync(string token, string path, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}

static string FindRoot()
{
    for (var dir = AppContext.BaseDirectory; dir is not null; dir = Path.GetDirectoryName(dir))
        if (File.Exists(Path.Combine(dir, "VendorGrid.sln"))) return dir;
    throw new InvalidOperationException("run from inside the repository");
}
