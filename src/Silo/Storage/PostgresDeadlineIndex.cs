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

    public async Task ReplaceAsync(string contractKey, IReadOnlyList<DeadlineRow> rows)
    {
        await using var connection = await database.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var batch = new NpgsqlBatch(connection, transaction);
        await using (batch)
        {
            var delete = new NpgsqlBatchCommand("DELETE FROM vg.deadline_index WHERE contract_key = $1");
            delete.Parameters.AddWithValue(contractKey);
            batch.BatchCommands.Add(delete);
            foreach (var row in rows)
            {
                var insert = new NpgsqlBatchCommand("""
                    INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient,
                                                   title, due_at, status, next_point, next_reminder_at)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
                    """);
                BindRow(insert, contractKey, row);
                batch.BatchCommands.Add(insert);
            }
            await batch.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
    }

    public async Task UpdateAsync(string contractKey, IReadOnlyList<DeadlineRow> upserts, IReadOnlyList<string> removed)
    {
        if (upserts.Count == 0 && removed.Count == 0) return;
        await using var connection = await database.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var batch = new NpgsqlBatch(connection, transaction);
        await using (batch)
        {
            if (removed.Count > 0)
            {
                var delete = new NpgsqlBatchCommand("DELETE FROM vg.deadline_index WHERE contract_key = $1 AND obligation_id = ANY($2)");
                delete.Parameters.AddWithValue(contractKey);
                delete.Parameters.AddWithValue(removed.ToArray());
                batch.BatchCommands.Add(delete);
            }
            foreach (var row in upserts)
            {
                var upsert = new NpgsqlBatchCommand("""
                    INSERT INTO vg.deadline_index (contract_key, obligation_id, institution_id, vendor_id, party, recipient,
                                                   title, due_at, status, next_point, next_reminder_at)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
                    ON CONFLICT (contract_key, obligation_id) DO UPDATE SET
                        institution_id = excluded.institution_id, vendor_id = excluded.vendor_id, party = excluded.party,
                        recipient = excluded.recipient, title = excluded.title, due_at = excluded.due_at, status = excluded.status,
                        next_point = excluded.next_point, next_reminder_at = excluded.next_reminder_at, updated_at = now()
                    """);
                BindRow(upsert, contractKey, row);
                batch.BatchCommands.Add(upsert);
            }
            await batch.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
    }

    /// <summary>The eleven columns of one index row, in the order the INSERTs above name them.</summary>
    private static void BindRow(NpgsqlBatchCommand command, string contractKey, DeadlineRow row)
    {
        command.Parameters.AddWithValue(contractKey);
        command.Parameters.AddWithValue(row.ObligationId);
        command.Parameters.AddWithValue(row.InstitutionId);
        command.Parameters.AddWithValue(row.VendorId);
        command.Parameters.AddWithValue(row.Party);
        command.Parameters.AddWithValue(row.Recipient);
        command.Parameters.AddWithValue(row.Title);
        command.Parameters.AddWithValue(row.DueAt.ToUniversalTime());
        command.Parameters.AddWithValue(row.Status);
        command.Parameters.AddWithValue((object?)row.NextPoint ?? DBNull.Value);
        command.Parameters.AddWithValue(row.NextReminderAt is { } at ? at.ToUniversalTime() : DBNull.Value);
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
