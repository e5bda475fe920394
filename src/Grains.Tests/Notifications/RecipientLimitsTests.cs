using System.Net;
using System.Net.Sockets;
using System.Text;
using MailKit.Security;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using VendorGrid.Grains.Reminders;
using VendorGrid.Silo.Jobs;
using VendorGrid.Silo.Notifications;
using VendorGrid.Silo.Storage;
using VendorGrid.Tests.Infrastructure;
using VendorGrid.Hosting;

namespace VendorGrid.Tests.Notifications;

/// <summary>
/// Issue 17, item 2: the platform is no spam relay. A contact address gets a confirmation link instead of reminders
/// until someone follows it (at most one link a day), no address gets more than 20 e-mails an hour, and a webhook's
/// answer costs the silo 64 KiB and ten seconds at most.
/// </summary>
public sealed class RecipientLimitsTests() : DatabaseTest("recipients")
{
    private static readonly DateTimeOffset Now = new(2026, 12, 9, 23, 0, 0, TimeSpan.FromHours(8));
    private readonly FakeTimeProvider clock = new(Now);

    private NotificationDispatchJob Job(int smtpPort, TimeSpan? webhookTimeout = null)
    {
        var mail = new EmailChannel(new SmtpSettings("127.0.0.1", smtpPort, "VendorGrid <noreply@vendorgrid.test>", null, null, SecureSocketOptions.None));
        var gate = new DeliveryGate(Source, new EmailVerification(Source, mail, "https://vg.example"));
        return new(Source, [mail, new WebhookChannel(Source, clock, new WebhookEgress(AllowLoopback: true), webhookTimeout)], clock,
            NullLogger<NotificationDispatchJob>.Instance, gate);
    }

    private async Task NotifyAsync(string address, string point, string channel = "email") =>
        await new PostgresDeadlineIndex(Source).NotifyAsync("inst-a/c-1", [new NewNotification(
            $"inst-a/c-1:go-live:{point}:{address}:{channel}", "go-live", point, "vendor:v-1", channel, address,
            "系统上线：即将到期", "截止于 2026-12-16 23:59（北京时间）", Now.AddDays(7), Now)]);

