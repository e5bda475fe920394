using System.Collections.Immutable;
using Npgsql;
using VendorGrid.Grains;
using VendorGrid.Grains.Reminders;

namespace VendorGrid.Silo.Storage;

/// <summary>Inbox reads and read marks on vg.notifications (db/migrations/0006).</summary>
public sealed class PostgresNotificationStore(NpgsqlDataSource database) : INotificationStore
{
    public async Task<ImmutableArray<NotificationView>> ListInboxAsync(string recipient, bool unreadOnly, int limit)
    {
        await using var command = database.CreateCommand("""
            SELECT id, contract_key, obligation_id, point, title, body, due_at, created_at, read_at
              FROM vg.notifications
             WHERE recipient = $1 AND channel = 'inbox' AND ($2 = false OR read_at IS NULL)
             ORDER BY id DESC LIMIT $3
            """);
        command.Parameters.AddWithValue(recipient);
        command.Parameters.AddWithValue(unreadOnly);
        command.Parameters.AddWithValue(limit);
        var list = ImmutableArray.CreateBuilder<NotificationView>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            list.Add(new NotificationView
            {
                Id = reader.GetInt64(0), ContractKey = reader.GetString(1), ObligationId = reader.GetString(2),
                Point = reader.GetString(3), Title = reader.GetString(4), Body = reader.GetString(5),
                DueAt = reader.GetFieldValue<DateTimeOffset>(6), CreatedAt = reader.GetFieldValue<DateTimeOffset>(7),
                ReadAt = reader.IsDBNull(8) ? null : reader.GetFieldValue<DateTimeOffset>(8),
            });
        return list.ToImmutable();
    }

    public async Task<bool> MarkReadAsync(string recipient, long id, DateTimeOffset at)
    {
        await using var command = database.CreateCommand("""
            UPDATE vg.notifications SET read_at = coalesce(read_at, $3)
             WHERE id = $2 AND recipient = $1 AND channel = 'inbox'
            """);
        command.Parameters.AddWithValue(recipient);
        command.Parameters.AddWithValue(id);
        command.Parameters.AddWithValue(at.ToUniversalTime());
        return await command.ExecuteNonQueryAsync() == 1;
    }
}
