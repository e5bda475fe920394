using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using VendorGrid.Silo.Database;
using VendorGrid.Tests.Infrastructure;

namespace VendorGrid.Tests.Faults;

/// <summary>
/// Issue 19 with real silo and gateway processes: their health and metrics endpoints, and what they do when the
/// database restarts or goes away.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class OperationsProcessTests(ITestOutputHelper output)
{
    private const string GoLive = """{ "id": "go-live", "type": "obligation-met", "occurredAt": "2026-03-27T10:00:00+08:00", "obligationId": "c2-go-live" }""";

    private static string Reminder(string id, int day) =>
        $$"""{ "id": "{{id}}", "type": "payment-reminder-sent", "occurredAt": "2026-03-{{day:D2}}T10:00:00+08:00", "paymentId": "c2-pay-advance" }""";

    [Fact]
    public async Task SiloAndGateway_ServeHealthAndMetrics_AndTheCountersMoveByExactlyWhatOneRecordedFactDid()
    {
        await using var database = await TestDatabase.CreateAsync("ops_metrics");
        await using var cluster = new FaultCluster(database.ConnectionString);
        var silo = cluster.StartSilo("silo");
        var gateway = await cluster.StartGatewayAsync();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
        var siloHttp = cluster.SiloHttp(silo);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri(siloHttp, "/health/live"))).StatusCode);
        await Eventually.Async(async () => (await http.GetAsync(new Uri(siloHttp, "/health/ready"))).IsSuccessStatusCode,
            TimeSpan.FromSeconds(60), "the silo never reported ready");
        var institution = $"inst-{Guid.NewGuid():N}"[..24];
        var contract = await cluster.CreateContractAsync(gateway, institution);

        var factsBefore = Sum(await http.GetStringAsync(new Uri(siloHttp, "/metrics")), "vendorgrid_facts_recorded");
        var callsBefore = Sum(await http.GetStringAsync(new Uri(siloHttp, "/metrics")), "vendorgrid_grain_calls");
        var postsBefore = Sum(await http.GetStringAsync(new Uri(gateway, "/metrics")), "vendorgrid_requests", "method=\"POST\"", "status=\"2xx\"");
        using var admin = cluster.Client(gateway, cluster.Token("institution-admin", institution));
        var recorded = await admin.PostAsync($"/api/contracts/{contract}/events", new StringContent(GoLive, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);

        // The scrape is cached for a moment: read until the fact shows, then check nothing else was counted.
        double facts = 0;
        await Eventually.Async(async () =>
        {
            facts = Sum(await http.GetStringAsync(new Uri(siloHttp, "/metrics")), "vendorgrid_facts_recorded") - factsBefore;
            return facts > 0;
        }, TimeSpan.FromSeconds(20), "vendorgrid_facts_recorded did not move");
        Assert.Equal(1, facts);
        Assert.True(Sum(await http.GetStringAsync(new Uri(siloHttp, "/metrics")), "vendorgrid_grain_calls") - callsBefore >= 1);

        double posts = 0;
        await Eventually.Async(async () =>
        {
            posts = Sum(await http.GetStringAsync(new Uri(gateway, "/metrics")), "vendorgrid_requests", "method=\"POST\"", "status=\"2xx\"") - postsBefore;
            return posts > 0;
        }, TimeSpan.FromSeconds(20), "vendorgrid_requests did not move");
        Assert.Equal(1, posts);

        // A batch counts its facts, not the one request: three more.
        var batch = await admin.PostAsync($"/api/contracts/{contract}/events:batch", new StringContent($"{{ \"facts\": [{Reminder("r1", 2)}, {Reminder("r2", 3)}, {Reminder("r3", 4)}] }}",
            Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, batch.StatusCode);
        await Eventually.Async(async () =>
        {
            facts = Sum(await http.GetStringAsync(new Uri(siloHttp, "/metrics")), "vendorgrid_facts_recorded") - factsBefore;
            return facts > 1;
        }, TimeSpan.FromSeconds(20), "vendorgrid_facts_recorded did not move for the batch");
        Assert.Equal(4, facts);
    }

    [Fact]
    public async Task AfterPostgresRestarts_TheNextCreationSucceedsAtOnce_AndWithPostgresGone_TheSiloIsUnready_AndStopsWithin30sOfSigterm()
    {
        await using var postgres = await OwnPostgres.StartAsync();
        await using (var source = NpgsqlDataSource.Create(postgres.ConnectionString))
            await new MigrationRunner(source, NullLogger<MigrationRunner>.Instance).ApplyAsync(Migration.Embedded());
        await using var cluster = new FaultCluster(postgres.ConnectionString);
        var silo = cluster.StartSilo("silo");
        var gateway = await cluster.StartGatewayAsync();
        var institution = $"inst-{Guid.NewGuid():N}"[..24];
        await cluster.CreateContractAsync(gateway, institution); // every pool now holds connections that the restart kills

        await postgres.RestartImmediatelyAsync();
        var created = await CreateOnceAsync(cluster, gateway, institution);
        Assert.True(created.StatusCode == HttpStatusCode.Created, $"{(int)created.StatusCode}: {await created.Content.ReadAsStringAsync()} {silo.Tail}");

        await postgres.StopImmediatelyAsync();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
        await Eventually.Async(async () => (await http.GetAsync(new Uri(cluster.SiloHttp(silo), "/health/ready"))).StatusCode == HttpStatusCode.ServiceUnavailable,
            TimeSpan.FromSeconds(30), "the silo stayed ready without its database");
        var stopping = Stopwatch.StartNew();
        silo.Terminate();
        Assert.True(await silo.WaitForExitAsync(TimeSpan.FromSeconds(30)), $"the silo did not stop within 30 s of SIGTERM: {silo.Tail}");
        output.WriteLine($"silo without its database stopped {stopping.Elapsed.TotalSeconds:F1} s after SIGTERM");
    }

    /// <summary>One POST, no retry: the point is that the first attempt after the restart succeeds.</summary>
    private static async Task<HttpResponseMessage> CreateOnceAsync(FaultCluster cluster, Uri gateway, string institution)
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Seeds, "c2-chaoyang-his-2026.json")))!;
        json["id"] = $"after-restart-{Guid.NewGuid():N}"[..28];
        json["institution"]!["id"] = institution;
        json["vendor"]!["id"] = $"vend-{Guid.NewGuid():N}"[..24];
        using var admin = cluster.Client(gateway, cluster.Token("institution-admin", institution));
        return await admin.PostAsync("/api/contracts", new StringContent(json.ToJsonString(), Encoding.UTF8, "application/json"));
    }

    /// <summary>The sum of every sample of a Prometheus counter whose labels include all of <paramref name="labels"/>.</summary>
    private static double Sum(string scrape, string metric, params string[] labels) =>
        scrape.Split('\n')
            .Select(line => Regex.Match(line, $@"^{metric}(?:_total)?\{{(?<labels>[^}}]*)\}} (?<value>\S+)"))
            .Where(m => m.Success && labels.All(l => m.Groups["labels"].Value.Contains(l, StringComparison.Ordinal)))
            .Sum(m => double.Parse(m.Groups["value"].Value, System.Globalization.CultureInfo.InvariantCulture));
}
