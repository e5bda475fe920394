using VendorGrid.Grains.Telemetry;
using VendorGrid.Grains.Jobs;
using Npgsql;
using VendorGrid.Domain.Reminders;
using VendorGrid.Silo.Notifications;

namespace VendorGrid.Silo.Jobs;

/// <summary>
/// Delivers pending e-mail and webhook notifications. Each batch is claimed with a lease (FOR UPDATE SKIP
/// LOCKED, then next_attempt_at pushed past the lease), so two silos never send the same one at once and a
/// silo killed mid-send leaves it to be retried when the lease ends. Failures back off exponentially
/// (<see cref="DeliveryRetry"/>) and are parked as failed after the last attempt; admins can replay them.
/// A failure is recorded, never thrown: the job itself does not fail because a receiver is down. The
/// <see cref="DeliveryGate"/> (when given: always in the silo) first parks e-mails to unverified addresses and defers
/// deliveries past a destination's hourly budget.
/// </summary>
public sealed class NotificationDispatchJob(
    NpgsqlDataSource database, IEnumerable<INotificationChannel> channels, TimeProvider clock, ILogger<NotificationDispatchJob> logger,
    DeliveryGate? gate = null) : INotificationDispatchJob
{
    Task INotificationDispatchJob.DispatchAsync() => DispatchAsync();

    public const string RecurringId = "notification-dispatch";
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    public Task<DispatchResult> DispatchAsync() => DispatchAsync(clock.GetUtcNow(), 100);

    public async Task<DispatchResult> DispatchAsync(DateTimeOffset now, int batchSize)
    {
        var byName = channels.ToDictionary(c => c.Name, StringComparer.Ordinal);
        var (sent, failed, deferred) = (0, 0, 0);
        foreach (var delivery in await ClaimAsync(now, batchSize))
        {
            try
            {
                if (!byName.TryGetValue(delivery.Channel, out var channel))
                    throw new PermanentDeliveryException($"no channel '{delivery.Channel}'");
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
                switch (gate is null ? new GateDecision.Send() : await gate.CheckAsync(delivery, now, timeout.Token))
                {
                    case GateDecision.Park park:
                        throw new PermanentDeliveryException(park.Reason);
                    case GateDecision.Defer defer:
                        await DeferAsync(delivery.Id, defer.Until, defer.Reason);
                        deferred++;
                        continue;
                }
                await channel.SendAsync(delivery, timeout.Token);
                await SentAsync(delivery.Id, now);
                sent++;
                VendorGridTelemetry.RemindersSent.Add(1, new KeyValuePair<string, object?>("channel", delivery.Channel));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                failed++;
                VendorGridTelemetry.RemindersFailed.Add(1, new KeyValuePair<string, object?>("channel", delivery.Channel));
                var attempts = delivery.Attempts + 1;
                var next = e is PermanentDeliveryException ? null : DeliveryRetry.NextAttempt(attempts, now);
                logger.LogWarning("Delivery {Id} ({Channel}) failed, attempt {Attempts}: {Error}", delivery.Id, delivery.Channel, attempts, e.Message);
                await FailedAsync(delivery.Id, attempts, next, e.Message);
            }
        }
        return new DispatchResult(sent, failed, deferred);
    }

    /// <summary>Puts a parked delivery back in the queue (an admin's replay); false when it is not parked.</summary>
    public Task<bool> ReplayAsync(long id, DateTimeOffset now) => ReplayAsync(database, id, now);

    public static async Task<bool> ReplayAsync(NpgsqlDataSource database, long id, DateTimeOffset now)
    {
        await using var command = database.CreateCommand("""
            UPDATE vg.notifications SET delivery = 'pending', attempts = 0, next_attempt_at = $2, last_error = NULL
             WHERE id = $1 AND delivery = 'failed'
            """);
        command.Parameters.AddWithValue(id);
        command.Parameters.AddWithValue(now.ToUniversalTime());
        return await command.ExecuteNonQueryAsync() == 1;
    }

    private async Task<List<PendingDelivery>> ClaimAsync(DateTimeOffset now, int limit)
    {
        await using var command = database.CreateCommand("""
            UPDATE vg.notifications SET next_attempt_at = $2
             WHERE id IN (SELECT id FROM vg.notifications
                           WHERE delivery = 'pending' AND next_attempt_at <= $1
                           ORDER BY next_attempt_at, id LIMIT $3 FOR UPDATE SKIP LOCKED)
            RETURNING id, operation_key, contract_key, obligation_id, point, recipient, channel, address, title, body, due_at, attempts
            """);
        command.Parameters.AddWithValue(now.ToUniversalTime());
        command.Parameters.AddWithValue((now + Lease).ToUniversalTime());
        command.Parameters.AddWithValue(limit);
        var claimed = new List<PendingDelivery>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            claimed.Add(new PendingDelivery(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.GetString(4), reader.GetString(5), reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetString(7),
                reader.GetString(8), reader.GetString(9), reader.GetFieldValue<DateTimeOffset>(10), reader.GetInt32(11)));
        return [.. claimed.OrderBy(d => d.Id)];
    }

    private async Task SentAsync(long id, DateTimeOffset now)
    {
        await using var command = database.CreateCommand("""
            UPDATE vg.notifications SET delivery = 'sent', attempts = attempts + 1, next_attempt_at = NULL, last_error = NULL, sent_at = $2 WHERE id = $1
            """);
        command.Parameters.AddWithValue(id);
        command.Parameters.AddWithValue(now.ToUniversalTime());
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Back in the queue at <paramref name="until"/>, its attempts untouched: waiting is not failing.</summary>
    private async Task DeferAsync(long id, DateTimeOffset until, string reason)
    {
        await using var command = database.CreateCommand("UPDATE vg.notifications SET next_attempt_at = $2, last_error = $3 WHERE id = $1");
        command.Parameters.AddWithValue(id);
        command.Parameters.AddWithValue(until.ToUniversalTime());
        command.Parameters.AddWithValue(reason);
        await command.ExecuteNonQueryAsync();
    }

    private async Task FailedAsync(long id, int attempts, DateTimeOffset? next, string error)
    {
        await using var command = database.CreateCommand("""
            UPDATE vg.notifications
               SET attempts = $2, next_attempt_at = $3, last_error = $4,
                   delivery = CASE WHEN $3::timestamptz IS NULL THEN 'failed' ELSE 'pending' END
             WHERE id = $1
            """);
        command.Parameters.AddWithValue(id);
        command.Parameters.AddWithValue(attempts);
        command.Parameters.AddWithValue(next is { } at ? at.ToUniversalTime() : DBNull.Value);
        command.Parameters.AddWithValue(error.Length > 500 ? error[..500] : error);
        await command.ExecuteNonQueryAsync();
    }
}

public readonly record struct DispatchResult(int Sent, int Failed, int Deferred = 0);
