using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using VendorGrid.Grains.Reminders;
using VendorGrid.Silo.Jobs;
using VendorGrid.Silo.Notifications;
using VendorGrid.Silo.Storage;
using VendorGrid.Tests.Infrastructure;

namespace VendorGrid.Tests.Notifications;

/// <summary>Issue 5, webhooks: signed generic JSON, WeCom and DingTalk robots, retried with backoff when the receiver fails.</summary>
public sealed class WebhookDeliveryTests() : DatabaseTest("webhook")
{
    private static readonly DateTimeOffset Now = new(2026, 12, 9, 23, 0, 0, TimeSpan.FromHours(8));
    private readonly FakeTimeProvider clock = new(Now);

    // The receivers below listen on 127.0.0.1, which only an explicit VG_WEBHOOK_ALLOW_LOOPBACK=true lets a webhook reach.
    private NotificationDispatchJob Job(bool allowLoopback = true) =>
        new(Source, [new WebhookChannel(Source, clock, new WebhookEgress(allowLoopback))], clock, NullLogger<NotificationDispatchJob>.Instance);

    private async Task<long> WebhookAsync(string url, string format, string? secret)
    {
        await using var command = Source.CreateCommand("INSERT INTO vg.webhooks (owner, url, format, secret) VALUES ('vendor:v-1', $1, $2, $3) RETURNING id");
        command.Parameters.AddWithValue(url);
        command.Parameters.AddWithValue(format);
        command.Parameters.AddWithValue((object?)secret ?? DBNull.Value);
        var id = (long)(await command.ExecuteScalarAsync())!;
        await new PostgresDeadlineIndex(Source).NotifyAsync("inst-a/c-1", [new NewNotification(
            $"inst-a/c-1:go-live:7d-before:webhook-{id}:webhook", "go-live", "7d-before", "vendor:v-1", "webhook", id.ToString(),
            "系统上线：即将到期", "截止于 2026-12-16 23:59（北京时间）", Now.AddDays(7), Now)]);
        return id;
    }

    private async Task<string> DeliveryAsync() => (await Database.ScalarAsync<string>("SELECT delivery FROM vg.notifications"))!;

    [Fact]
    public async Task AGenericWebhook_AnsweringFiveHundredThenTwoHundred_IsRetriedAfterBackoff_AndSignedWithHmac()
    {
        await using var receiver = new LoopbackWebhookReceiver(500, 200);
        await WebhookAsync(receiver.Url, "generic", "s3cret");

        var first = await Job().DispatchAsync(Now, 10);
        var early = await Job().DispatchAsync(Now.AddSeconds(59), 10);
        clock.SetUtcNow(Now.AddMinutes(1));
        var second = await Job().DispatchAsync(Now.AddMinutes(1), 10);

        Assert.Equal((0, 1), (first.Sent, first.Failed));
        Assert.Equal((0, 0), (early.Sent, early.Failed));
        Assert.Equal((1, 0), (second.Sent, second.Failed));
        Assert.Equal("sent", await DeliveryAsync());
        var requests = receiver.Requests.ToArray();
        Assert.Equal([500, 200], requests.Select(r => r.Answered));
        var delivered = requests[1];
        var timestamp = long.Parse(delivered.Headers[WebhookPayloads.TimestampHeader]);
        Assert.Equal(Now.AddMinutes(1).ToUnixTimeSeconds(), timestamp);
        Assert.Equal(WebhookPayloads.Signature("s3cret", timestamp, delivered.Body), delivered.Headers[WebhookPayloads.SignatureHeader]);
        var json = JsonDocument.Parse(delivered.Body).RootElement;
        Assert.Equal("inst-a/c-1:go-live:7d-before:webhook-1:webhook", json.GetProperty("operationKey").GetString());
    }

