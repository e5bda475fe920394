using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace VendorGrid.Silo.Notifications;

/// <summary>SMTP settings per deployment: VG_SMTP_HOST (no host: e-mail stays pending), VG_SMTP_PORT, VG_SMTP_FROM, VG_SMTP_USER, VG_SMTP_PASSWORD, VG_SMTP_TLS (none|starttls|ssl).</summary>
public sealed record SmtpSettings(string? Host, int Port, string From, string? User, string? Password, SecureSocketOptions Security)
{
    public static SmtpSettings Read(IConfiguration config) => new(
        config["VG_SMTP_HOST"],
        int.TryParse(config["VG_SMTP_PORT"], out var port) ? port : 25,
        config["VG_SMTP_FROM"] ?? "VendorGrid <noreply@vendorgrid.local>",
        config["VG_SMTP_USER"],
        config["VG_SMTP_PASSWORD"],
        config["VG_SMTP_TLS"] switch
        {
            "ssl" => SecureSocketOptions.SslOnConnect,
            "starttls" => SecureSocketOptions.StartTls,
            "none" => SecureSocketOptions.None,
            _ => SecureSocketOptions.StartTlsWhenAvailable,
        });
}

/// <summary>E-mail through SMTP with MailKit, one connection per message (reminders are few per minute).</summary>
public sealed class EmailChannel(SmtpSettings settings) : INotificationChannel
{
    public string Name => "email";

    public Task SendAsync(PendingDelivery delivery, CancellationToken cancellationToken) =>
        SendAsync(delivery.Address ?? "", delivery.Title, delivery.Body, delivery.OperationKey, cancellationToken);

    /// <summary>One plain-text message; <paramref name="operation"/> goes in X-VendorGrid-Operation for receivers to deduplicate.</summary>
    public async Task SendAsync(string address, string subject, string body, string operation, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(settings.Host)) throw new InvalidOperationException("VG_SMTP_HOST is not set");
        if (!MailboxAddress.TryParse(address, out var to) || !to.Address.Contains('@', StringComparison.Ordinal))
            throw new PermanentDeliveryException($"invalid e-mail address '{address}'");
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.From));
        message.To.Add(to);
        message.Subject = subject;
        message.Headers.Add("X-VendorGrid-Operation", operation);
        message.Body = new TextPart("plain") { Text = body };

        using var client = new SmtpClient { Timeout = 30_000 };
        await client.ConnectAsync(settings.Host, settings.Port, settings.Security, cancellationToken);
        if (!string.IsNullOrEmpty(settings.User))
            await client.AuthenticateAsync(settings.User, settings.Password ?? "", cancellationToken);
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
