using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace VendorGrid.Tests.Infrastructure;

/// <summary>A real silo process (the built VendorGrid.Silo.dll) on fixed ports, so it can be killed and restarted.</summary>
public sealed class SiloProcess : IDisposable
{
    private readonly Process process;

    private SiloProcess(Process process) => this.process = process;

    public static (int Silo, int Gateway) FreePorts() => (FreePort(), FreePort());

    public static SiloProcess Start(string connectionString, string clusterId, (int Silo, int Gateway) ports, string? seeds)
    {
        var start = new ProcessStartInfo("dotnet", [RepositoryPaths.SiloAssembly])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["VG_DB"] = connectionString, ["VG_CLUSTER_ID"] = clusterId, ["VG_SERVICE_ID"] = clusterId,
                ["VG_SILO_PORT"] = ports.Silo.ToString(), ["VG_GATEWAY_PORT"] = ports.Gateway.ToString(),
                ["VG_ADVERTISED_IP"] = "127.0.0.1", ["VG_SEEDS"] = seeds ?? "",
                ["Logging__LogLevel__Default"] = "Warning",
            },
        };
        var process = Process.Start(start)!;
        // Drain output so a chatty silo never blocks on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new SiloProcess(process);
    }

    /// <summary>SIGKILL: no shutdown, no flushing, exactly like a crashed machine.</summary>
    public void KillHard()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public void Dispose()
    {
        if (!process.HasExited)
            KillHard();
        process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
