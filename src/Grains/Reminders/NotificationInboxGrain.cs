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

    public async Task<string> CreateCalendarFeedAsync(string createdBy)
    {
        var token = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
        await store.CreateFeedAsync(token, Recipient, createdBy);
        return token;
    }

    public Task<bool> RevokeCalendarFeedAsync(string token) => store.RevokeFeedAsync(Recipient, token, clock.GetUtcNow());
}
