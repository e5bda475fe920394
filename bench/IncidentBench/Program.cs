using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

// Records incidents with four steps each through a running gateway's API, as the hospital's service desk and the
// vendor's engineers would: the institution opens (and closes), the vendor reports responded, onsite, restored.
//   IncidentBench URL INSTITUTION_ADMIN_TOKEN VENDOR_TOKEN SEED_JSON INCIDENTS CONTRACTS CONCURRENCY
// Creates CONTRACTS fresh copies of the seed for the token's institution and spreads the incidents over them
// round-robin. Prints one line: events_per_s (the four steps), requests_per_s (openings included), p50/p99 of the
// step requests, and any non-2xx count.
//   IncidentBench engine REPO_ROOT [INCIDENTS=1000] [STEPS=200]: in process, one step's evaluation cost at INCIDENTS earlier incidents.
if (args.Length >= 2 && args[0] == "engine")
    return EngineSteps.Run(args[1], args.Length > 2 ? int.Parse(args[2]) : 1000, args.Length > 3 ? int.Parse(args[3]) : 200);
if (args.Length != 7)
{
    Console.Error.WriteLine("usage: IncidentBench URL INSTITUTION_ADMIN_TOKEN VENDOR_TOKEN SEED_JSON INCIDENTS CONTRACTS CONCURRENCY");
    return 2;
}
var (url, institutionToken, vendorToken, seedPath) = (args[0].TrimEnd('/'), args[1], args[2], args[3]);
var (incidents, contracts, concurrency) = (int.Parse(args[4]), int.Parse(args[5]), int.Parse(args[6]));

using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(30) };
using var http = new HttpClient(handler) { BaseAddress = new Uri(url), Timeout = TimeSpan.FromMinutes(2) };

HttpRequestMessage Post(string path, string token, string json) => new(HttpMethod.Post, path)
{
    Headers = { { "Authorization", $"Bearer {token}" } },
    Content = new StringContent(json, Encoding.UTF8, "application/json"),
};

// Fresh contracts, so every run starts from contracts without incidents.
var seed = JsonNode.Parse(await File.ReadAllTextAsync(seedPath))!.AsObject();
var contractIds = new List<string>();
var run = Guid.NewGuid().ToString("N")[..8];
for (var c = 0; c < contracts; c++)
{
    var copy = seed.DeepClone().AsObject();
    var id = $"bench-{run}-{c}";
    copy["id"] = id;
    using var created = await http.SendAsync(Post("/api/contracts", institutionToken, copy.ToJsonString()));
    if (created.StatusCode != HttpStatusCode.Created)
    {
        Console.Error.WriteLine($"creating {id}: {(int)created.StatusCode} {await created.Content.ReadAsStringAsync()}");
        return 1;
    }
    contractIds.Add(id);
}

var stepLatencies = new double[incidents * 4];
var failures = 0;
var next = -1;
var openedBase = new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.FromHours(8));
(string Type, int Minutes, bool ByVendor)[] steps = [("responded", 5, true), ("onsite", 20, true), ("restored", 25, true), ("closed", 40, false)];

async Task<bool> SendAsync(HttpRequestMessage request)
{
    using (request)
    using (var response = await http.SendAsync(request))
    {
        if (response.IsSuccessStatusCode) return true;
        if (Interlocked.Increment(ref failures) <= 5)
            Console.Error.WriteLine($"{request.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return false;
    }
}

async Task WorkerAsync()
{
    int i;
    while ((i = Interlocked.Increment(ref next)) < incidents)
    {
        var contract = contractIds[i % contractIds.Count];
        var incident = $"inc-{i:D6}";
        // Spread over the service year, one every ~50 minutes, so clocks fall in and outside working time.
        var opened = openedBase.AddMinutes(50L * i);
        string At(int minutes) => opened.AddMinutes(minutes).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        await SendAsync(Post($"/api/contracts/{contract}/incidents", institutionToken,
            $$"""{ "id": "{{incident}}", "openedAt": "{{At(0)}}", "severity": "{{(i % 10 == 0 ? "emergency" : "normal")}}", "campus": "本部", "summary": "压测事件 {{i}}" }"""));
        for (var s = 0; s < steps.Length; s++)
        {
            var started = Stopwatch.GetTimestamp();
            await SendAsync(Post($"/api/contracts/{contract}/incidents/{incident}/events", steps[s].ByVendor ? vendorToken : institutionToken,
                $$"""{ "type": "{{steps[s].Type}}", "at": "{{At(steps[s].Minutes)}}" }"""));
            stepLatencies[i * 4 + s] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
    }
}

var clock = Stopwatch.StartNew();
await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(WorkerAsync)));
var seconds = clock.Elapsed.TotalSeconds;
Array.Sort(stepLatencies);
double Percentile(double p) => stepLatencies[Math.Min(stepLatencies.Length - 1, (int)Math.Ceiling(p * stepLatencies.Length) - 1)];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"incidents={incidents} contracts={contracts} concurrency={concurrency} seconds={seconds:0.0} events_per_s={incidents * 4 / seconds:0} " +
    $"requests_per_s={incidents * 5 / seconds:0} p50_ms={Percentile(0.50):0.00} p99_ms={Percentile(0.99):0.00} non2xx={failures}"));
return failures == 0 ? 0 : 1;
