using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;
using VendorGrid.Gateway.Security;
using VendorGrid.Tests.Infrastructure;

namespace VendorGrid.Tests.Faults;

/// <summary>
/// Silo and gateway processes of one cluster on loopback, against one database, with a signing key of their own.
/// The tuned failover settings of docs/PERFORMANCE.md (issue 8): silos detect a dead peer with 2 s probes, 3 misses
/// (tighter ones made starved silos on a shared 2-core machine vote each other dead), and the gateway gives up on
/// an unanswered grain call after 10 s, inside its 20 s retry budget, so a write that was in flight to a killed silo
/// is repeated rather than failed. The default settings' failover window is measured by bench/run-scaleout.sh.
/// </summary>
public sealed class FaultCluster : IAsyncDisposable
{
    public const string Issuer = "vendorgrid-local", Audience = "vendorgrid";
    private readonly string clusterId = $"fault-{Guid.NewGuid():N}"[..20];
    private readonly string keyFile = Path.Combine(AppContext.BaseDirectory, "keys", $"fault-key-{Guid.NewGuid():N}.pem");
    private readonly ECDsaSecurityKey key;
    private readonly List<NodeProcess> nodes = [];
    private readonly Dictionary<NodeProcess, (int Silo, int Gateway)> siloPorts = [];
    private readonly Dictionary<NodeProcess, Uri> siloHttp = [];

    /// <summary>
    /// How long a node may take to start: seconds on an idle machine, but a 2-core machine shared by a whole team's
    /// builds and tests has been seen to need more than 90 s.
    /// </summary>
    public static readonly TimeSpan StartUp = TimeSpan.FromSeconds(240);

    public FaultCluster(string connectionString)
    {
        ConnectionString = connectionString;
        var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        Directory.CreateDirectory(Path.GetDirectoryName(keyFile)!);
        File.WriteAllText(keyFile, ecdsa.ExportSubjectPublicKeyInfoPem());
        key = new ECDsaSecurityKey(ecdsa);
    }

    public string ConnectionString { get; }
    public List<NodeProcess> Silos { get; } = [];

    public NodeProcess StartSilo(string name, (int Silo, int Gateway)? ports = null)
    {
        var (silo, gateway) = ports ?? (NodeProcess.FreePort(), NodeProcess.FreePort());
        var http = NodeProcess.FreePort();
        var node = NodeProcess.Start(name, RepositoryPaths.SiloAssembly, new Dictionary<string, string>
        {
            ["VG_SILO_HTTP_PORT"] = http.ToString(),
            ["VG_DB"] = ConnectionString, ["VG_CLUSTER_ID"] = clusterId, ["VG_SERVICE_ID"] = clusterId,
            ["VG_SILO_PORT"] = silo.ToString(), ["VG_GATEWAY_PORT"] = gateway.ToString(), ["VG_ADVERTISED_IP"] = "127.0.0.1",
            ["VG_SEEDS"] = "", ["VG_PROBE_TIMEOUT_SECONDS"] = "2", ["VG_MISSED_PROBES"] = "3",
        });
        nodes.Add(node);
        Silos.Add(node);
        siloPorts[node] = (silo, gateway);
        siloHttp[node] = new Uri($"http://127.0.0.1:{http}");
        return node;
    }

    /// <summary>The silo's operators' endpoint: /health/live, /health/ready, /metrics.</summary>
    public Uri SiloHttp(NodeProcess silo) => siloHttp[silo];

    /// <summary>The same silo again after a crash: same ports, a new generation in the membership table.</summary>
    public NodeProcess RestartSilo(NodeProcess crashed) => StartSilo(crashed.Name + "'", siloPorts[crashed]);

