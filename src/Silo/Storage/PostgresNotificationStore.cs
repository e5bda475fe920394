using System.Collections.Immutable;
using Npgsql;
using VendorGrid.Domain.Reminders;
using VendorGrid.Grains;
using VendorGrid.Grains.Reminders;

namespace VendorGrid.Silo.Storage;

/// <summary>Inbox reads on vg.notifications (db/migrations/0006) and per-user read marks in vg.notification_reads (0010).</summary>
public sealed class PostgresNotificationStore(NpgsqlDataSource database) : INotificationStore
{
    /// <summary>
    /// Read state is the reader's own (vg.notification_reads, 0010); a row's read_at from before per-user reads
    /// counts for everyone of the party.
    /// </summary>
    public async Task<ImmutableArray<NotificationView>> ListInboxAsync(string recipient, string reader, bool unreadOnly, long? before, int limit)
    {
        await using var command = database.CreateCommand("""
            SELECT n.id, n.contract_key, n.obligation_id, n.point, n.title, n.body, n.due_at, n.created_at, coalesce(r.read_at, n.read_at)
              FROM vg.notifications n
              LEFT JOIN vg.notification_reads r ON r.notification_id = n.id AND r.reader = $2
             WHERE n.recipient = $1 AND n.channel = 'inbox' AND ($3 = false OR (r.read_at IS NULL AND n.read_at IS NULL))
               AND ($4::bigint IS NULL OR n.id < $4)
             ORDER BY n.id DESC LIMIT $5
            """);
        command.Parameters.AddWithValue(recipient);
        command.Parameters.AddWithValue(reader);
        command.Parameters.AddWithValue(unreadOnly);
        command.Parameters.Add(new NpgsqlParameter { Value = before is { } id ? id : DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bigint });
        command.Parameters.AddWithValue(limit);
        var list = ImmutableArray.CreateBuilder<NotificationView>();
        await using var rows = await command.ExecuteReaderAsync();
        while (await rows.ReadAsync())
            list.Add(new NotificationView
            {
                Id = rows.GetInt64(0), ContractKey = rows.GetString(1), ObligationId = rows.GetString(2),
                Point = rows.GetString(3), Title = rows.GetString(4), Body = rows.GetString(5),
                DueAt = rows.GetFieldValue<DateTimeOffset>(6), CreatedAt = rows.GetFieldValue<DateTimeOffset>(7),
                ReadAt = rows.IsDBNull(8) ? null : rows.GetFieldValue<DateTimeOffset>(8),
            });
        return list.ToImmutable();
    }

    /// <summary>Records that <paramref name="reader"/> read it (a repeat keeps the first instant); false when it is not in the inbox.</summary>
    public async Task<bool> MarkReadAsync(string recipient, string reader, long id, DateTimeOffset at)
    {
        await using var command = database.CreateCommand("""
            WITH target AS (SELECT id FROM vg.notifications WHERE id = $2 AND recipient = $1 AND channel = 'inbox'),
                 marked AS (INSERT INTO vg.notification_reads (notification_id, reader, read_at)
                            SELECT id, $3, $4 FROM target ON CONFLICT (notification_id, reader) DO NOTHING)
            SELECT count(*) FROM target
            """);
        command.Parameters.AddWithValue(recipient);
        command.Parameters.AddWithValue(id);
        command.Parameters.AddWithValue(reader);
        command.Parameters.AddWithValue(at.ToUniversalTime());
        return (long)(await command.ExecuteScalarAsync())! == 1;
    }

    public async Task<ImmutableArray<WebhookView>> ListWebhooksAsync(string owner)
    {
        await using var command = database.CreateCommand(
            "SELECT id, url, format, secret IS NOT NULL FROM vg.webhooks WHERE owner = $1 AND active ORDER BY id");
        command.Parameters.AddWithValue(owner);
        var list = ImmutableArray.CreateBuilder<WebhookView>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            list.Add(new WebhookView { Id = reader.GetInt64(0), Url = reader.GetString(1), Format = reader.GetString(2), Signed = reader.GetBoolean(3) });
        return list.ToImmutable();
    }

