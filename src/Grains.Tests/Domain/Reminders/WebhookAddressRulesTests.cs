using System.Net;
using VendorGrid.Domain.Reminders;

namespace VendorGrid.Tests.Domain.Reminders;

/// <summary>Issue 5, SSRF guard: which webhook destinations the platform refuses to call.</summary>
public sealed class WebhookAddressRulesTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.8.9.10")]
    [InlineData("::1")]
    [InlineData("10.0.0.1")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")]
    [InlineData("fe80::1")]
    [InlineData("fc00::1")]
    [InlineData("fd12:3456::1")]
    [InlineData("224.0.0.1")]
    [InlineData("ff02::1")]
    [InlineData("0.0.0.0")]
    [InlineData("::")]
    [InlineData("255.255.255.255")]
    [InlineData("100.64.0.1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("2002:a00:1::")]
    [InlineData("64:ff9b::a9fe:a9fe")]
    [InlineData("192.0.2.2")]
    [InlineData("198.51.100.7")]
    [InlineData("203.0.113.9")]
    [InlineData("2001:db8::1")]
    public void InternalAddresses_AreRefused(string address) =>
        Assert.NotNull(WebhookAddressRules.RefuseAddress(IPAddress.Parse(address), allowLoopback: false));

    /// <summary>Issue 17, item 11: IPv6 forms a translator or tunnel turns into the internal IPv4 address inside them.</summary>
    [Theory]
    [InlineData("::10.0.0.1")]              // IPv4-compatible
    [InlineData("::192.168.1.1")]
    [InlineData("::127.0.0.1")]
    [InlineData("::ffff:0:10.0.0.1")]       // IPv4-translated (SIIT)
    [InlineData("::ffff:169.254.169.254")]  // IPv4-mapped: the cloud metadata service
    [InlineData("64:ff9b::10.1.2.3")]       // NAT64 well-known prefix
    [InlineData("64:ff9b::127.0.0.1")]
    [InlineData("64:ff9b:1::808:808")]      // local-use NAT64: the operator's own network, whatever is inside
    [InlineData("2002:7f00:1::")]           // 6to4 of 127.0.0.1
    [InlineData("2002:c0a8:101::1")]        // 6to4 of 192.168.1.1
    [InlineData("2001:0:a00:1::")]          // Teredo, server 10.0.0.1
    [InlineData("2001:0:4136:e378:8000:63bf:f5ff:fffe")]  // Teredo, client 10.0.0.1 (bits inverted)
    [InlineData("2001:0:4136:e378:8000:63bf:3f57:fefe")]  // Teredo, client 192.168.1.1
    [InlineData("2408:8000::5efe:a00:1")]   // ISATAP interface id carrying 10.0.0.1
    public void IPv6ThatEmbedsAnInternalIPv4Address_IsRefused(string address) =>
        Assert.NotNull(WebhookAddressRules.RefuseAddress(IPAddress.Parse(address), allowLoopback: false));

    [Theory]
    [InlineData("::ffff:0:127.0.0.1")]
    [InlineData("64:ff9b::7f00:1")]
    [InlineData("2002:7f00:1::1")]
    public void EmbeddedLoopback_IsRefusedEvenWhereLoopbackIsAllowed(string address) =>
        Assert.NotNull(WebhookAddressRules.RefuseAddress(IPAddress.Parse(address), allowLoopback: true));

    [Theory]
    [InlineData("64:ff9b::808:808")]                       // NAT64 of 8.8.8.8
    [InlineData("2002:808:808::1")]                       // 6to4 of 8.8.8.8
    [InlineData("2001:0:4136:e378:8000:63bf:f7f7:f7f7")]  // Teredo: server 65.54.227.120, client 8.8.8.8
    public void IPv6ThatEmbedsAPublicIPv4Address_IsAllowed(string address) =>
        Assert.Null(WebhookAddressRules.RefuseAddress(IPAddress.Parse(address), allowLoopback: false));

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("192.169.0.1")]
    [InlineData("2408:8000::1")]
    [InlineData("114.114.114.114")]
    public void PublicAddresses_AreAllowed(string address) =>
        Assert.Null(WebhookAddressRules.RefuseAddress(IPAddress.Parse(address), allowLoopback: false));

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("::1", true)]
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData("10.0.0.1", false)]
    [InlineData("169.254.1.1", false)]
    public void TheLoopbackAllowance_OpensLoopbackOnly(string address, bool allowed) =>
        Assert.Equal(allowed, WebhookAddressRules.RefuseAddress(IPAddress.Parse(address), allowLoopback: true) is null);

    [Theory]
    [InlineData("ftp://hooks.example/x", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("gopher://hooks.example/", false)]
    [InlineData("http://user:pw@hooks.example/", false)]
    [InlineData("http://localhost:8080/", false)]
    [InlineData("http://api.localhost/", false)]
    [InlineData("http://127.0.0.1/", false)]
    [InlineData("http://[::1]/", false)]
    [InlineData("http://[fe80::1]/", false)]
    [InlineData("http://2130706433/", false)]
    [InlineData("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k", true)]
    [InlineData("https://oapi.dingtalk.com/robot/send?access_token=t", true)]
    [InlineData("http://8.8.8.8/hook", true)]
    public void Urls_AreCheckedForSchemeAndLiteralHost(string url, bool allowed) =>
        Assert.Equal(allowed, WebhookAddressRules.RefuseUrl(new Uri(url), allowLoopback: false) is null);
}
