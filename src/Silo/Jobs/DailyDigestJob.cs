using VendorGrid.Grains.Jobs;
using System.Globalization;
using Npgsql;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Money;
using VendorGrid.Domain.Time;
using VendorGrid.Grains;
using VendorGrid.Grains.Reminders;

namespace VendorGrid.Silo.Jobs;

/// <summary>
/// The 08:30 digest (Asia/Shanghai). For each party's inbox and each contact with an e-mail address: what falls
/// due in the next 7 days and what is late (from the deadline index, one statement), and the penalties proposed
/// since yesterday (the engine's ledger of the few contracts where one can have appeared: a late obligation, or a
/// fact that occurred or was recorded in the last day). A vendor's inbox and contacts get its obligations, an
/// institution's inbox and owners get its client-side ones; both get the contract's new penalties; every active
/// portal user gets its party's digest by e-mail. Keys
/// <c>*:*:digest-{date}:{recipient}:{channel}</c> make a second run on the same day a no-op.
/// </summary>
public sealed class DailyDigestJob(NpgsqlDataSource database, IGrainFactory? grains, TimeProvider clock, ILogger<DailyDigestJob> logger) : IDailyDigestJob
{
    Task IDailyDigestJob.RunAsync() => RunAsync();

    public const string RecurringId = "daily-digest";
    public const string Cron = "30 8 * * *";

    public Task<int> RunAsync() => RunAsync(clock.GetUtcNow());

    private sealed record Item(string ContractKey, string InstitutionId, string VendorId, string Recipient, string Line, DateTimeOffset At, bool Late, bool Penalty);

