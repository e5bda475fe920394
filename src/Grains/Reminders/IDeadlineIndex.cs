using VendorGrid.Domain.Reminders;

namespace VendorGrid.Grains.Reminders;

/// <summary>One open or late obligation of a contract in vg.deadline_index, with its next reminder point.</summary>
public sealed record DeadlineRow(
    string ObligationId,
    string InstitutionId,
    string VendorId,
    string Party,
    string Recipient,
    string Title,
    DateTimeOffset DueAt,
    string Status,
    string? NextPoint,
    DateTimeOffset? NextReminderAt);

/// <summary>A notification to create; <see cref="OperationKey"/> makes creating it a second time a no-op.</summary>
public sealed record NewNotification(
    string OperationKey,
    string ObligationId,
    string Point,
    string Recipient,
    string Channel,
    string? Address,
    string Title,
    string Body,
    DateTimeOffset DueAt,
    DateTimeOffset CreatedAt);

/// <summary>
/// The deadline index the contract grain keeps current, the reminder policies it reads, and the
/// notifications it creates. Every write is idempotent: a repeat changes nothing.
/// </summary>
public interface IDeadlineIndex
{
    /// <summary>The institution's reminder policy, or <see cref="ReminderPolicy.Default"/> when it set none.</summary>
    Task<ReminderPolicy> ReadPolicyAsync(string institutionId);

    Task<IReadOnlyList<DeadlineRow>> ReadAsync(string contractKey);

    /// <summary>Makes the contract's rows exactly <paramref name="rows"/>, in one transaction.</summary>
    Task ReplaceAsync(string contractKey, IReadOnlyList<DeadlineRow> rows);

    /// <summary>
    /// Writes only what changed since the rows the caller last wrote: <paramref name="upserts"/> inserted or updated,
    /// <paramref name="removed"/> deleted, in one transaction. A fact usually moves a handful of rows of hundreds.
    /// </summary>
    Task UpdateAsync(string contractKey, IReadOnlyList<DeadlineRow> upserts, IReadOnlyList<string> removed);

    /// <summary>Ids of the active webhooks of an inbox owner (institution:{id} or vendor:{id}).</summary>
    Task<IReadOnlyList<long>> ReadWebhooksAsync(string owner);

    /// <summary>Inserts each notification unless its operation key exists; returns how many were new.</summary>
    Task<int> NotifyAsync(string contractKey, IReadOnlyList<NewNotification> notifications);
}
