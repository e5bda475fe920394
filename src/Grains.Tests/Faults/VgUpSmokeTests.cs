using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using VendorGrid.Tests.Infrastructure;

namespace VendorGrid.Tests.Faults;

/// <summary>
/// `./vg up` itself, as a developer runs it: the script starts a silo and a gateway, and someone signs in. It once
/// exited right after start and no test noticed. Runs the build this suite was built with (`--no-build`) against a
/// fresh database of the test server (VG_DB), so it spends its time starting, not compiling. In the faults
/// collection: real processes, run alone.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class VgUpSmokeTests(ITestOutputHelper output)
{
    private const string DemoPassword = "Smoke-Test-2026!";
    private static readonly TimeSpan StartUp = FaultCluster.StartUp, Stop = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task VgUp_Starts_ServesTheSignInPage_SignsInADemoAccount_ListsContracts_AndStopsCleanlyOnSigterm()
    {
        await using var database = await TestDatabase.CreateAsync("vg_up", migrate: false);
        await PostgresServer.EnsureAppRoleAsync();
        var dataDir = Directory.CreateTempSubdirectory("vg-up-smoke-");
        var port = NodeProcess.FreePort();
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        EnsurePortalBuilt();
        var up = VgUp.Start(["up", "--port", port.ToString(), "--data-dir", dataDir.FullName,
            "--configuration", configuration, "--no-build"], new Dictionary<string, string>
        {
            // Two roles, as deployed: the silo migrates as the owner and everything runs as the least-privileged role.
            ["VG_DB"] = database.AppConnectionString, ["VG_MIGRATION_DB"] = database.ConnectionString, ["VG_DEMO_PASSWORD"] = DemoPassword,
            ["Logging__LogLevel__Default"] = "Warning",
        });
        try
        {
            // The session cookies are Secure, which browsers honour on http://127.0.0.1 but HttpClient's cookie store
            // does not: the session cookie is carried by hand below.
            using var http = new HttpClient(new HttpClientHandler { UseCookies = false })
                { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(20) };
            await Eventually.Async(async () =>
            {
                Assert.False(up.HasExited, $"./vg up exited with status {(up.HasExited ? up.ExitCode : 0)} before it was ready: {up.Tail}");
                try { return (await http.GetAsync("/health/ready")).IsSuccessStatusCode; }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { return false; }
            }, StartUp, $"./vg up was not ready within {StartUp.TotalSeconds} s: {up.Tail}");
            // The banner comes after readiness; ready and then gone is the regression this test is here for.
            await Eventually.Async(() => Task.FromResult(up.Tail.Contains("VendorGrid is up at")), TimeSpan.FromSeconds(30),
                $"no banner: {up.Tail}");
            // Issue 17: the demo passwords reach the terminal once, and no log or file keeps them.
            Assert.Matches(@"(?m)^\s+admin@platform\.local\s+" + System.Text.RegularExpressions.Regex.Escape(DemoPassword) + @"\s+platform-admin", up.Tail);
            Assert.DoesNotContain(DemoPassword, await File.ReadAllTextAsync(Path.Combine(dataDir.FullName, "logs", "silo.log")));
            Assert.Empty(dataDir.GetFiles("demo-accounts*"));

            var page = await http.GetAsync("/");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("VendorGrid 合同履约平台", await page.Content.ReadAsStringAsync());

            // Ready means seeded (issue 14): the demo accounts and all five contracts are there at once, no retrying.
            var signIn = await http.PostAsJsonAsync("/api/auth/login", new { username = "admin@platform.local", password = DemoPassword });
            Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);

            var session = signIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith(VendorGrid.Gateway.Security.SessionCookies.Session + "="));
            using var list = new HttpRequestMessage(HttpMethod.Get, "/api/contracts") { Headers = { { "Cookie", session } } };
            var listed = await http.SendAsync(list);
            Assert.True(listed.StatusCode == HttpStatusCode.OK, $"{listed.StatusCode}: {await listed.Content.ReadAsStringAsync()}");
            var contracts = await listed.Content.ReadFromJsonAsync<JsonElement>();
            var ids = Items(contracts).Select(c => c.GetProperty("id").GetString()).ToList();
            Assert.Equal(Directory.GetFiles(RepositoryPaths.Seeds, "*.json").Length, ids.Count);

            // Issue 17, item 10: every connection of the silo and the gateway is the app role's, and the owner kept the tables.
            var admin = new Npgsql.NpgsqlConnectionStringBuilder(database.ConnectionString).Username;
            Assert.Equal(PostgresServer.AppRole, await database.ScalarAsync<string>(
                $"SELECT string_agg(DISTINCT usename, ',') FROM pg_stat_activity WHERE datname = current_database() AND usename <> '{admin}'"));
            Assert.Equal(admin, await database.ScalarAsync<string>("SELECT tableowner::text FROM pg_tables WHERE schemaname = 'vg' AND tablename = 'audit_log'"));

            var stopped = Stopwatch.StartNew();
            up.Terminate();
            Assert.True(await up.WaitForExitAsync(Stop), $"./vg up did not stop within {Stop.TotalSeconds} s of SIGTERM: {up.Tail}");
            output.WriteLine($"./vg up stopped {stopped.Elapsed.TotalSeconds:F1} s after SIGTERM");
            Assert.Equal(0, up.ExitCode);
            await Assert.ThrowsAnyAsync<HttpRequestException>(() => http.GetAsync("/health/live"));
        }
        finally
        {
            up.Dispose(); // kills whatever is left (the script, silo and gateway) when an assertion failed
            try { dataDir.Delete(recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    [Fact]
    public async Task KillMinus9_OfVgUp_LeavesNoSiloOrGatewayRunning_AndItStartedThemWithTheTunedFailoverSettings()
    {
        await using var database = await TestDatabase.CreateAsync("vg_up_orphans", migrate: false);
        var dataDir = Directory.CreateTempSubdirectory("vg-up-orphans-");
        var port = NodeProcess.FreePort();
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        EnsurePortalBuilt();
        var up = VgUp.Start(["up", "--port", port.ToString(), "--data-dir", dataDir.FullName, "--configuration", configuration, "--no-build"],
            new Dictionary<string, string> { ["VG_DB"] = database.ConnectionString, ["Logging__LogLevel__Default"] = "Warning" });
        int[] children = [];
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(20) };
            await Eventually.Async(async () =>
            {
                Assert.False(up.HasExited, $"./vg up exited before it was ready: {up.Tail}");
                try { return (await http.GetAsync("/health/ready")).IsSuccessStatusCode; }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { return false; }
            }, StartUp, $"./vg up was not ready within {StartUp.TotalSeconds} s: {up.Tail}");
            // ./vg up names each process it started in logs/<pid>.name.
            children = Directory.GetFiles(Path.Combine(dataDir.FullName, "logs"), "*.name")
                .Select(f => int.Parse(Path.GetFileNameWithoutExtension(f))).ToArray();
            Assert.Equal(2, children.Length);
            var environments = children.Select(pid => File.ReadAllText($"/proc/{pid}/environ").Split('\0')).ToArray();
            Assert.Contains(environments, e => e.Contains("VG_PROBE_TIMEOUT_SECONDS=2") && e.Contains("VG_MISSED_PROBES=3"));
            Assert.Contains(environments, e => e.Contains("VG_RESPONSE_TIMEOUT_SECONDS=10") && e.Contains("VG_GATEWAY_LIST_REFRESH_SECONDS=5"));

            up.KillScriptOnly();
            var stopped = Stopwatch.StartNew();
            await Eventually.Async(() => Task.FromResult(children.All(pid => !Directory.Exists($"/proc/{pid}"))), TimeSpan.FromSeconds(30),
                $"silo and gateway still running 30 s after kill -9 of ./vg up: {string.Join(", ", children.Where(pid => Directory.Exists($"/proc/{pid}")))}");
            output.WriteLine($"silo and gateway gone {stopped.Elapsed.TotalSeconds:F1} s after kill -9 of ./vg up");
        }
        finally
        {
            up.Dispose();
            foreach (var pid in children)
                try { Process.GetProcessById(pid).Kill(entireProcessTree: true); } catch (ArgumentException) { } catch (InvalidOperationException) { }
            try { dataDir.Delete(recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>GET /api/contracts answers an array, or a page object with its items.</summary>
    private static IEnumerable<JsonElement> Items(JsonElement answer) =>
        answer.ValueKind == JsonValueKind.Array ? answer.EnumerateArray()
        : answer.EnumerateObject().First(p => p.Value.ValueKind == JsonValueKind.Array).Value.EnumerateArray();

    /// <summary>`./vg test` builds the portal first; a bare `dotnet test` builds it here, once.</summary>
    private static void EnsurePortalBuilt()
    {
        if (File.Exists(Path.Combine(RepositoryPaths.Root, "portal", "dist", "index.html"))) return;
        using var build = Process.Start(new ProcessStartInfo("bash", [Path.Combine(RepositoryPaths.Root, "tools", "vg", "portal.sh"), "build"])
            { WorkingDirectory = RepositoryPaths.Root })!;
        build.WaitForExit();
        Assert.True(build.ExitCode == 0, "The portal did not build: bash tools/vg/portal.sh build");
    }

    /// <summary>The ./vg script as a child process, its output kept.</summary>
    internal sealed class VgUp : IDisposable
    {
        private readonly Process process;
        private readonly ConcurrentQueue<string> tail = new();
        private bool disposed;

        private VgUp(Process process) => this.process = process;

        public bool HasExited => process.HasExited;
        public int ExitCode => process.ExitCode;
        public string Tail => string.Join('\n', tail);

        public static VgUp Start(IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment)
        {
            var start = new ProcessStartInfo("bash", [Path.Combine(RepositoryPaths.Root, "vg"), .. arguments])
                { WorkingDirectory = RepositoryPaths.Root, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var (key, value) in environment) start.Environment[key] = value;
            var up = new VgUp(Process.Start(start)!);
            up.process.OutputDataReceived += (_, e) => up.Keep(e.Data);
            up.process.ErrorDataReceived += (_, e) => up.Keep(e.Data);
            up.process.BeginOutputReadLine();
            up.process.BeginErrorReadLine();
            return up;
        }

        private void Keep(string? line)
        {
            if (line is null) return;
            tail.Enqueue(line);
            while (tail.Count > 60) tail.TryDequeue(out _);
        }

        /// <summary>SIGTERM, what Ctrl-C or a service manager sends: the script stops what it started and exits 0.</summary>
        public void Terminate()
        {
            using var kill = Process.Start("kill", ["-TERM", process.Id.ToString()])!;
            kill.WaitForExit();
        }

        /// <summary>SIGKILL of the script alone: no trap runs, its children are left to fend for themselves.</summary>
        public void KillScriptOnly()
        {
            process.Kill(entireProcessTree: false);
            process.WaitForExit();
        }

        public async Task<bool> WaitForExitAsync(TimeSpan timeout)
        {
            using var cancel = new CancellationTokenSource(timeout);
            try { await process.WaitForExitAsync(cancel.Token); return true; }
            catch (OperationCanceledException) { return false; }
        }

        public void Dispose()
        {
            if (disposed) return;
            disposed = true;
            // The silo and gateway run in process groups of their own (set -m) but are still the script's descendants.
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            process.Dispose();
        }
    }
}