    public async Task<int> RunAsync(DateTimeOffset now)
    {
        var date = ShanghaiTime.LocalDate(now).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var point = "digest-" + date;
        var items = await DeadlinesAsync(now);
        items.AddRange(await NewPenaltiesAsync(now));
        if (items.Count == 0) return 0;
        var definitions = await DefinitionsAsync([.. items.Select(i => i.ContractKey).Distinct()]);

        var notifications = new List<NewNotification>();
        foreach (var inbox in items.GroupBy(i => i.Recipient))
            notifications.Add(Digest(point, inbox.Key, ReminderNotifications.InboxChannel, null, [.. inbox], now));
        // E-mail copies: one a day per address, of every contract it is a contact of, for the party it acts for there.
        var byAddress = new Dictionary<string, List<Item>>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!definitions.TryGetValue(item.ContractKey, out var definition)) continue;
            var party = item.Recipient.StartsWith("vendor:", StringComparison.Ordinal) ? ObligationParty.Vendor : ObligationParty.Client;
            foreach (var address in ReminderNotifications.EmailsFor(definition, party).Select(a => a.ToLowerInvariant()))
            {
                if (!byAddress.TryGetValue(address, out var list)) byAddress[address] = list = [];
                if (!list.Contains(item)) list.Add(item);
            }
        }
        // Every signed-up user (the portal's accounts, whose username is an e-mail address) gets its party's digest
        // too: the institution's own staff, not only the owners a contract names.
        foreach (var (address, party) in await UserAddressesAsync())
            foreach (var item in items.Where(i => i.Recipient == party))
            {
                if (!byAddress.TryGetValue(address, out var list)) byAddress[address] = list = [];
                if (!list.Contains(item)) list.Add(item);
            }
        foreach (var (address, list) in byAddress)
            notifications.Add(Digest(point, list[0].Recipient, ReminderNotifications.EmailChannel, address, list, now));

        var created = await new Storage.PostgresDeadlineIndex(database).NotifyAsync("*", notifications);
        logger.LogInformation("Daily digest {Point}: {Created} of {Total} digests new", point, created, notifications.Count);
        return created;
    }

    private static NewNotification Digest(string point, string inbox, string channel, string? address, List<Item> items, DateTimeOffset now)
    {
        var due = items.Where(i => !i.Penalty && !i.Late).OrderBy(i => i.At).ThenBy(i => i.ContractKey, StringComparer.Ordinal).ToList();
        var late = items.Where(i => !i.Penalty && i.Late).OrderBy(i => i.At).ThenBy(i => i.ContractKey, StringComparer.Ordinal).ToList();
        var penalties = items.Where(i => i.Penalty).OrderBy(i => i.At).ThenBy(i => i.ContractKey, StringComparer.Ordinal).ToList();
        var title = $"每日提醒：{due.Count} 项 7 日内到期，{late.Count} 项已逾期，{penalties.Count} 笔新违约金 / Daily digest";
        var body = string.Join("\n", due.Concat(late).Select(i => i.Line)
            .Concat(penalties.Count == 0 ? [] : ["昨日以来新提出的违约金 / Penalties proposed since yesterday:", .. penalties.Select(i => i.Line)]));
        var recipient = channel == ReminderNotifications.InboxChannel ? inbox : address!;
        return new NewNotification($"*:*:{point}:{recipient}:{channel}", "*", point, inbox, channel, address, title, body,
            items.Min(i => i.At), now);
    }

    private async Task<List<Item>> DeadlinesAsync(DateTimeOffset now)
    {
        await using var command = database.CreateCommand("""
            SELECT contract_key, institution_id, vendor_id, recipient, title, due_at, status = 'late'
              FROM vg.deadline_index
             WHERE status = 'late' OR (status = 'open' AND due_at > $1 AND due_at <= $2)
             ORDER BY due_at, contract_key, obligation_id
            """);
        command.Parameters.AddWithValue(now.ToUniversalTime());
        command.Parameters.AddWithValue(now.AddDays(7).ToUniversalTime());
        var items = new List<Item>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var (key, due, late) = (reader.GetString(0), reader.GetFieldValue<DateTimeOffset>(5), reader.GetBoolean(6));
            var line = $"{reader.GetString(4)} — {ShanghaiTime.ToLocal(due).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}"
                       + (late ? "（已逾期）" : "") + $" [{key}]";
            items.Add(new(key, reader.GetString(1), reader.GetString(2), reader.GetString(3), line, due, late, Penalty: false));
        }
        return items;
    }

    /// <summary>Ledger entries whose proposal falls in the last day, from the contracts where one can have appeared.</summary>
    private async Task<List<Item>> NewPenaltiesAsync(DateTimeOffset now)
    {
        var items = new List<Item>();
        if (grains is null) return items;
        var since = now.AddDays(-1);
        await using var command = database.CreateCommand("""
            SELECT contract_key FROM vg.deadline_index WHERE status = 'late'
            UNION
            SELECT contract_key FROM vg.contract_facts
             WHERE (recorded_at > $1 AND recorded_at <= $2) OR (occurred_at > $1 AND occurred_at <= $2)
            """);
        command.Parameters.AddWithValue(since.ToUniversalTime());
        command.Parameters.AddWithValue(now.ToUniversalTime());
        var keys = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync()) keys.Add(reader.GetString(0));

        foreach (var key in keys.Order(StringComparer.Ordinal))
        {
            try
            {
                var contract = grains.GetGrain<IContractGrain>(key);
                if (await contract.GetSummaryAsync() is not { } summary || await contract.EvaluateAsync(now) is not { } evaluation) continue;
                foreach (var entry in evaluation.Ledger.Where(e => e.ProposedAt > since && e.ProposedAt <= now && e.Amount != 0))
                {
                    var line = $"违约金 {Cny.Format(entry.Amount)}（{entry.Basis}）— 《{summary.Title}》 [{key}]";
                    foreach (var inbox in new[] { NotificationInboxes.Institution(summary.Institution.Id), NotificationInboxes.Vendor(summary.Vendor.Id) })
                        items.Add(new(key, summary.Institution.Id, summary.Vendor.Id, inbox, line, entry.ProposedAt, Late: false, Penalty: true));
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One contract's failure leaves its penalties out of today's digest, not everybody's digest.
                logger.LogError(e, "Daily digest: penalties of {Contract} failed", key);
            }
        }
        return items;
    }

    /// <summary>The latest definition of each contract, for its contacts' e-mail addresses.</summary>
    /// <summary>
    /// Active accounts' addresses with the inbox of each party they are an active member of. Addresses in the mDNS-only `.local`
    /// domain (RFC 6762; the demo accounts') can receive no mail and are left out rather than parked every day.
    /// </summary>
    private async Task<List<(string Address, string Party)>> UserAddressesAsync()
    {
        await using var command = database.CreateCommand("""
            SELECT lower(a.username), CASE WHEN m.vendor_id IS NOT NULL THEN 'vendor:' || m.vendor_id ELSE 'institution:' || m.institution_id END
              FROM vg.account_memberships m JOIN vg.accounts a ON a.id = m.account_id
             WHERE a.disabled_at IS NULL AND m.disabled_at IS NULL AND m.role <> 'platform-admin' AND position('@' in a.username) > 1
            """);
        var users = new List<(string, string)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            if (!reader.GetString(0).EndsWith(".local", StringComparison.Ordinal))
                users.Add((reader.GetString(0), reader.GetString(1)));
        return users;
    }

    private async Task<Dictionary<string, ContractDefinition>> DefinitionsAsync(string[] contractKeys)
    {
        await using var command = database.CreateCommand("""
            SELECT DISTINCT ON (contract_key) contract_key, definition FROM vg.contract_definitions
             WHERE contract_key = ANY($1) ORDER BY contract_key, version DESC
            """);
        command.Parameters.AddWithValue(contractKeys);
        var definitions = new Dictionary<string, ContractDefinition>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            if (ContractJson.ParseDefinition(reader.GetString(1)) is { IsValid: true, Value: { } definition })
                definitions[reader.GetString(0)] = definition;
        return definitions;
    }
}
