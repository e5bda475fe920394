using System.Collections.Immutable;

namespace VendorGrid.Grains.Reminders;

/// <summary>Reads and marks the inbox notifications of vg.notifications.</summary>
public interface INotificationStore
{
    /// <summary>Newest first, below <paramref name="before"/> when given; read state is <paramref name="reader"/>'s own.</summary>
    Task<ImmutableArray<NotificationView>> ListInboxAsync(string recipient, string reader, bool unreadOnly, long? before, int limit);

    Task<bool> MarkReadAsync(string recipient, string reader, long id, DateTimeOffset at);

    Task<ImmutableArray<WebhookView>> ListWebhooksAsync(string owner);

    /// <summary>Null when <paramref name="owner"/> already has <paramref name="limit"/> active webhooks.</summary>
    Task<WebhookView?> AddWebhookAsync(string owner, string url, string format, string? secret, int limit);

    Task<bool> DeactivateWebhookAsync(string owner, long id);

    Task SetPolicyAsync(string institutionId, VendorGrid.Domain.Reminders.ReminderPolicy policy);

    Task CreateFeedAsync(string token, string owner, string createdBy);

    /// <summary>Revokes one of the owner's feeds; false when it has no such live feed.</summary>
    Task<bool> RevokeFeedAsync(string owner, string token, DateTimeOffset at);

    /// <summary>The owner of a live feed, or null when the token is unknown or revoked.</summary>
    Task<string?> FeedOwnerAsync(string token);

    /// <summary>The owner's open and late deadlines from the deadline index, earliest first.</summary>
    Task<IReadOnlyList<(string ContractKey, DeadlineRow Row)>> DeadlinesAsync(string recipient, int limit);
}
