using MimeKit;
using VendorGrid.Hosting;

namespace VendorGrid.Silo.Notifications;

/// <summary>Reminder e-mail through the deployment's SMTP server (<see cref="SmtpSettings"/>, VG_SMTP_*).</summary>
public sealed class EmailChannel(SmtpSettings settings) : INotificationChannel
{
    public string Name => "email";

    public Task SendAsync(PendingDelivery delivery, CancellationToken cancellationToken) =>
        SendAsync(delivery.Address ?? "", delivery.Title, delivery.Body, delivery.OperationKey, cancellationToken);

    /// <summary>One plain-text message; <paramref name="operation"/> goes in X-VendorGrid-Operation for receivers to deduplicate.</summary>
    public async Task SendAsync(string address, string subject, string body, string operation, CancellationToken cancellationToken)
    {
        if (!settings.Configured) throw new InvalidOperationException("VG_SMTP_HOST is not set");
        if (!MailboxAddress.TryParse(address, out var to) || !to.Address.Contains('@', StringComparison.Ordinal))
            throw new PermanentDeliveryException($"invalid e-mail address '{address}'");
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.From));
        message.To.Add(to);
        message.Subject = subject;
        message.Headers.Add("X-VendorGrid-Operation", operation);
        message.Body = new TextPart("plain") { Text = body };
        await settings.SendAsync(message, cancellationToken);
    }
}
