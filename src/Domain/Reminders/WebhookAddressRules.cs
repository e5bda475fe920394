using System.Net;
using System.Net.Sockets;

namespace VendorGrid.Domain.Reminders;

/// <summary>
/// Which webhook destinations the platform refuses to call (SSRF): a tenant who registers a webhook chooses where
/// the silo sends a POST from inside the deployment's network, so only public unicast addresses over http(s) are
/// allowed. Loopback is allowed only when the deployment says so explicitly (tests and <c>./vg up</c> run their
/// receivers on 127.0.0.1); private, link-local, multicast and unspecified addresses never are.
/// </summary>
public static class WebhookAddressRules
{
    /// <summary>Why <paramref name="url"/>'s scheme or literal host is refused, or null when it may be resolved and called.</summary>
    public static string? RefuseUrl(Uri url, bool allowLoopback)
    {
        if (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https")) return "must be an absolute http(s) URL";
        if (!string.IsNullOrEmpty(url.UserInfo)) return "must not carry user information";
        // "localhost" and its subdomains resolve to loopback by convention (RFC 6761) even without a resolver.
        var host = url.IdnHost.TrimEnd('.');
        if (!allowLoopback && (host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
                               || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)))
            return "must not point at this machine (localhost)";
        return url.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6 && IPAddress.TryParse(url.DnsSafeHost, out var literal)
            ? RefuseAddress(literal, allowLoopback)
            : null;
    }

    /// <summary>Why the platform must not connect to <paramref name="address"/>, or null when it is a public unicast address.</summary>
    public static string? RefuseAddress(IPAddress address, bool allowLoopback)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address)) return allowLoopback ? null : "resolves to a loopback address";
        if (address.AddressFamily == AddressFamily.InterNetwork) return RefuseIPv4(address.GetAddressBytes());
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return "is not an IP address";
        var b = address.GetAddressBytes();
        if (address.Equals(IPAddress.IPv6None) || address.Equals(IPAddress.IPv6Any)) return "resolves to the unspecified address";
        if (address.IsIPv6Multicast) return "resolves to a multicast address";
        if (address.IsIPv6LinkLocal || address.IsIPv6SiteLocal) return "resolves to a link-local address";
        if ((b[0] & 0xFE) == 0xFC) return "resolves to a private (unique local) address";
        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0D && b[3] == 0xB8) return "resolves to a documentation address (2001:db8::/32)";
        // Local-use NAT64 (RFC 8215) translates into the operator's own IPv4 network by definition.
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B && b[4] == 0x00 && b[5] == 0x01)
            return "resolves to a local-use NAT64 address (64:ff9b:1::/48)";
        // A translator or tunnel delivers these to the IPv4 address inside them, so that address is what is reached.
        // Loopback inside one is never the allowed 127.0.0.1 of this machine: the translator's own loopback is meant.
        foreach (var (embedded, how) in EmbeddedIPv4(b))
            if (RefuseAddress(new IPAddress(embedded), allowLoopback: false) is { } reason)
                return $"{reason} (embedded in an {how} address)";
        return null;
    }

    /// <summary>
    /// The IPv4 addresses an IPv6 address carries for a translator or tunnel: IPv4-compatible (::a.b.c.d), IPv4-translated
    /// (::ffff:0:a.b.c.d), NAT64 (64:ff9b::/96), 6to4 (2002::/16), Teredo (2001::/32: the server, and the client with its
    /// bits inverted) and ISATAP (an interface id of 0:5efe or 200:5efe).
    /// </summary>
    private static IEnumerable<(byte[] Address, string How)> EmbeddedIPv4(byte[] b)
    {
        if (b[..12].All(x => x == 0)) yield return (b[12..16], "IPv4-compatible");
        if (b[..8].All(x => x == 0) && b[8] == 0xFF && b[9] == 0xFF && b[10] == 0 && b[11] == 0) yield return (b[12..16], "IPv4-translated");
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B && b[4..12].All(x => x == 0)) yield return (b[12..16], "NAT64");
        if (b[0] == 0x20 && b[1] == 0x02) yield return (b[2..6], "6to4");
        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x00 && b[3] == 0x00)
        {
            yield return (b[4..8], "Teredo (server)");
            yield return (b[12..16].Select(x => (byte)~x).ToArray(), "Teredo (client)");
        }
        if ((b[8] & 0xFD) == 0x00 && b[9] == 0x00 && b[10] == 0x5E && b[11] == 0xFE) yield return (b[12..16], "ISATAP");
    }

    private static string? RefuseIPv4(byte[] b) => (b[0], b[1]) switch
    {
        (0, _) => "resolves to the unspecified network 0.0.0.0/8",
        (10, _) => "resolves to a private address (10.0.0.0/8)",
        (172, >= 16 and <= 31) => "resolves to a private address (172.16.0.0/12)",
        (192, 168) => "resolves to a private address (192.168.0.0/16)",
        (169, 254) => "resolves to a link-local address (169.254.0.0/16)",
        (100, >= 64 and <= 127) => "resolves to a carrier-grade NAT address (100.64.0.0/10)",
        // Special-purpose blocks no public webhook lives in: protocol assignments, documentation, benchmarking.
        (192, 0) when b[2] is 0 or 2 => "resolves to a special-purpose address (192.0.0.0/24, 192.0.2.0/24)",
        (198, 18 or 19) => "resolves to a benchmarking address (198.18.0.0/15)",
        (198, 51) when b[2] == 100 => "resolves to a documentation address (198.51.100.0/24)",
        (203, 0) when b[2] == 113 => "resolves to a documentation address (203.0.113.0/24)",
        ( >= 224 and <= 239, _) => "resolves to a multicast address",
        ( >= 240, _) => "resolves to a reserved or broadcast address",
        _ => null,
    };
}
