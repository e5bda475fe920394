using System.Diagnostics;
using Npgsql;

namespace VendorGrid.Tests.Faults;

/// <summary>
/// A PostgreSQL cluster of the test's own (initdb in a temp dir, as `./vg test` does for the suite), because
/// restarting the shared one would break every other test. Runs as the `vgpg` system user when the tests run as
/// root (PostgreSQL refuses root; `./vg` creates that user); trust authentication, loopback only, removed afterwards.
/// </summary>
public sealed class OwnPostgres : IAsyncDisposable
{
    private const string OsUser = "vgpg";
    private readonly string directory = Path.Combine(Path.GetTempPath(), $"vg-fault-pg-{Guid.NewGuid():N}"[..30]);
    private readonly string bin;
    private readonly int port = NodeProcess.FreePort();

    private OwnPostgres(string bin) => this.bin = bin;

    private string Data => Path.Combine(directory, "pg");
    private string Options => $"-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''";

    public string ConnectionString => $"Host=127.0.0.1;Port={port};Username=vendorgrid;Database=postgres;Pooling=true";

    public static async Task<OwnPostgres> StartAsync()
    {
        var bin = new[] { Environment.GetEnvironmentVariable("VG_PG_BIN") ?? "", "/usr/lib/postgresql/18/bin", "/usr/lib/postgresql/17/bin",
                "/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/15/bin" }
            .FirstOrDefault(dir => File.Exists(Path.Combine(dir, "pg_ctl")))
            ?? throw new InvalidOperationException("PostgreSQL server binaries not found (set VG_PG_BIN, or install postgresql-15)");
        var server = new OwnPostgres(bin);
        Directory.CreateDirectory(server.directory);
        // The server user must traverse the directory; PostgreSQL makes the data directory itself 0700.
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(server.directory, (UnixFileMode)0b111_101_101);
        if (IsRoot) await RunAsync("chown", OsUser, server.directory);
        await server.AsServerUserAsync("initdb", "-D", server.Data, "-U", "vendorgrid", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8");
        await server.AsServerUserAsync("pg_ctl", "-D", server.Data, "-l", Path.Combine(server.directory, "log"), "-w", "-t", "60", "-o", server.Options, "start");
        return server;
    }

    /// <summary>`pg_ctl restart -m immediate`: the server is killed without a checkpoint and recovers from its WAL.</summary>
    public Task RestartImmediatelyAsync() =>
        AsServerUserAsync("pg_ctl", "-D", Data, "-l", Path.Combine(directory, "log"), "-w", "-t", "60", "-m", "immediate", "-o", Options, "restart");

    /// <summary>`pg_ctl stop -m immediate`: the database is gone until <see cref="StartAgainAsync"/>.</summary>
    public Task StopImmediatelyAsync() => AsServerUserAsync("pg_ctl", "-D", Data, "-m", "immediate", "-w", "stop");

    public Task StartAgainAsync() =>
        AsServerUserAsync("pg_ctl", "-D", Data, "-l", Path.Combine(directory, "log"), "-w", "-t", "60", "-o", Options, "start");

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try { await AsServerUserAsync("pg_ctl", "-D", Data, "-m", "immediate", "-w", "stop"); }
        catch (InvalidOperationException) { } // already stopped: nothing to do
        Directory.Delete(directory, recursive: true);
    }

    private static bool IsRoot => Environment.UserName == "root";

    private Task AsServerUserAsync(string tool, params string[] args) =>
        IsRoot ? RunAsync("runuser", ["-u", OsUser, "--", Path.Combine(bin, tool), .. args]) : RunAsync(Path.Combine(bin, tool), args);

    private static async Task RunAsync(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({process.ExitCode}): {await stderr}{await stdout}");
    }
}
