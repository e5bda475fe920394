using System.Threading.Channels;
using MimeKit;
using VendorGrid.Hosting;

namespace VendorGrid.Gateway.Accounts;

/// <summary>
/// Where account e-mail goes: the SMTP server the silo's reminders use (<see cref="SmtpSettings"/>, the same VG_SMTP_* keys),
/// or, for development only, a directory of .eml files (VG_MAIL_DIR; `./vg up` sets it). Links point at VG_PUBLIC_URL,
/// never at the request's Host header, which a caller chooses: a reset link built from it could carry a victim's token
/// to an attacker's site.
/// </summary>
public sealed record MailSettings(Uri? PublicUrl, SmtpSettings Smtp, string? DropDirectory)
{
    public bool CanSend => PublicUrl is not null && (Smtp.Configured || !string.IsNullOrWhiteSpace(DropDirectory));

    public static MailSettings Read(IConfiguration config) => new(
        Uri.TryCreate(config["VG_PUBLIC_URL"], UriKind.Absolute, out var url) && url.Scheme is "https" or "http" ? url : null,
        SmtpSettings.Read(config),
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
        message.From.Add(MailboxAddress.Parse(settings.Smtp.From));
        message.To.Add(MailboxAddress.Parse(to));
        message.Headers.Add(KindHeader, kind);
        return message;
    }

    public async Task SendAsync(MimeMessage message, CancellationToken cancel)
    {
        if (settings.Smtp.Configured)
        {
            await settings.Smtp.SendAsync(message, cancel);
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