    [Fact]
    public async Task AWeComRobot_GetsAMarkdownMessage()
    {
        await using var receiver = new LoopbackWebhookReceiver(200);
        await WebhookAsync(receiver.Url, "wecom", null);

        await Job().DispatchAsync(Now, 10);

        var json = JsonDocument.Parse(Assert.Single(receiver.Requests).Body).RootElement;
        Assert.Equal("markdown", json.GetProperty("msgtype").GetString());
        Assert.StartsWith("**系统上线：即将到期**", json.GetProperty("markdown").GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADingTalkRobot_GetsATextMessage_OnItsSignedUrl()
    {
        await using var receiver = new LoopbackWebhookReceiver(200);
        await WebhookAsync(receiver.Url + "?access_token=t", "dingtalk", "SECabc");

        await Job().DispatchAsync(Now, 10);

        var request = Assert.Single(receiver.Requests);
        Assert.Equal("text", JsonDocument.Parse(request.Body).RootElement.GetProperty("msgtype").GetString());
        var expected = new Uri(WebhookPayloads.DingTalkSignedUrl(receiver.Url + "?access_token=t", "SECabc", Now.ToUnixTimeMilliseconds()));
        Assert.Equal(expected.PathAndQuery, request.PathAndQuery);
    }

    [Fact]
    public async Task AReceiverThatAlwaysFails_IsParkedAfterTheLastRetry()
    {
        await using var receiver = new LoopbackWebhookReceiver(500);
        await WebhookAsync(receiver.Url, "generic", null);

        for (var (i, at) = (0, Now); i < 8; i++, at = at.AddHours(7))
            await Job().DispatchAsync(at, 10);

        Assert.Equal("failed", await DeliveryAsync());
        Assert.Equal(DeliveryRetryAttempts, receiver.Requests.Count);
    }

    [Fact]
    public async Task WithoutTheLoopbackAllowance_ALoopbackWebhook_IsParkedAtOnce_AndNeverCalled()
    {
        await using var receiver = new LoopbackWebhookReceiver(200);
        await WebhookAsync(receiver.Url, "generic", null);

        var result = await Job(allowLoopback: false).DispatchAsync(Now, 10);

        Assert.Equal((0, 1), (result.Sent, result.Failed));
        Assert.Empty(receiver.Requests);
        Assert.Equal("failed", await DeliveryAsync());
        Assert.Contains("loopback", await Database.ScalarAsync<string>("SELECT last_error FROM vg.notifications"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHostName_IsCheckedAgainAtConnectTime_SoANameThatNowResolvesInternally_IsRefused()
    {
        // The machine's own name is a DNS name (no literal address for the URL check to see) that resolves to
        // loopback or a private address: what a rebinding attacker's name would resolve to after registration.
        var host = System.Net.Dns.GetHostName();
        var addresses = await System.Net.Dns.GetHostAddressesAsync(host);
        Assert.All(addresses, a => Assert.NotNull(VendorGrid.Domain.Reminders.WebhookAddressRules.RefuseAddress(a, allowLoopback: false)));
        await using var receiver = new LoopbackWebhookReceiver(200);
        await WebhookAsync($"http://{host}:{receiver.Port}/hook", "generic", null);

        var result = await Job(allowLoopback: false).DispatchAsync(Now, 10);

        Assert.Equal((0, 1), (result.Sent, result.Failed));
        Assert.Empty(receiver.Requests);
        Assert.Equal("failed", await DeliveryAsync());
        Assert.Contains($"webhook host '{host}'", await Database.ScalarAsync<string>("SELECT last_error FROM vg.notifications"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://10.1.2.3/hook")]
    [InlineData("http://169.254.169.254/latest/meta-data")]
    [InlineData("http://[fd00::1]/hook")]
    [InlineData("http://0.0.0.0:8080/")]
    public async Task APrivateOrLinkLocalWebhook_IsRefusedEvenWithTheLoopbackAllowance(string url)
    {
        await WebhookAsync(url, "generic", null);

        var result = await Job(allowLoopback: true).DispatchAsync(Now, 10);

        Assert.Equal((0, 1), (result.Sent, result.Failed));
        Assert.Equal("failed", await DeliveryAsync());
    }

    private const int DeliveryRetryAttempts = VendorGrid.Domain.Reminders.DeliveryRetry.DefaultMaxAttempts;
}
