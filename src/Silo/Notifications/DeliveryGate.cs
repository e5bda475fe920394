using Npgsql;
using VendorGrid.Domain.Reminders;

namespace VendorGrid.Silo.Notifications;

/// <summary>What the dispatch job does with a delivery before calling its channel.</summary>
public abstract record GateDecision
{
    public sealed record Send : GateDecision;
    /// <summary>Never to be sent as it stands (an unverified address): parked as failed with the reason.</summary>
    public sealed record Park(string Reason) : GateDecision;
    /// <summary>Not now (the destination's hourly budget is spent): tried again at <paramref name="Until"/>, no attempt counted.</summary>
    public sealed record Defer(DateTimeOffset Until, string Reason) : GateDecision;
}

/// <summary>
/// The platform is no spam relay: an e-mail goes only to a verified address (<see cref="EmailVerification"/>), and no
/// address or webhook gets more than <see cref="RecipientLimits.PerHour"/> deliveries in any hour, counted from
/// vg.notifications.sent_at.
/// </summary>
public sealed class DeliveryGate(NpgsqlDataSource database, EmailVerification verification)
{
    public async Task<GateDecision> CheckAsync(PendingDelivery delivery, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (delivery.Address is not { Length: > 0 } address) return new GateDecision.Send();
        if (delivery.Channel == "email" && !await verification.IsVerifiedAsync(address, cancellationToken))
        {
            var sent = await verification.RequestAsync(address, now, cancellationToken);
            return new GateDecision.Park(sent
                ? "address not verified: a confirmation link was sent to it"
                : "address not verified: a confirmation link was sent to it less than a day ago");
        }
        var limit = RecipientLimits.PerHour(delivery.Channel);
        await using var command = database.CreateCommand("""
            SELECT count(*), min(sent_at) FROM vg.notifications
             WHERE channel = $1 AND address = $2 AND delivery = 'sent' AND sent_at > $3
            """);
        command.Parameters.AddWithValue(delivery.Channel);
        command.Parameters.AddWithValue(address);
        command.Parameters.AddWithValue((now - RecipientLimits.Window).ToUniversalTime());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        if (reader.GetInt64(0) < limit) return new GateDecision.Send();
        var oldest = reader.GetFieldValue<DateTimeOffset>(1);
        return new GateDecision.Defer(oldest + RecipientLimits.Window,
            $"{limit} {delivery.Channel} deliveries to this {(delivery.Channel == "email" ? "address" : "webhook")} in the last hour (the limit); waiting");
    }
}
