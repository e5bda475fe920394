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
        // 6to4 (2002::/16) and NAT64 (64:ff9b::/96) embed an IPv4 address that is what is really reached.
        if (b[0] == 0x20 && b[1] == 0x02) return RefuseIPv4(b[2..6]);
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B && b[4..12].All(x => x == 0)) return RefuseIPv4(b[12..16]);
        return null;
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
