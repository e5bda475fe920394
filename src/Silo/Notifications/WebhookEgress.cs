using System.Net;
using System.Net.Sockets;
using VendorGrid.Domain.Reminders;

namespace VendorGrid.Silo.Notifications;

/// <summary>
/// Where webhook calls may go. <c>VG_WEBHOOK_ALLOW_LOOPBACK=true</c> (tests, <c>./vg up</c>) lets them reach
/// 127.0.0.1/::1; nothing lets them reach private, link-local, multicast or unspecified addresses.
/// </summary>
public sealed record WebhookEgress(bool AllowLoopback)
{
    public static WebhookEgress Read(IConfiguration config) =>
        new(string.Equals(config["VG_WEBHOOK_ALLOW_LOOPBACK"], "true", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// An HTTP client that checks the address it is about to connect to, after DNS resolution and at connect time,
    /// so a name that resolved to a public address when registered and to 10.0.0.1 now (DNS rebinding) is refused.
    /// Redirects are not followed: a 3xx is a failed delivery rather than a second, unchecked destination.
    /// </summary>
    public HttpClient CreateClient(TimeSpan timeout) => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        UseProxy = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(1),
        ConnectCallback = ConnectAsync,
    })
    { Timeout = timeout };

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken);
        // Every address the name has must be allowed: the resolver's order (and an attacker's) decides which is tried.
        foreach (var address in addresses)
            if (WebhookAddressRules.RefuseAddress(address, AllowLoopback) is { } reason)
                throw new WebhookAddressRefusedException($"webhook host '{host}' {reason} ({address})");
        if (addresses.Length == 0) throw new WebhookAddressRefusedException($"webhook host '{host}' has no address");

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            // Connect to the checked addresses themselves, never to the name again (a second lookup could differ).
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}

/// <summary>The webhook's destination is one the platform refuses to call; retrying cannot help.</summary>
public sealed class WebhookAddressRefusedException(string message) : Exception(message);
