namespace VendorGrid.Silo.Notifications;

/// <summary>A notification waiting to leave the platform by e-mail or webhook, as claimed by the dispatch job.</summary>
public sealed record PendingDelivery(
    long Id, string OperationKey, string ContractKey, string ObligationId, string Point, string Recipient,
    string Channel, string? Address, string Title, string Body, DateTimeOffset DueAt, int Attempts);

/// <summary>One way out (e-mail, webhook). Throws when the delivery failed; <see cref="PermanentDeliveryException"/> when retrying cannot help.</summary>
public interface INotificationChannel
{
    string Name { get; }

    Task SendAsync(PendingDelivery delivery, CancellationToken cancellationToken);
}

/// <summary>A delivery that will fail however often it is retried (an invalid address): parked at once.</summary>
public sealed class PermanentDeliveryException(string message, Exception? inner = null) : Exception(message, inner);
