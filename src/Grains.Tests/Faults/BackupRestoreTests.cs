using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using VendorGrid.Gateway.Security;
using VendorGrid.Tests.Infrastructure;

namespace VendorGrid.Tests.Faults;

/// <summary>
/// The backup drill of docs/OPERATIONS.md (issue 19) with the real script: `./vg up` on a data dir of its own, facts
/// recorded, `./vg backup` while it serves, the data dir destroyed, `./vg restore`, and then every table of the
/// database (contracts, facts, accounts, audit, statements, uploaded evidence: whatever tables there are) holds the
/// same rows as at the backup — a second backup of the restored dir hashes equal table by table — and the restored
/// dir serves the same ledger. In the faults collection: real processes, run alone.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class BackupRestoreTests(ITestOutputHelper output)
{
    private const string Contract = "c1-childrens-internet-hospital-2016", Password = "Backup-Drill-2026!";
    private const string Admin = "admin@12110000400686566y.local"; // the demo institution admin of C1's hospital
    private const string Ledger = $"/api/contracts/{Contract}/ledger?asOf=2016-10-01";

    [Fact]
    public async Task BackUp_DestroyTheDataDir_Restore_AndEveryTableAndTheLedgerAreBack()
    {
        var dataDir = NewDataDir();
        var taken = Path.Combine(Path.GetTempPath(), $"vg-backup-{Guid.NewGuid():N}.tar");
        var again = Path.Combine(Path.GetTempPath(), $"vg-backup-{Guid.NewGuid():N}.tar");
        try
        {
            string ledgerBefore;
            using (var up = await ServingAsync(dataDir))
            {
                // DOMAIN.md §5 example 8: two seats vacant 14–22 September 2016 → ¥12,000 under 第三条2.3.
                await up.RecordAsync("""{ "id": "drill-open", "type": "vacancy-opened", "occurredAt": "2016-09-14T09:00:00+08:00", "role": "customer-service", "people": 2 }""");
                await up.RecordAsync("""{ "id": "drill-fill", "type": "vacancy-filled", "occurredAt": "2016-09-22T09:00:00+08:00", "role": "customer-service", "people": 2 }""");
                ledgerBefore = await up.GetStringAsync(Ledger);
                Assert.Contains("\"clauseId\":\"c1-vacancy-refill\"", ledgerBefore);

                Assert.Equal("", await VgAsync("backup", taken, "--data-dir", dataDir)); // while it serves
            }

            Directory.Delete(dataDir, recursive: true);
            dataDir = NewDataDir(dataDir);
            Assert.Equal("", await VgAsync("restore", taken, "--data-dir", dataDir));
            Assert.Contains("already holds a VendorGrid database", await VgAsync("restore", taken, "--data-dir", dataDir));
            Assert.Equal("", await VgAsync("backup", again, "--data-dir", dataDir));

            var before = await TableDataAsync(taken);
            var after = await TableDataAsync(again);
            output.WriteLine($"{before.Count} tables: {string.Join(", ", before.Select(t => $"{t.Key} {t.Value.Rows}"))}");
            Assert.Equal(before.Keys.Order(), after.Keys.Order());
            Assert.All(before, t => Assert.Equal((t.Key, t.Value.Rows, t.Value.Hash), (t.Key, after[t.Key].Rows, after[t.Key].Hash)));
            Assert.Equal(5, before["vg.contract_definitions"].Rows);
            Assert.Contains("drill-open", before["vg.contract_facts"].Text);
            Assert.Contains("drill-fill", before["vg.contract_facts"].Text);

            using var restored = await ServingAsync(dataDir);
            // The view names the instant it was known at (default now, issue 15): the same ledger, read later.
            static string Known(string json) => System.Text.RegularExpressions.Regex.Replace(json, "\"knownAt\":\"[^\"]*\"", "\"knownAt\":\"now\"");
            Assert.Equal(Known(ledgerBefore), Known(await restored.GetStringAsync(Ledger)));
        }
        finally
        {
            foreach (var file in new[] { taken, again }) File.Delete(file);
            try { Directory.Delete(dataDir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>A fresh data dir PostgreSQL's own user (vgpg, when the tests run as root) can traverse.</summary>
    private static string NewDataDir(string? path = null)
    {
        var dir = path is null ? Directory.CreateTempSubdirectory("vg-backup-drill-").FullName : Directory.CreateDirectory(path).FullName;
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(dir, (UnixFileMode)0b111_101_101);
        return dir;
    }

    /// <summary>Runs ./vg to its end; "" when it exits 0, else its exit code and output.</summary>
    private static async Task<string> VgAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(RepositoryPaths.Root, "vg"), .. arguments])
            { WorkingDirectory = RepositoryPaths.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment.Remove("VG_DB");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return process.ExitCode == 0 ? "" : $"exit {process.ExitCode}: {await stderr}{await stdout}";
    }

    /// <summary>Each table's COPY data in the archive's database dump: row count, SHA-256 of its sorted rows, the rows.</summary>
    private static async Task<Dictionary<string, (int Rows, string Hash, string Text)>> TableDataAsync(string archive)
    {
        var dump = archive + ".dump";
        await RunAsync("tar", "-xOf", archive, "database.dump", ">", dump);
        var sql = await RunAsync(Path.Combine(PgBin, "pg_restore"), "--data-only", "--file=-", dump);
        File.Delete(dump);
        var tables = new Dictionary<string, (int, string, string)>();
        var lines = sql.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("COPY ", StringComparison.Ordinal)) continue;
            var name = lines[i].Split(' ')[1];
            var rows = lines.Skip(i + 1).TakeWhile(l => l != "\\.").Order(StringComparer.Ordinal).ToList();
            var text = string.Join('\n', rows);
            tables[name] = (rows.Count, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))), text);
        }
        return tables;
    }

    private static string PgBin => new[] { Environment.GetEnvironmentVariable("VG_PG_BIN") ?? "", "/usr/lib/postgresql/18/bin",
            "/usr/lib/postgresql/17/bin", "/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/15/bin" }
        .First(dir => File.Exists(Path.Combine(dir, "pg_restore")));

    /// <summary>Runs a command through bash (for the redirect) and returns its standard output; fails on a non-zero exit.</summary>
    private static async Task<string> RunAsync(string file, params string[] args)
    {
        var command = string.Join(' ', new[] { file }.Concat(args).Select(a => a == ">" ? a : $"'{a}'"));
        using var process = Process.Start(new ProcessStartInfo("bash", ["-c", command]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{command}: {await stderr}");
        return await stdout;
    }

    /// <summary>`./vg up` on the data dir, ready, with the hospital's demo admin signed in.</summary>
    private async Task<Serving> ServingAsync(string dataDir)
    {
        var port = NodeProcess.FreePort();
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var up = VgUpSmokeTests.VgUp.Start(["up", "--port", port.ToString(), "--data-dir", dataDir, "--configuration", configuration, "--no-build"],
            new Dictionary<string, string> { ["VG_DB"] = "", ["VG_DEMO_PASSWORD"] = Password, ["Logging__LogLevel__Default"] = "Warning" });
        var serving = new Serving(up, port, output);
        try
        {
            await serving.SignInAsync();
            return serving;
        }
        catch
        {
            serving.Dispose();
            throw;
        }
    }

    private sealed class Serving(VgUpSmokeTests.VgUp up, int port, ITestOutputHelper output) : IDisposable
    {
        // Secure cookies are carried by hand: HttpClient's cookie store does not send them over http://127.0.0.1.
        private readonly HttpClient http = new(new HttpClientHandler { UseCookies = false })
            { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
        private string session = "", csrf = "";

        public async Task SignInAsync()
        {
            await Eventually.Async(async () =>
            {
                Assert.False(up.HasExited, $"./vg up exited before it was ready: {up.Tail}");
                try { return (await http.GetAsync("/health/ready")).IsSuccessStatusCode; }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { return false; }
            }, FaultCluster.StartUp, $"./vg up was not ready: {up.Tail}");
            HttpResponseMessage signIn = null!;
            // The first silo creates the demo accounts after start-up; a restored database already has them.
            await Eventually.Async(async () =>
            {
                signIn = await http.PostAsJsonAsync("/api/auth/login", new { username = Admin, password = Password });
                return signIn.StatusCode != HttpStatusCode.Unauthorized;
            }, TimeSpan.FromSeconds(60), $"{Admin} could not sign in");
            Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
            var cookies = signIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).ToList();
            session = cookies.Single(c => c.StartsWith($"{SessionCookies.Session}=", StringComparison.Ordinal));
            csrf = cookies.Single(c => c.StartsWith($"{SessionCookies.Csrf}=", StringComparison.Ordinal));
        }

        public async Task RecordAsync(string fact)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/contracts/{Contract}/events")
                { Content = new StringContent(fact, Encoding.UTF8, "application/json") };
            request.Headers.Add("Cookie", $"{session}; {csrf}");
            request.Headers.Add(SessionCookies.CsrfHeader, csrf[(SessionCookies.Csrf.Length + 1)..]);
            var response = await http.SendAsync(request);
            Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        public async Task<string> GetStringAsync(string path)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Add("Cookie", session);
            var response = await http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode} {body}");
            return body;
        }

        public void Dispose()
        {
            up.Terminate();
            if (!up.WaitForExitAsync(TimeSpan.FromSeconds(60)).GetAwaiter().GetResult()) output.WriteLine($"./vg up did not stop: {up.Tail}");
            up.Dispose();
            http.Dispose();
        }
    }
}