    public async Task<Uri> StartGatewayAsync()
    {
        var url = new Uri($"http://127.0.0.1:{NodeProcess.FreePort()}");
        var node = NodeProcess.Start($"gateway-{url.Port}", NodeProcess.GatewayAssembly, new Dictionary<string, string>
        {
            ["VG_DB"] = ConnectionString, ["VG_CLUSTER_ID"] = clusterId, ["VG_SERVICE_ID"] = clusterId,
            ["VG_JWT_PUBLIC_KEYS"] = keyFile, ["ASPNETCORE_URLS"] = url.ToString().TrimEnd('/'),
            ["VG_RATE_LIMIT_PER_MINUTE"] = "10000000",
            ["VG_RESPONSE_TIMEOUT_SECONDS"] = "10", ["VG_GATEWAY_LIST_REFRESH_SECONDS"] = "5",
        });
        lock (nodes) nodes.Add(node);
        using var http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(15) };
        await Eventually.Async(async () =>
        {
            Assert.False(node.HasExited, $"the gateway exited: {node.Tail}");
            try { return (await http.GetAsync("/health/ready")).IsSuccessStatusCode; }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { return false; }
        }, StartUp, $"the gateway at {url} was not ready within {StartUp.TotalSeconds} s: {node.Tail}; silos: {SiloStates()}");
        return url;
    }

    public string Token(string role, string? institution = null) =>
        TokenFactory.Create(new TokenRequest(role, institution, null, "fault-test", TimeSpan.FromHours(1)), key, Issuer, Audience);

    public HttpClient Client(Uri gateway, string token, TimeSpan? timeout = null)
    {
        var client = new HttpClient { BaseAddress = gateway, Timeout = timeout ?? TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>The silos GET /api/admin/cluster lists as Active.</summary>
    public async Task<string[]> ActiveSilosAsync(Uri gateway)
    {
        using var admin = Client(gateway, Token("platform-admin"), TimeSpan.FromSeconds(20));
        var cluster = await admin.GetFromJsonAsync<JsonElement>("/api/admin/cluster");
        return cluster.GetProperty("silos").EnumerateArray()
            .Where(s => s.GetProperty("status").GetString() == "Active").Select(s => s.GetProperty("address").GetString()!).ToArray();
    }

    public async Task WaitForActiveSilosAsync(Uri gateway, int count, TimeSpan timeout) =>
        await Eventually.Async(async () =>
        {
            try { return (await ActiveSilosAsync(gateway)).Length == count; }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException) { return false; }
        }, timeout, $"the cluster did not reach {count} active silos within {timeout.TotalSeconds} s; " +
                    SiloStates());

    private string SiloStates() =>
        string.Join("; ", Silos.Select(s => $"{s.Name}{(s.HasExited ? " (exited)" : "")}: {s.Tail.Split('\n').LastOrDefault()}"));

    /// <summary>A copy of seed C2 under a fresh id (and a fresh vendor), created through the gateway by the institution's admin.</summary>
    public async Task<string> CreateContractAsync(Uri gateway, string institution)
    {
        var json = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Seeds, "c2-chaoyang-his-2026.json")))!.AsObject();
        var id = $"fault-{Guid.NewGuid():N}"[..22];
        json["id"] = id;
        json["institution"]!["id"] = institution;
        json["vendor"]!["id"] = $"vend-{Guid.NewGuid():N}"[..24];
        using var admin = Client(gateway, Token("institution-admin", institution));
        // Creating the same definition again answers 200, so a creation that timed out on a starved machine is repeated.
        for (var attempt = 1; ; attempt++)
        {
            var created = await admin.PostAsync("/api/contracts", new StringContent(json.ToJsonString(), Encoding.UTF8, "application/json"));
            if (created.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK) return id;
            Assert.True((int)created.StatusCode >= 500 && attempt < 3, await created.Content.ReadAsStringAsync());
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var node in nodes) node.Dispose();
        File.Delete(keyFile);
        await Task.CompletedTask;
    }
}

public static class Eventually
{
    public static async Task Async(Func<Task<bool>> condition, TimeSpan timeout, string failure)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();  // elapsed time, not the date: immune to clock changes
        while (!await condition())
        {
            Assert.True(waited.Elapsed < timeout, failure);
            await Task.Delay(250);
        }
    }
}
