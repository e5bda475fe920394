using System.Collections.Immutable;
using Orleans.Concurrency;

namespace VendorGrid.Grains.Reminders;

/// <inheritdoc cref="INotificationInboxGrain"/>
[StatelessWorker, GrainType("notification-inbox")]
public sealed class NotificationInboxGrain(INotificationStore store, TimeProvider clock) : Grain, INotificationInboxGrain
{
    private string Recipient => this.GetPrimaryKeyString();

    public Task<ImmutableArray<NotificationView>> ListAsync(bool unreadOnly, int limit) =>
        store.ListInboxAsync(Recipient, unreadOnly, Math.Clamp(limit, 1, 500));

    public Task<bool> MarkReadAsync(long id) => store.MarkReadAsync(Recipient, id, clock.GetUtcNow());
}
