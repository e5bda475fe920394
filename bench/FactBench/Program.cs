using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

// Issue 15: what recording a fact costs as a contract's history grows, through a running gateway's API.
//   FactBench URL INSTITUTION_ADMIN_TOKEN SEED_JSON [FACTS=5000] [HISTORY=10000] [BATCH=1000] [CONCURRENCY=16] [KIND=reminders]
// Creates four fresh copies of the seed. Loads HISTORY facts into one through POST /events:batch, BATCH at a time (each
// batch timed); then posts FACTS single facts, CONCURRENCY in flight, to a copy without history (a warm-up, not measured),
// to another (rate at 0), to the loaded one (rate at HISTORY) and to the last (rate at 0 again; the two are averaged).
// Prints one line: the write rates, their ratio, the batch times.
// KIND is what is recorded, history and timed facts alike (docs/LEDGER.md §7): reminders (payment reminders), incidents
// (each opened, responded, restored — one incident's three facts in order by one sender), attendance (a day on site per
// engineer, 100 engineers), mixed (a reminder, a day on site and an incident's three facts in turn).
if (args.Length < 3)
{
    Console.Error.WriteLine("usage: FactBench URL INSTITUTION_ADMIN_TOKEN SEED_JSON [FACTS=5000] [HISTORY=10000] [BATCH=1000] [CONCURRENCY=16] [KIND=reminders|incidents|attendance|mixed]");
    return 2;
}
var (url, token, seedPath) = (args[0].TrimEnd('/'), args[1], args[2]);
int Arg(int i, int fallback) => args.Length > i ? int.Parse(args[i], CultureInfo.InvariantCulture) : fallback;
var (facts, history, batch, concurrency) = (Arg(3, 5000), Arg(4, 10000), Arg(5, 1000), Arg(6, 16));
var kind = args.Length > 7 ? args[7] : "reminders";
if (kind is not ("reminders" or "incidents" or "attendance" or "mixed"))
{
    Console.Error.WriteLine($"unknown KIND '{kind}': reminders, incidents, attendance or mixed");
    return 2;
}

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

// Facts the institution's admin records, all in force at once (none needs an answer), one a minute from 2026-03-02 so
// none is in the future. A payment reminder: a fact every contract takes.
var start = new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.FromHours(8));
string At(int minute) => start.AddMinutes(minute).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
string Reminder(string id, int minute) =>
    $$"""{ "id": "{{id}}", "type": "payment-reminder-sent", "occurredAt": "{{At(minute)}}", "paymentId": "c2-pay-advance" }""";
// An incident: opened, then the vendor's answer and the restoration minutes later (recorded by the institution).
string[] Incident(string id, int minute) =>
[
    $$"""{ "id": "{{id}}-o", "type": "incident-opened", "occurredAt": "{{At(minute)}}", "incidentId": "{{id}}", "severity": "normal" }""",
    $$"""{ "id": "{{id}}-r", "type": "incident-event", "occurredAt": "{{At(minute + 5)}}", "incidentId": "{{id}}", "name": "responded" }""",
    $$"""{ "id": "{{id}}-s", "type": "incident-event", "occurredAt": "{{At(minute + 20)}}", "incidentId": "{{id}}", "name": "restored" }""",
];
// A day on site: 100 engineers a day, so 15,000 days reach back no further than 150 days.
string Attendance(string id, int n) => string.Create(CultureInfo.InvariantCulture,
    $$"""{ "id": "{{id}}", "type": "onsite-attendance", "occurredAt": "{{start.AddDays(n / 100):yyyy-MM-dd'T'09:00:00zzz}}", "engineer": "eng-{{n % 100}}", "onSite": true }""");
// The n-th unit of work: facts one sender posts in order (an incident's steps after its opening).
string[] Unit(string prefix, int n) => kind switch
{
    "incidents" => Incident($"{prefix}-{n:D6}", n * 3),
    "attendance" => [Attendance($"{prefix}-{n:D6}", n)],
    "mixed" => (n % 3) switch
    {
        0 => [Reminder($"{prefix}-{n:D6}", n)],
        1 => [Attendance($"{prefix}-{n:D6}", n)],
        _ => Incident($"{prefix}-{n:D6}", n),
    },
    _ => [Reminder($"{prefix}-{n:D6}", n)],
};

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
var warmup = await CreateAsync("warmup");
var empty = await CreateAsync("empty");
var emptyAgain = await CreateAsync("empty-again");
var loaded = await CreateAsync("loaded");

// History through the batch endpoint, each batch timed: whole units, HISTORY facts or just over.
var batchMs = new List<double>();
var historyFacts = new List<string>();
for (var n = 0; historyFacts.Count < history; n++) historyFacts.AddRange(Unit("h", n));
for (var from = 0; from < historyFacts.Count; from += batch)
{
    var items = historyFacts.Skip(from).Take(batch);
    var started = Stopwatch.GetTimestamp();
    if (!await SendAsync(Post($"/api/contracts/{loaded}/events:batch", $$"""{ "facts": [{{string.Join(",", items)}}] }""")))
        return 1;
    batchMs.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
}

async Task<double> RateAsync(string contract, string prefix, int firstUnit)
{
    var next = firstUnit - 1;
    var posted = 0;
    async Task WorkerAsync()
    {
        int n;
        while (Volatile.Read(ref posted) < facts && (n = Interlocked.Increment(ref next)) < firstUnit + facts)
            foreach (var fact in Unit(prefix, n))
            {
                await SendAsync(Post($"/api/contracts/{contract}/events", fact));
                Interlocked.Increment(ref posted);
            }
    }
    var clock = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(WorkerAsync)));
    return posted / clock.Elapsed.TotalSeconds;
}

// The loaded contract's timed facts continue after its history (later minutes, days and incidents).
var units = 0;
for (var count = 0; count < history; units++) count += Unit("h", units).Length;
// Unmeasured: the same single facts to a third fresh copy first, so neither measured phase pays the client's and the
// servers' warm-up (JIT tiers, connections, thread-pool growth), which otherwise all falls on the first one.
await RateAsync(warmup, "wu", 0);
// Empty, loaded, then another empty copy: the rate at 0 is the mean of the two empty ones, so a drift over the run (a heap
// or tables growing, the machine's other load) weighs on both sides alike instead of on the second phase alone.
var rateEmptyFirst = await RateAsync(empty, "w0", 0);
var rateLoaded = await RateAsync(loaded, "w1", units);
var rateEmptyAgain = await RateAsync(emptyAgain, "w2", 0);
var rateEmpty = (rateEmptyFirst + rateEmptyAgain) / 2;
batchMs.Sort();
var median = batchMs.Count == 0 ? 0 : batchMs[(batchMs.Count - 1) / 2];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"kind={kind} facts={facts} history={history} concurrency={concurrency} rate_0={rateEmpty:0} (first {rateEmptyFirst:0}, again {rateEmptyAgain:0}) rate_{history}={rateLoaded:0} ratio={rateLoaded / rateEmpty:0.00} " +
    $"batch={batch} batch_median_ms={median:0} batch_max_ms={(batchMs.Count == 0 ? 0 : batchMs[^1]):0} non2xx={failures}"));
return failures == 0 ? 0 : 1;
