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
