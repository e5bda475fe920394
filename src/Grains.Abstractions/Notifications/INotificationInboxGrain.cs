using System.Collections.Immutable;

namespace VendorGrid.Grains;

/// <summary>One notification in a portal inbox.</summary>
[GenerateSerializer, Alias("vg.NotificationView")]
public sealed record NotificationView
{
    [Id(0)] public long Id { get; init; }
    [Id(1)] public string ContractKey { get; init; } = "";
    [Id(2)] public string ObligationId { get; init; } = "";
    /// <summary>The reminder point: 30d-before, 3wd-before, due, late-2...</summary>
    [Id(3)] public string Point { get; init; } = "";
    [Id(4)] public string Title { get; init; } = "";
    [Id(5)] public string Body { get; init; } = "";
    [Id(6)] public DateTimeOffset DueAt { get; init; }
    [Id(7)] public DateTimeOffset CreatedAt { get; init; }
    /// <summary>When the user who lists the inbox read it; every user of the party has their own read state.</summary>
    [Id(8)] public DateTimeOffset? ReadAt { get; init; }
}

/// <summary>A party's webhook as listed to its admins; the secret is never shown again.</summary>
[GenerateSerializer, Alias("vg.WebhookView")]
public sealed record WebhookView
{
    [Id(0)] public long Id { get; init; }
    [Id(1)] public string Url { get; init; } = "";
    /// <summary>generic | wecom | dingtalk</summary>
    [Id(2)] public string Format { get; init; } = "";
    [Id(3)] public bool Signed { get; init; }
}

/// <summary>
/// The portal inbox of one party, keyed <c>institution:{id}</c> or <c>vendor:{id}</c> (see
/// <see cref="NotificationInboxes"/>). A stateless worker over vg.notifications: the key is the tenant, so an
/// inbox only ever lists and marks its own notifications.
/// </summary>
[Alias("vg.INotificationInboxGrain")]
public interface INotificationInboxGrain : IGrainWithStringKey
{
    /// <summary>
    /// Newest first, ids below <paramref name="before"/> when given; <see cref="NotificationView.ReadAt"/> and
    /// <paramref name="unreadOnly"/> are about <paramref name="reader"/> (a user's token subject) alone.
    /// </summary>
    [Alias("list-for-reader")]
    Task<ImmutableArray<NotificationView>> ListAsync(string reader, bool unreadOnly, long? before, int limit);

    /// <summary>
    /// Marks the notification read for <paramref name="reader"/> only (a repeat keeps the first instant); false when
    /// it is not in this inbox.
    /// </summary>
    [Alias("mark-read-by")]
    Task<bool> MarkReadAsync(long id, string reader);

    /// <summary>A new secret token for an iCalendar feed of this party's open deadlines.</summary>
    [Alias("create-feed")]
    Task<string> CreateCalendarFeedAsync(string createdBy);

    /// <summary>Revokes one of this party's feeds; false when it has no such live feed.</summary>
    [Alias("revoke-feed")]
    Task<bool> RevokeCalendarFeedAsync(string token);

    /// <summary>This party's active webhooks.</summary>
    [Alias("list-webhooks")]
    Task<ImmutableArray<WebhookView>> ListWebhooksAsync();

    /// <summary>
    /// Adds a webhook; null when the party already has <see cref="VendorGrid.Domain.Reminders.RecipientLimits.WebhooksPerParty"/>
    /// active ones (checked and added in one locked step, so concurrent adds cannot overshoot).
    /// </summary>
    [Alias("add-webhook")]
    Task<WebhookView?> AddWebhookAsync(string url, string format, string? secret);

    /// <summary>Deactivates one of this party's webhooks; false when it has no such active webhook.</summary>
    [Alias("remove-webhook")]
    Task<bool> RemoveWebhookAsync(long id);

    /// <summary>The reminder policy of the institution this inbox belongs to (the default when it set none).</summary>
    [Alias("get-policy")]
    Task<VendorGrid.Domain.Reminders.ReminderPolicy> GetReminderPolicyAsync();

    /// <summary>Sets the institution's policy; contracts use it from their next change or sweep.</summary>
    [Alias("set-policy")]
    Task SetReminderPolicyAsync(VendorGrid.Domain.Reminders.ReminderPolicy policy);
}

/// <summary>
/// An iCalendar feed, keyed by its secret token: anyone holding the URL may read it (calendar apps send no
/// credentials), until its owner revokes it.
/// </summary>
[Alias("vg.ICalendarFeedGrain")]
public interface ICalendarFeedGrain : IGrainWithStringKey
{
    /// <summary>The VCALENDAR text, or null when the token is unknown or revoked.</summary>
    [Alias("ics")]
    Task<string?> GetIcsAsync();
}

public static class NotificationInboxes
{
    public static string Institution(string institutionId) => $"institution:{institutionId}";
    public static string Vendor(string vendorId) => $"vendor:{vendorId}";
}
