using Microsoft.Extensions.Time.Testing;
using System.Net;
using System.Net.Sockets;
using MailKit.Security;
using Microsoft.Extensions.Logging.Abstractions;
using VendorGrid.Grains.Reminders;
using VendorGrid.Silo.Jobs;
using VendorGrid.Silo.Notifications;
using VendorGrid.Silo.Storage;
using VendorGrid.Tests.Infrastructure;
using VendorGrid.Hosting;

namespace VendorGrid.Tests.Notifications;

/// <summary>Issue 5, e-mail channel: reminders leave through SMTP (MailKit) to a server the test runs on loopback.</summary>
public sealed class EmailDeliveryTests() : DatabaseTest("email")
{
    private static readonly DateTimeOffset Now = new(2026, 12, 9, 23, 0, 0, TimeSpan.FromHours(8));

    private NotificationDispatchJob Job(int port) => new(Source,
        [new EmailChannel(new SmtpSettings("127.0.0.1", port, "VendorGrid <noreply@vendorgrid.test>", null, null, SecureSocketOptions.None))],
        new FakeTimeProvider(Now), NullLogger<NotificationDispatchJob>.Instance);

    private async Task NotifyAsync(params string[] addresses) =>
        await new PostgresDeadlineIndex(Source).NotifyAsync("inst-a/c-1", [.. addresses.Select(a => new NewNotification(
            $"inst-a/c-1:go-live:7d-before:{a}:email", "go-live", "7d-before", "vendor:v-1", "email", a,
            "系统上线：即将到期", "合同的义务“系统上线”截止于 2026-12-16 23:59（北京时间），即将到期。", Now.AddDays(7), Now))]);

    private async Task<(string Delivery, int Attempts, DateTimeOffset? Next)> StateAsync(string address)
    {
        await using var command = Source.CreateCommand("SELECT delivery, attempts, next_attempt_at FROM vg.notifications WHERE address = $1");
        command.Parameters.AddWithValue(address);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return (reader.GetString(0), reader.GetInt32(1), reader.IsDBNull(2) ? null : reader.GetFieldValue<DateTimeOffset>(2));
    }

    [Fact]
    public async Task APendingReminder_IsMailedOnce_ThroughTheLoopbackServer()
    {
        await using var smtp = new LoopbackSmtpServer();
        await NotifyAsync("pm@vendor.example");

        var first = await Job(smtp.Port).DispatchAsync(Now, 10);
        var second = await Job(smtp.Port).DispatchAsync(Now.AddHours(1), 10);

        Assert.Equal((1, 0), (first.Sent, first.Failed));
        Assert.Equal((0, 0), (second.Sent, second.Failed));
        var message = Assert.Single(smtp.Messages);
        Assert.Equal(["<pm@vendor.example>"], message.To);
        Assert.Contains("X-VendorGrid-Operation: inst-a/c-1:go-live:7d-before:pm@vendor.example:email", message.Data, StringComparison.Ordinal);
        Assert.Equal("sent", (await StateAsync("pm@vendor.example")).Delivery);
    }

    [Fact]
    public async Task AMailServerThatIsDown_IsAFailedAttempt_RetriedWithBackoff_ThenDelivered()
    {
        var deadPort = Faults.NodeProcess.FreePort();
        await NotifyAsync("pm@vendor.example");

        var down = await Job(deadPort).DispatchAsync(Now, 10);
        var state = await StateAsync("pm@vendor.example");
        var tooEarly = await Job(deadPort).DispatchAsync(Now.AddSeconds(30), 10);
        await using var smtp = new LoopbackSmtpServer();
        var up = await Job(smtp.Port).DispatchAsync(Now.AddMinutes(1), 10);

        Assert.Equal((0, 1), (down.Sent, down.Failed));
        Assert.Equal(("pending", 1, Now.AddMinutes(1)), state);
        Assert.Equal((0, 0), (tooEarly.Sent, tooEarly.Failed));
        Assert.Equal(1, up.Sent);
        Assert.Single(smtp.Messages);
    }

    [Fact]
    public async Task AnInvalidAddress_IsParkedAsFailed_WithoutCrashingTheJob_AndAnAdminCanReplayIt()
    {
        await using var smtp = new LoopbackSmtpServer();
        await NotifyAsync("not an address", "ok@vendor.example");

        var result = await Job(smtp.Port).DispatchAsync(Now, 10);

        Assert.Equal((1, 1), (result.Sent, result.Failed));
        Assert.Equal(("failed", 1, null), await StateAsync("not an address"));
        var id = await Database.ScalarAsync<long>("SELECT id FROM vg.notifications WHERE address = 'not an address'");
        Assert.True(await Job(smtp.Port).ReplayAsync(id, Now.AddHours(1)));
        Assert.False(await Job(smtp.Port).ReplayAsync(id, Now.AddHours(1)));
        Assert.Equal(("pending", 0, Now.AddHours(1)), await StateAsync("not an address"));
    }

    [Fact]
    public async Task AfterTheLastRetry_ADeliveryIsParkedAsFailed()
    {
        var deadPort = Faults.NodeProcess.FreePort();
        await NotifyAsync("pm@vendor.example");
        var at = Now;
        for (var i = 0; i < 10; i++)
        {
            await Job(deadPort).DispatchAsync(at, 10);
            at = at.AddHours(7);
        }

        Assert.Equal(("failed", 6, null), await StateAsync("pm@vendor.example"));
    }
}
