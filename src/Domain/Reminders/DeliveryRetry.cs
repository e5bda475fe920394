namespace VendorGrid.Domain.Reminders;

/// <summary>
/// When a failed e-mail or webhook delivery is tried again: exponential backoff from one minute (1, 2, 4, 8...
/// minutes, capped at six hours), and parked as failed after the last attempt, for an admin to replay.
/// </summary>
public static class DeliveryRetry
{
    public const int DefaultMaxAttempts = 6;
    private static readonly TimeSpan First = TimeSpan.FromMinutes(1), Cap = TimeSpan.FromHours(6);

    /// <summary>The next attempt after <paramref name="attempts"/> failed ones, or null when the delivery is parked.</summary>
    public static DateTimeOffset? NextAttempt(int attempts, DateTimeOffset failedAt, int maxAttempts = DefaultMaxAttempts)
    {
        if (attempts >= maxAttempts) return null;
        var delay = First * Math.Pow(2, Math.Max(0, attempts - 1));
        return failedAt + (delay > Cap ? Cap : delay);
    }
}
