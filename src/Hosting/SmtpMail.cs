using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Configuration;
using MimeKit;

namespace VendorGrid.Hosting;

/// <summary>
/// The SMTP server of a deployment, read alike by the silo (reminders) and the gateway (account links): VG_SMTP_HOST (none:
/// nothing is sent), VG_SMTP_PORT, VG_SMTP_FROM, VG_SMTP_USER, VG_SMTP_PASSWORD, VG_SMTP_TLS (none|starttls|ssl).
/// </summary>
public sealed record SmtpSettings(string? Host, int Port, string From, string? User, string? Password, SecureSocketOptions Security)
{
    public bool Configured => !string.IsNullOrWhiteSpace(Host);

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

/// <summary>Sends through <see cref="SmtpSettings"/> with MailKit, one connection per message (either host sends a few a minute).</summary>
public static class SmtpMail
{
    public static async Task SendAsync(this SmtpSettings settings, MimeMessage message, CancellationToken cancellationToken)
    {
        if (settings.Host is not { } host || string.IsNullOrWhiteSpace(host)) throw new InvalidOperationException("VG_SMTP_HOST is not set");
        using var client = new SmtpClient { Timeout = 30_000 };
        await client.ConnectAsync(host, settings.Port, settings.Security, cancellationToken);
        if (!string.IsNullOrEmpty(settings.User))
            await client.AuthenticateAsync(settings.User, settings.Password ?? "", cancellationToken);
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
