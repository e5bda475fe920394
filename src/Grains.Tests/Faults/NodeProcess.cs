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

    /// <summary>
    /// The last lines the process wrote (warnings and errors: the nodes log at Warning) — enough for a start-up exception's
    /// message above its stack trace; once it has exited, everything it wrote (the output read to its end first).
    /// </summary>
    public string Tail
    {
        get
        {
            if (process.HasExited) process.WaitForExit();
            return string.Join('\n', tail);
        }
    }

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
        while (tail.Count > 200) tail.TryDequeue(out _);
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

    /// <summary>
    /// A port nobody listens on, for a node started later. Never from the ephemeral range (Linux: from 32768), where the port
    /// a listener on 0 was just given can be taken by another process's outgoing connection before the node binds it (the
    /// browser suite runs beside these tests); and never the same one twice in this process. Each test process starts at
    /// its own offset in 20000–32000, so two of them rarely try the same ports, and a port found taken is skipped.
    /// </summary>
    public static int FreePort()
    {
        while (true)
        {
            var port = LowPorts.First + Interlocked.Increment(ref nextPort) % LowPorts.Count;
            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                return port;
            }
            catch (SocketException)
            {
                // taken: the next one
            }
        }
    }

    private static readonly (int First, int Count) LowPorts = (20000, 12000);
    private static int nextPort = Environment.ProcessId * 211 % LowPorts.Count;

    /// <summary>The gateway built in the same configuration as these tests.</summary>
    public static string GatewayAssembly => RepositoryPaths.SiloAssembly
        .Replace($"{Path.DirectorySeparatorChar}Silo{Path.DirectorySeparatorChar}", $"{Path.DirectorySeparatorChar}Gateway{Path.DirectorySeparatorChar}")
        .Replace("VendorGrid.Silo.dll", "VendorGrid.Gateway.dll");
}
