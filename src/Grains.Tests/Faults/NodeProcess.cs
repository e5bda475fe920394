using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using VendorGrid.Tests.Infrastructure;

namespace VendorGrid.Tests.Faults;

/// <summary>
/// A real silo or gateway process from the build output, started with the environment a deployment would give
/// it, so a fault test can kill it (-9) or watch it exit by itself after a drain. Keeps its last log lines.
/// </summary>
public sealed class NodeProcess : IDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> tail = new();

    private NodeProcess(string name, Process process) => (Name, this.process) = (name, process);

    public string Name { get; }
    public bool HasExited => process.HasExited;
    public int ExitCode => process.ExitCode;

    /// <summary>The last lines the process wrote (warnings and errors: the nodes log at Warning).</summary>
    public string Tail => string.Join('\n', tail);

    public static NodeProcess Start(string name, string assembly, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet", [assembly]) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in environment) start.Environment[key] = value;
        var node = new NodeProcess(name, Process.Start(start)!);
        node.process.OutputDataReceived += (_, e) => node.Keep(e.Data);
        node.process.ErrorDataReceived += (_, e) => node.Keep(e.Data);
        node.process.BeginOutputReadLine();
        node.process.BeginErrorReadLine();
        return node;
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        tail.Enqueue(line);
        while (tail.Count > 40) tail.TryDequeue(out _);
    }

    /// <summary>SIGKILL: no shutdown, no flushing, exactly like a crashed machine.</summary>
    public void KillHard()
    {
        if (process.HasExited) return;
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    /// <summary>SIGTERM, as Kubernetes sends at the start of a pod's grace period.</summary>
    public void Terminate()
    {
        if (process.HasExited) return;
        using var kill = Process.Start("kill", ["-TERM", process.Id.ToString()]);
        kill.WaitForExit();
    }

    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try { await process.WaitForExitAsync(cancel.Token); return true; }
        catch (OperationCanceledException) { return false; }
    }

    public void Dispose()
    {
        KillHard();
        process.Dispose();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The gateway built in the same configuration as these tests.</summary>
    public static string GatewayAssembly => RepositoryPaths.SiloAssembly
        .Replace($"{Path.DirectorySeparatorChar}Silo{Path.DirectorySeparatorChar}", $"{Path.DirectorySeparatorChar}Gateway{Path.DirectorySeparatorChar}")
        .Replace("VendorGrid.Silo.dll", "VendorGrid.Gateway.dll");
}
