using System.Threading.Channels;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace VendorGrid.Gateway.Accounts;

/// <summary>
/// Where account e-mail goes: the SMTP server the silo's reminders use (same keys: VG_SMTP_HOST, VG_SMTP_PORT,
/// VG_SMTP_FROM, VG_SMTP_USER, VG_SMTP_PASSWORD, VG_SMTP_TLS), or, for development only, a directory of .eml files
/// (VG_MAIL_DIR; `./vg up` sets it). Links point at VG_PUBLIC_URL, never at the request's Host header, which a caller
/// chooses: a reset link built from it could carry a victim's token to an attacker's site.
/// </summary>
public sealed record MailSettings(Uri? PublicUrl, string? SmtpHost, int SmtpPort, string From, string? User, string? Password,
    SecureSocketOptions Security, string? DropDirectory)
{
    public bool CanSend => PublicUrl is not null && (!string.IsNullOrWhiteSpace(SmtpHost) || !string.IsNullOrWhiteSpace(DropDirectory));

    public static MailSettings Read(IConfiguration config) => new(
        Uri.TryCreate(config["VG_PUBLIC_URL"], UriKind.Absolute, out var url) && url.Scheme is "https" or "http" ? url : null,
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
        },
        config["VG_MAIL_DIR"]);
}

/// <summary>
/// Sends the one-time links of invitations and password resets, the only place their tokens exist in clear besides
/// the recipient's mailbox: they are never logged, stored or answered. Invitations are sent while the inviter waits
/// (a failure is theirs to see); reset links from a queue, so the answer to "reset my password" takes the same time
/// whether or not the address has an account. Messages still queued when the gateway stops are lost: ask again.
/// </summary>
public sealed class AccountMail(MailSettings settings, TimeProvider clock, ILogger<AccountMail> log) : BackgroundService
{
    public const string KindHeader = "X-VendorGrid-Mail";
    private readonly Channel<MimeMessage> queue = Channel.CreateBounded<MimeMessage>(
        new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    public bool CanSend => settings.CanSend;

    /// <summary>An absolute link to a portal page of this deployment (a fragment keeps a token out of server logs and Referers).</summary>
    public string Link(string pathAndFragment) => new Uri(settings.PublicUrl!, pathAndFragment).AbsoluteUri;

    public MimeMessage Compose(string kind, string to, string subject, string text)
    {
        var message = new MimeMessage { Subject = subject, Body = new TextPart("plain") { Text = text } };
        message.From.Add(MailboxAddress.Parse(settings.From));
        message.To.Add(MailboxAddress.Parse(to));
        message.Headers.Add(KindHeader, kind);
        return message;
    }

    public async Task SendAsync(MimeMessage message, CancellationToken cancel)
    {
        if (!string.IsNullOrWhiteSpace(settings.SmtpHost))
        {
            using var client = new SmtpClient { Timeout = 30_000 };
            await client.ConnectAsync(settings.SmtpHost, settings.SmtpPort, settings.Security, cancel);
            if (!string.IsNullOrEmpty(settings.User)) await client.AuthenticateAsync(settings.User, settings.Password ?? "", cancel);
            await client.SendAsync(message, cancel);
            await client.DisconnectAsync(quit: true, cancel);
            return;
        }
        Directory.CreateDirectory(settings.DropDirectory!);
        var path = Path.Combine(settings.DropDirectory!, $"{clock.GetUtcNow():yyyyMMdd'T'HHmmss}-{Guid.NewGuid():N}.eml");
        var ownerOnly = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) ownerOnly.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        await using var file = new FileStream(path, ownerOnly);
        await message.WriteToAsync(file, cancel);
    }

    /// <summary>Sends later, from the queue; false when the queue is full (the message is dropped, and said so in the log).</summary>
    public bool Enqueue(MimeMessage message)
    {
        if (queue.Writer.TryWrite(message)) return true;
        log.LogWarning("Account e-mail queue full: a {Kind} message was dropped", message.Headers[KindHeader]);
        return false;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var message in queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await SendAsync(message, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The address and the link stay out of the log: the kind of message and the reason are enough to act on.
                log.LogWarning("A {Kind} e-mail could not be sent: {Reason}", message.Headers[KindHeader], e.Message);
            }
        }
    }
}
