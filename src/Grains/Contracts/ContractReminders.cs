using VendorGrid.Domain.Calendar;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Ledger;
using VendorGrid.Domain.Reminders;
using VendorGrid.Grains.Reminders;

namespace VendorGrid.Grains.Contracts;

/// <summary>
/// A contract's rows in the deadline index (what the sweep finds due) and the reminders it sends when they come due.
/// Held by the contract grain; it remembers the rows it last wrote, so a change writes only the rows it moved. Commands
/// interleave with the sweep's call (group commit), so one write at a time passes <see cref="turn"/>: the rows it diffs
/// against are the rows last written.
/// </summary>
internal sealed class ContractReminders(string key, IDeadlineIndex deadlines)
{
    private readonly SemaphoreSlim turn = new(1, 1);

    /// <summary>The rows this activation last wrote; null until the first write (which replaces the contract's rows).</summary>
    private Dictionary<string, DeadlineRow>? indexed;

    /// <summary>
    /// The reminder policy the last whole write used. A narrowed write patches those rows, so it keeps their policy instead of
    /// reading it again for every committed group; a whole write (every sweep's visit) reads it afresh, so a changed policy
    /// reaches every row there, as it did before.
    /// </summary>
    private ReminderPolicy? indexedPolicy;

    /// <param name="evaluate">The contract evaluated now: called in the turn, so the rows written are the latest.</param>
    public Task IndexAsync(ContractSummary summary, Func<ContractEvaluation> evaluate, WorkingCalendar calendar, DateTimeOffset now) =>
        IndexAsync(summary, ObligationsMoved.Everything, evaluate, calendar, now);

    /// <summary>
    /// The rows of the obligations a committed group moved (<see cref="ObligationsMoved"/>): all of them from a whole
    /// evaluation, or only the instances it names, the other rows left as they are (the sweep refreshes every row). Until
    /// this activation has written the whole index once, it writes the whole index.
    /// </summary>
    public async Task IndexAsync(ContractSummary summary, ObligationsMoved moved, Func<ContractEvaluation> evaluate, WorkingCalendar calendar, DateTimeOffset now)
    {
        if (!moved.All && moved.Instances.IsEmpty) return;
        await turn.WaitAsync();
        try
        {
            if (moved.All || indexed is null || indexedPolicy is not { } policy)
                await WriteAllAsync(summary, evaluate().Obligations, await deadlines.ReadPolicyAsync(summary.Institution.Id), calendar, now);
            else await WriteAsync(Rows(summary, moved.Instances, policy, calendar, now), [.. moved.Instances.Select(i => i.Id)]);
        }
        finally
        {
            turn.Release();
        }
    }

    /// <summary>An index row without a contract behind it would be swept forever: drop it.</summary>
    public Task DropAsync() => deadlines.ReplaceAsync(key, []);

    /// <summary>
    /// The notifications of every obligation whose indexed reminder instant has come (each keyed by its operation key, so
    /// a repeat creates nothing), then the index advanced to the next points — only after they are committed.
    /// </summary>
    public async Task<int> SendDueAsync(Func<ContractDefinition> definition, ContractSummary summary, Func<ContractEvaluation> evaluate, WorkingCalendar calendar,
        DateTimeOffset now)
    {
        await turn.WaitAsync();
        try
        {
            return await SendDueInTurnAsync(definition(), summary, evaluate(), calendar, now);
        }
        finally
        {
            turn.Release();
        }
    }

    private async Task<int> SendDueInTurnAsync(ContractDefinition definition, ContractSummary summary, ContractEvaluation evaluation, WorkingCalendar calendar,
        DateTimeOffset now)
    {
        var due = (await deadlines.ReadAsync(key)).Where(r => r.NextReminderAt <= now).ToDictionary(r => r.ObligationId, StringComparer.Ordinal);
        var policy = await deadlines.ReadPolicyAsync(summary.Institution.Id);
        var notifications = new List<NewNotification>();
        var webhooks = new Dictionary<ObligationParty, IReadOnlyList<long>>();
        foreach (var obligation in evaluation.Obligations)
        {
            if (!due.ContainsKey(obligation.Id) || obligation.DueAt is not { } dueAt) continue;
            if (obligation.Status is not (ObligationStatus.Open or ObligationStatus.Late)) continue;
            if (ReminderSchedule.Latest(policy, dueAt, obligation.Status == ObligationStatus.Late, calendar, now) is not { } point) continue;
            if (!webhooks.TryGetValue(obligation.Party, out var hooks))
                webhooks[obligation.Party] = hooks = await deadlines.ReadWebhooksAsync(ReminderNotifications.Inbox(summary, obligation.Party));
            notifications.AddRange(ReminderNotifications.For(key, definition, summary, obligation, dueAt, point, now, hooks));
        }
        var created = notifications.Count == 0 ? 0 : await deadlines.NotifyAsync(key, notifications);
        await WriteAllAsync(summary, evaluation.Obligations, policy, calendar, now);
        return created;
    }

    /// <summary>Every row from a whole evaluation, remembered with the policy it was written with (none while the write is under way).</summary>
    private async Task WriteAllAsync(ContractSummary summary, IEnumerable<ObligationInstance> obligations, ReminderPolicy policy, WorkingCalendar calendar,
        DateTimeOffset now)
    {
        indexedPolicy = null;
        await WriteAsync(Rows(summary, obligations, policy, calendar, now));
        indexedPolicy = policy;
    }

    /// <summary>
    /// Writes <paramref name="rows"/> as the rows of the obligations in <paramref name="scope"/> (null: every obligation of the
    /// contract): only the rows that differ from those last written are upserted, and the scope's rows not among them deleted.
    /// </summary>
    private async Task WriteAsync(List<DeadlineRow> rows, IReadOnlyCollection<string>? scope = null)
    {
        if (indexed is not { } previous)
        {
            await deadlines.ReplaceAsync(key, rows);  // the first write of an activation: scope is null (see IndexAsync)
            indexed = rows.ToDictionary(r => r.ObligationId, StringComparer.Ordinal);
            return;
        }
        var next = rows.ToDictionary(r => r.ObligationId, StringComparer.Ordinal);
        List<DeadlineRow> changed = [.. rows.Where(r => !previous.TryGetValue(r.ObligationId, out var old) || old != r)];
        List<string> gone = [.. (scope ?? previous.Keys).Where(id => previous.ContainsKey(id) && !next.ContainsKey(id))];
        indexed = null;  // should the update fail, the next write replaces everything again
        await deadlines.UpdateAsync(key, changed, gone);
        foreach (var id in gone) previous.Remove(id);
        foreach (var row in changed) previous[row.ObligationId] = row;
        indexed = previous;
    }

    private static List<DeadlineRow> Rows(ContractSummary summary, IEnumerable<ObligationInstance> obligations, ReminderPolicy policy, WorkingCalendar calendar, DateTimeOffset now)
    {
        var rows = new List<DeadlineRow>();
        foreach (var o in obligations)
        {
            if (o.DueAt is not { } dueAt || o.Status is not (ObligationStatus.Open or ObligationStatus.Late)) continue;
            var next = ReminderSchedule.Next(policy, dueAt, calendar, now);
            rows.Add(new DeadlineRow(o.Id, summary.Institution.Id, summary.Vendor.Id,
                o.Party == ObligationParty.Vendor ? "vendor" : "client", ReminderNotifications.Inbox(summary, o.Party), o.Title, dueAt,
                o.Status == ObligationStatus.Late ? "late" : "open", next?.Key, next?.At));
        }
        return rows;
    }
}
