using System.Collections.Immutable;
using Orleans.Concurrency;
using VendorGrid.Domain.Reminders;

namespace VendorGrid.Grains.Reminders;

/// <inheritdoc cref="INotificationInboxGrain"/>
[StatelessWorker, GrainType("notification-inbox")]
public sealed class NotificationInboxGrain(INotificationStore store, IDeadlineIndex deadlines, TimeProvider clock) : Grain, INotificationInboxGrain
{
    private string Recipient => this.GetPrimaryKeyString();

    public Task<ImmutableArray<NotificationView>> ListAsync(string reader, bool unreadOnly, long? before, int limit) =>
        store.ListInboxAsync(Recipient, reader, unreadOnly, before, Math.Clamp(limit, 1, 500));

    public Task<bool> MarkReadAsync(long id, string reader) => store.MarkReadAsync(Recipient, reader, id, clock.GetUtcNow());

    public async Task<string> CreateCalendarFeedAsync(string createdBy)
    {
        var token = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
        await store.CreateFeedAsync(token, Recipient, createdBy);
        return token;
    }

    public Task<bool> RevokeCalendarFeedAsync(string token) => store.RevokeFeedAsync(Recipient, token, clock.GetUtcNow());

    public Task<ImmutableArray<WebhookView>> ListWebhooksAsync() => store.ListWebhooksAsync(Recipient);

    public Task<WebhookView?> AddWebhookAsync(string url, string format, string? secret) =>
        store.AddWebhookAsync(Recipient, url, format, secret, RecipientLimits.WebhooksPerParty);

    public Task<bool> RemoveWebhookAsync(long id) => store.DeactivateWebhookAsync(Recipient, id);

    public Task<ReminderPolicy> GetReminderPolicyAsync() => deadlines.ReadPolicyAsync(InstitutionId());

    public Task SetReminderPolicyAsync(ReminderPolicy policy) => store.SetPolicyAsync(InstitutionId(), policy);

    private string InstitutionId() => Recipient.StartsWith("institution:", StringComparison.Ordinal)
        ? Recipient["institution:".Length..]
        : throw new InvalidOperationException("only an institution has a reminder policy");
}