    /// <summary>
    /// Counts and inserts under a transaction-scoped advisory lock per owner: two adds at once (two gateways, two
    /// activations of the stateless inbox grain) are serialised, so the limit cannot be overshot.
    /// </summary>
    public async Task<WebhookView?> AddWebhookAsync(string owner, string url, string format, string? secret, int limit)
    {
        await using var connection = await database.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var lockOwner = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtext('vg.webhooks:' || $1))", connection, transaction))
        {
            lockOwner.Parameters.AddWithValue(owner);
            await lockOwner.ExecuteNonQueryAsync();
        }
        await using var command = new NpgsqlCommand("""
            INSERT INTO vg.webhooks (owner, url, format, secret)
            SELECT $1, $2, $3, $4 WHERE (SELECT count(*) FROM vg.webhooks WHERE owner = $1 AND active) < $5
            RETURNING id
            """, connection, transaction);
        command.Parameters.AddWithValue(owner);
        command.Parameters.AddWithValue(url);
        command.Parameters.AddWithValue(format);
        command.Parameters.AddWithValue(string.IsNullOrEmpty(secret) ? DBNull.Value : secret);
        command.Parameters.AddWithValue(limit);
        var id = await command.ExecuteScalarAsync() as long?;
        await transaction.CommitAsync();
        return id is { } added ? new WebhookView { Id = added, Url = url, Format = format, Signed = !string.IsNullOrEmpty(secret) } : null;
    }

    public async Task<bool> DeactivateWebhookAsync(string owner, long id)
    {
        await using var command = database.CreateCommand("UPDATE vg.webhooks SET active = false WHERE id = $2 AND owner = $1 AND active");
        command.Parameters.AddWithValue(owner);
        command.Parameters.AddWithValue(id);
        return await command.ExecuteNonQueryAsync() == 1;
    }

    public async Task SetPolicyAsync(string institutionId, ReminderPolicy policy)
    {
        await using var command = database.CreateCommand(
            "INSERT INTO vg.reminder_policies (institution_id, policy) VALUES ($1, $2) " +
            "ON CONFLICT (institution_id) DO UPDATE SET policy = excluded.policy, updated_at = now()");
        command.Parameters.AddWithValue(institutionId);
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Jsonb,
            Value = System.Text.Json.JsonSerializer.Serialize(policy, PostgresDeadlineIndex.PolicyJson) });
        await command.ExecuteNonQueryAsync();
    }

    // A feed URL is a credential: only the SHA-256 of its token's UTF-8 is stored (as migration 0011 converted the old rows).
    private static byte[] FeedHash(string token) => System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token));

    public async Task CreateFeedAsync(string token, string owner, string createdBy)
    {
        await using var command = database.CreateCommand(
            "INSERT INTO vg.calendar_feeds (token_hash, owner, created_by) VALUES ($1, $2, $3)");
        command.Parameters.AddWithValue(FeedHash(token));
        command.Parameters.AddWithValue(owner);
        command.Parameters.AddWithValue(createdBy);
        await command.ExecuteNonQueryAsync();
    }

    public async Task<bool> RevokeFeedAsync(string owner, string token, DateTimeOffset at)
    {
        await using var command = database.CreateCommand(
            "UPDATE vg.calendar_feeds SET revoked_at = $3 WHERE token_hash = $2 AND owner = $1 AND revoked_at IS NULL");
        command.Parameters.AddWithValue(owner);
        command.Parameters.AddWithValue(FeedHash(token));
        command.Parameters.AddWithValue(at.ToUniversalTime());
        return await command.ExecuteNonQueryAsync() == 1;
    }

    public async Task<string?> FeedOwnerAsync(string token)
    {
        await using var command = database.CreateCommand("SELECT owner FROM vg.calendar_feeds WHERE token_hash = $1 AND revoked_at IS NULL");
        command.Parameters.AddWithValue(FeedHash(token));
        return await command.ExecuteScalarAsync() as string;
    }

    public async Task<IReadOnlyList<(string ContractKey, DeadlineRow Row)>> DeadlinesAsync(string recipient, int limit)
    {
        await using var command = database.CreateCommand("""
            SELECT contract_key, obligation_id, institution_id, vendor_id, party, recipient, title, due_at, status, next_point, next_reminder_at
              FROM vg.deadline_index WHERE recipient = $1 ORDER BY due_at, contract_key, obligation_id LIMIT $2
            """);
        command.Parameters.AddWithValue(recipient);
        command.Parameters.AddWithValue(limit);
        var rows = new List<(string, DeadlineRow)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            rows.Add((reader.GetString(0), new DeadlineRow(reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.GetString(5), reader.GetString(6), reader.GetFieldValue<DateTimeOffset>(7), reader.GetString(8),
                reader.IsDBNull(9) ? null : reader.GetString(9), reader.IsDBNull(10) ? null : reader.GetFieldValue<DateTimeOffset>(10))));
        return rows;
    }
}
