using System.Text.Json;
using System.Text.Json.Serialization;
using Npgsql;
using VendorGrid.Domain.Reminders;
using VendorGrid.Grains.Reminders;

namespace VendorGrid.Silo.Storage;

/// <summary>vg.deadline_index, vg.reminder_policies and vg.notifications (db/migrations/0006).</summary>
public sealed class PostgresDeadlineIndex(NpgsqlDataSource database) : IDeadlineIndex
{
    public static readonly JsonSerializerOptions PolicyJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public async Task<ReminderPolicy> ReadPolicyAsync(string institutionId)
    {
        await using var command = database.CreateCommand("SELECT policy::text FROM vg.reminder_policies WHERE institution_id = $1");
        command.Parameters.AddWithValue(institutionId);
        return await command.ExecuteScalarAsync() is string json
            ? JsonSerializer.Deserialize<ReminderPolicy>(json, PolicyJson) ?? ReminderPolicy.Default
            : ReminderPolicy.Default;
    }

    public async Task<IReadOnlyList<DeadlineRow>> ReadAsync(string contractKey)
    {
        await using var command = database.CreateCommand("""
            SELECT obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at
              FROM vg.deadline_index WHERE contract_key = $1 ORDER BY obligation_id
            """);
        command.Parameters.AddWithValue(contractKey);
        var rows = new List<DeadlineRow>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            rows.Add(new DeadlineRow(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.GetString(4), reader.GetString(5), reader.GetFieldValue<DateTimeOffset>(6), reader.GetString(7),
                reader.IsDBNull(8) ? null : reader.GetString(8),
                reader.IsDBNull(9) ? null : reader.GetFieldValue<DateTimeOffset>(9)));
        return rows;
    }

    /// <summary>
    /// One batch, so one round trip and one implicit transaction (a failing statement rolls the batch back): the contract's
    /// rows deleted, then <paramref name="rows"/> inserted by one statement.
    /// </summary>
    public async Task ReplaceAsync(string contractKey, IReadOnlyList<DeadlineRow> rows)
    {
        await using var batch = database.CreateBatch();
        var delete = new NpgsqlBatchCommand("DELETE FROM vg.deadline_index WHERE contract_key = $1");
        delete.Parameters.AddWithValue(contractKey);
        batch.BatchCommands.Add(delete);
        if (rows.Count > 0) batch.BatchCommands.Add(Upsert(contractKey, rows));
        await batch.ExecuteNonQueryAsync();
    }

    /// <summary>As <see cref="ReplaceAsync"/>, for the named rows only: one batch of a delete and one upsert.</summary>
    public async Task UpdateAsync(string contractKey, IReadOnlyList<DeadlineRow> upserts, IReadOnlyList<string> removed)
    {
        if (upserts.Count == 0 && removed.Count == 0) return;
        await using var batch = database.CreateBatch();
        if (removed.Count > 0)
        {
            var delete = new NpgsqlBatchCommand("DELETE FROM vg.deadline_index WHERE contract_key = $1 AND obligation_id = ANY($2)");
            delete.Parameters.AddWithValue(contractKey);
            delete.Parameters.AddWithValue(removed.ToArray());
            batch.BatchCommands.Add(delete);
        }
        if (upserts.Count > 0) batch.BatchCommands.Add(Upsert(contractKey, upserts));
        await batch.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// Every row in one statement (a column per array, unnest zips them), whatever their number: a committed group of
    /// incident facts upserts a few rows per incident, and a whole index can hold hundreds.
    /// </summary>
    private static NpgsqlBatchCommand Upsert(string contractKey, IReadOnlyList<DeadlineRow> rows)
    {
        var upsert = new NpgsqlBatchCommand("""
            INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient,
                                           title, due_at, status, next_point, next_reminder_at)
            SELECT $1, r.* FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                                       $8::timestamptz[], $9::text[], $10::text[], $11::timestamptz[])
                AS r(obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at)
            ON CONFLICT (contract_key, obligation_id) DO UPDATE SET
                institution_id = excluded.institution_id, vendor_id = excluded.vendor_id, party = excluded.party,
                recipient = excluded.recipient, title = excluded.title, due_at = excluded.due_at, status = excluded.status,
                next_point = excluded.next_point, next_reminder_at = excluded.next_reminder_at, updated_at = now()
            """);
        upsert.Parameters.AddWithValue(contractKey);
        upsert.Parameters.AddWithValue(rows.Select(r => r.ObligationId).ToArray());
        upsert.Parameters.AddWithValue(rows.Select(r => r.InstitutionId).ToArray());
        upsert.Parameters.AddWithValue(rows.Select(r => r.VendorId).ToArray());
        upsert.Parameters.AddWithValue(rows.Select(r => r.Party).ToArray());
        upsert.Parameters.AddWithValue(rows.Select(r => r.Recipient).ToArray());
        upsert.Parameters.AddWithValue(rows.Select(r => r.Title).ToArray());
        upsert.Parameters.AddWithValue(rows.Select(r => r.DueAt.UtcDateTime).ToArray());
        upsert.Parameters.AddWithValue(rows.Select(r => r.Status).ToArray());
        upsert.Parameters.AddWithValue(rows.Select(r => r.NextPoint).ToArray());
        upsert.Parameters.AddWithValue(rows.Select(r => r.NextReminderAt?.UtcDateTime).ToArray());
        return upsert;
    }

    public async Task<IReadOnlyList<long>> ReadWebhooksAsync(string owner)
    {
        await using var command = database.CreateCommand("SELECT id FROM vg.webhooks WHERE owner = $1 AND active ORDER BY id");
        command.Parameters.AddWithValue(owner);
        var ids = new List<long>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) ids.Add(reader.GetInt64(0));
        return ids;
    }

    public async Task<int> NotifyAsync(string contractKey, IReadOnlyList<NewNotification> notifications)
    {
        await using var connection = await database.OpenConnectionAsync();
        await using var batch = new NpgsqlBatch(connection);
        foreach (var n in notifications)
        {
            var insert = new NpgsqlBatchCommand("""
                INSERT INTO vg.notifications (operation_key, contract_key, obligation_id, point, recipient, channel, address,
                                              title, body, due_at, created_at, delivery, next_attempt_at)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
                ON CONFLICT (operation_key) DO NOTHING
                """);
            var inbox = n.Channel == ReminderNotifications.InboxChannel;
            insert.Parameters.AddWithValue(n.OperationKey);
            insert.Parameters.AddWithValue(contractKey);
            insert.Parameters.AddWithValue(n.ObligationId);
            insert.Parameters.AddWithValue(n.Point);
            insert.Parameters.AddWithValue(n.Recipient);
            insert.Parameters.AddWithValue(n.Channel);
            insert.Parameters.AddWithValue((object?)n.Address ?? DBNull.Value);
            insert.Parameters.AddWithValue(n.Title);
            insert.Parameters.AddWithValue(n.Body);
            insert.Parameters.AddWithValue(n.DueAt.ToUniversalTime());
            insert.Parameters.AddWithValue(n.CreatedAt.ToUniversalTime());
            insert.Parameters.AddWithValue(inbox ? "delivered" : "pending");
            insert.Parameters.AddWithValue(inbox ? DBNull.Value : n.CreatedAt.ToUniversalTime());
            batch.BatchCommands.Add(insert);
        }
        // One implicit transaction for the batch; each row that already exists is skipped, never doubled.
        return await batch.ExecuteNonQueryAsync();
    }
}
