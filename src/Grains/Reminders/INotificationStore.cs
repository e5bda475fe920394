using System.Collections.Immutable;

namespace VendorGrid.Grains.Reminders;

/// <summary>Reads and marks the inbox notifications of vg.notifications.</summary>
public interface INotificationStore
{
    Task<ImmutableArray<NotificationView>> ListInboxAsync(string recipient, bool unreadOnly, int limit);

    Task<bool> MarkReadAsync(string recipient, long id, DateTimeOffset at);
}
