namespace VendorGrid.Domain.Reminders;

/// <summary>
/// How much the platform sends to one destination, so a party cannot make it flood an inbox or an endpoint it does not
/// own: at most <see cref="WebhooksPerParty"/> active webhooks per institution or vendor, and per hour at most
/// <see cref="EmailsPerHour"/> e-mails to one address and <see cref="CallsPerHour"/> calls of one webhook (the rest wait
/// for the next hour). A webhook's answer is read up to <see cref="MaxWebhookAnswerBytes"/> within <see cref="WebhookTimeout"/>.
/// </summary>
public static class RecipientLimits
{
    public const int WebhooksPerParty = 10;
    public const int EmailsPerHour = 20;
    public const int CallsPerHour = 60;
    public const int MaxWebhookAnswerBytes = 64 * 1024;
    public static readonly TimeSpan WebhookTimeout = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan Window = TimeSpan.FromHours(1);

    /// <summary>A verification link lapses after this; a new one is sent at most once a day per address.</summary>
    public static readonly TimeSpan VerificationLinkLifetime = TimeSpan.FromDays(7), VerificationResend = TimeSpan.FromDays(1);

    public static int PerHour(string channel) => channel == "email" ? EmailsPerHour : CallsPerHour;
}
