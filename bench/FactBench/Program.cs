using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

// Issue 15: what recording a fact costs as a contract's history grows, through a running gateway's API.
//   FactBench URL INSTITUTION_ADMIN_TOKEN SEED_JSON [FACTS=5000] [HISTORY=10000] [BATCH=1000] [CONCURRENCY=16]
// Creates two fresh copies of the seed. Loads HISTORY facts into the second through POST /events:batch, BATCH at a
// time (each batch timed); then posts FACTS single facts to the first (no history) and FACTS to the second (HISTORY
// facts of history), CONCURRENCY in flight. Prints one line: the two write rates, their ratio, the batch times.
if (args.Length < 3)
{
    Console.Error.WriteLine("usage: FactBench URL INSTITUTION_ADMIN_TOKEN SEED_JSON [FACTS=5000] [HISTORY=10000] [BATCH=1000] [CONCURRENCY=16]");
    return 2;
}
var (url, token, seedPath) = (args[0].TrimEnd('/'), args[1], args[2]);
int Arg(int i, int fallback) => args.Length > i ? int.Parse(args[i], CultureInfo.InvariantCulture) : fallback;
var (facts, history, batch, concurrency) = (Arg(3, 5000), Arg(4, 10000), Arg(5, 1000), Arg(6, 16));

using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(30) };
using var http = new HttpClient(handler) { BaseAddress = new Uri(url), Timeout = TimeSpan.FromMinutes(5) };
var failures = 0;

HttpRequestMessage Post(string path, string json) => new(HttpMethod.Post, path)
{
    Headers = { { "Authorization", $"Bearer {token}" } },
    Content = new StringContent(json, Encoding.UTF8, "application/json"),
};

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

// A payment reminder the institution's admin records: a fact every contract takes, in force at once (it needs no
// answer), one a minute from 2026-03-02 so none is in the future.
var start = new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.FromHours(8));
string Fact(string id, int minute) => string.Create(CultureInfo.InvariantCulture,
    $$"""{ "id": "{{id}}", "type": "payment-reminder-sent", "occurredAt": "{{start.AddMinutes(minute):yyyy-MM-dd'T'HH:mm:sszzz}}", "paymentId": "c2-pay-advance" }""");

var seed = JsonNode.Parse(await File.ReadAllTextAsync(seedPath))!.AsObject();
var run = Guid.NewGuid().ToString("N")[..8];
async Task<string> CreateAsync(string name)
{
    var copy = seed.DeepClone().AsObject();
    var id = $"factbench-{run}-{name}";
    copy["id"] = id;
    if (!await SendAsync(Post("/api/contracts", copy.ToJsonString()))) throw new InvalidOperationException($"creating {id} failed");
    return id;
}
var empty = await CreateAsync("empty");
var loaded = await CreateAsync("loaded");

// History through the batch endpoint, each batch timed.
var batchMs = new List<double>();
for (var from = 0; from < history; from += batch)
{
    var items = Enumerable.Range(from, Math.Min(batch, history - from)).Select(i => Fact($"h-{i:D6}", i));
    var started = Stopwatch.GetTimestamp();
    if (!await SendAsync(Post($"/api/contracts/{loaded}/events:batch", $$"""{ "facts": [{{string.Join(",", items)}}] }""")))
        return 1;
    batchMs.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
}

async Task<double> RateAsync(string contract, string prefix, int firstMinute)
{
    var next = -1;
    async Task WorkerAsync()
    {
        int i;
        while ((i = Interlocked.Increment(ref next)) < facts)
            await SendAsync(Post($"/api/contracts/{contract}/events", Fact($"{prefix}-{i:D6}", firstMinute + i)));
    }
    var clock = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(WorkerAsync)));
    return facts / clock.Elapsed.TotalSeconds;
}

var rateEmpty = await RateAsync(empty, "w0", 0);
var rateLoaded = await RateAsync(loaded, "w1", history);
batchMs.Sort();
var median = batchMs.Count == 0 ? 0 : batchMs[(batchMs.Count - 1) / 2];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"facts={facts} history={history} concurrency={concurrency} rate_0={rateEmpty:0} rate_{history}={rateLoaded:0} ratio={rateLoaded / rateEmpty:0.00} " +
    $"batch={batch} batch_median_ms={median:0} batch_max_ms={(batchMs.Count == 0 ? 0 : batchMs[^1]):0} non2xx={failures}"));
return failures == 0 ? 0 : 1;