    private async Task<List<(string Point, string Delivery, string? Error)>> DeliveriesAsync(string address)
    {
        await using var command = Source.CreateCommand("SELECT point, delivery, last_error FROM vg.notifications WHERE address = $1 ORDER BY id");
        command.Parameters.AddWithValue(address);
        var rows = new List<(string, string, string?)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) rows.Add((reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
        return rows;
    }

    private static string LinkIn(string data) =>
        MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(data))).TextBody!.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("https://"));

    private async Task VerifyAsync(string token)
    {
        await using var command = Source.CreateCommand("UPDATE vg.email_addresses SET verified_at = $2 WHERE token_hash = $1");
        command.Parameters.AddWithValue(EmailVerification.Hash(token));
        command.Parameters.AddWithValue(Now.UtcDateTime);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    [Fact]
    public async Task AnUnverifiedContactAddress_GetsOneConfirmationLinkADay_AndRemindersOnlyOnceItIsFollowed()
    {
        await using var smtp = new LoopbackSmtpServer();
        await NotifyAsync("stranger@example.com", "7d-before");
        await NotifyAsync("stranger@example.com", "3d-before");

        var first = await Job(smtp.Port).DispatchAsync(Now, 10);
        await NotifyAsync("stranger@example.com", "1d-before");
        var laterThatDay = await Job(smtp.Port).DispatchAsync(Now.AddHours(20), 10);

        Assert.Equal((0, 2), (first.Sent, first.Failed));
        Assert.Equal((0, 1), (laterThatDay.Sent, laterThatDay.Failed));
        var message = Assert.Single(smtp.Messages);
        Assert.Equal(["<stranger@example.com>"], message.To);
        var link = LinkIn(message.Data);
        Assert.StartsWith("https://vg.example/verify-email?token=", link);
        Assert.Equal(
            [("7d-before", "failed", "address not verified: a confirmation link was sent to it"),
             ("3d-before", "failed", "address not verified: a confirmation link was sent to it less than a day ago"),
             ("1d-before", "failed", "address not verified: a confirmation link was sent to it less than a day ago")],
            await DeliveriesAsync("stranger@example.com"));

        await VerifyAsync(link.Split("token=")[1]);
        await NotifyAsync("stranger@example.com", "due");
        var afterwards = await Job(smtp.Port).DispatchAsync(Now.AddDays(1), 10);

        Assert.Equal((1, 0), (afterwards.Sent, afterwards.Failed));
        Assert.Equal(2, smtp.Messages.Count);
    }

    [Fact]
    public async Task APortalAccountsUsername_CountsAsVerified()
    {
        await using var smtp = new LoopbackSmtpServer();
        await using (var account = Source.CreateCommand("""
            INSERT INTO vg.accounts (username, display_name, created_at, created_by)
            VALUES ('Lead@Vendor.example', '项目经理', '2026-05-01T09:00:00+08', 'test')
            """))
            await account.ExecuteNonQueryAsync();
        await NotifyAsync("lead@vendor.example", "7d-before");

        var result = await Job(smtp.Port).DispatchAsync(Now, 10);

        Assert.Equal((1, 0), (result.Sent, result.Failed));
        Assert.Equal(["<lead@vendor.example>"], Assert.Single(smtp.Messages).To);
    }

    [Fact]
    public async Task NoAddressGetsMoreThanTwentyEMailsAnHour_TheRestWaitWithoutCountingAnAttempt()
    {
        await using var smtp = new LoopbackSmtpServer();
        await using (var verified = Source.CreateCommand("INSERT INTO vg.email_addresses (address, verified_at) VALUES ('pm@vendor.example', now())"))
            await verified.ExecuteNonQueryAsync();
        for (var i = 0; i < 25; i++) await NotifyAsync("pm@vendor.example", $"late-{i}");

        var now = await Job(smtp.Port).DispatchAsync(Now, 50);
        var halfAnHourLater = await Job(smtp.Port).DispatchAsync(Now.AddMinutes(30), 50);
        var anHourLater = await Job(smtp.Port).DispatchAsync(Now.AddHours(1), 50);

        Assert.Equal((20, 0, 5), (now.Sent, now.Failed, now.Deferred));
        Assert.Equal((0, 0, 0), (halfAnHourLater.Sent, halfAnHourLater.Failed, halfAnHourLater.Deferred));
        Assert.Equal((5, 0, 0), (anHourLater.Sent, anHourLater.Failed, anHourLater.Deferred));
        Assert.Equal(25, smtp.Messages.Count);
        Assert.Equal(25L, await Database.ScalarAsync<long>("SELECT count(*) FROM vg.notifications WHERE delivery = 'sent' AND attempts = 1"));
    }

    [Fact]
    public async Task AWebhookAnsweringWithAnEndlessBody_IsReadUpTo64KiB_AndDelivered()
    {
        await using var receiver = new StreamingReceiver(TimeSpan.Zero);
        var id = await WebhookAsync(receiver.Url, "wecom");
        await NotifyAsync(id, "7d-before", "webhook");

        var result = await Job(0).DispatchAsync(Now, 10);

        Assert.Equal((1, 0), (result.Sent, result.Failed));
        Assert.InRange(receiver.BytesWritten, 64 * 1024, 32L * 1024 * 1024);
    }

    [Fact]
    public async Task AWebhookDrippingItsAnswer_TimesOut_AsAFailedAttempt()
    {
        await using var receiver = new StreamingReceiver(TimeSpan.FromMilliseconds(200));
        var id = await WebhookAsync(receiver.Url, "generic");
        await NotifyAsync(id, "7d-before", "webhook");

        var result = await Job(0, webhookTimeout: TimeSpan.FromSeconds(1)).DispatchAsync(Now, 10);

        Assert.Equal((0, 1), (result.Sent, result.Failed));
        Assert.Equal($"webhook {id} did not answer within 1 s", (await DeliveriesAsync(id)).Single().Error);
    }

    private async Task<string> WebhookAsync(string url, string format)
    {
        await using var command = Source.CreateCommand("INSERT INTO vg.webhooks (owner, url, format) VALUES ('vendor:v-1', $1, $2) RETURNING id");
        command.Parameters.AddWithValue(url);
        command.Parameters.AddWithValue(format);
        return ((long)(await command.ExecuteScalarAsync())!).ToString();
    }

    /// <summary>Answers 200 and then streams its body for ever, a chunk per <c>pause</c>, until the caller hangs up.</summary>
    private sealed class StreamingReceiver : IAsyncDisposable
    {
        private readonly TcpListener listener = new(IPAddress.Loopback, 0);
        private readonly CancellationTokenSource stop = new();
        private readonly Task serving;
        private long written;

        public StreamingReceiver(TimeSpan pause)
        {
            listener.Start();
            serving = ServeAsync(pause);
        }

        public string Url => $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/hook";
        public long BytesWritten => Interlocked.Read(ref written);

        private async Task ServeAsync(TimeSpan pause)
        {
            using var client = await listener.AcceptTcpClientAsync(stop.Token);
            var stream = client.GetStream();
            var request = new byte[64 * 1024];
            await stream.ReadAtLeastAsync(request, 1, throwOnEndOfStream: false, stop.Token);
            var head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n{\"errcode\":0,\"pad\":\""u8.ToArray();
            var chunk = pause > TimeSpan.Zero ? "x"u8.ToArray() : Enumerable.Repeat((byte)'x', 16 * 1024).ToArray();
            try
            {
                await stream.WriteAsync(head, stop.Token);
                while (!stop.IsCancellationRequested && Interlocked.Read(ref written) < 1L << 30)
                {
                    await stream.WriteAsync(chunk, stop.Token);
                    Interlocked.Add(ref written, chunk.Length);
                    if (pause > TimeSpan.Zero) await Task.Delay(pause, stop.Token);
                }
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or SocketException) { }
        }

        public async ValueTask DisposeAsync()
        {
            await stop.CancelAsync();
            listener.Stop();
            try { await serving; } catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException) { }
        }
    }
}
