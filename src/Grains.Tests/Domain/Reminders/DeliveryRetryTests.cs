using VendorGrid.Domain.Reminders;

namespace VendorGrid.Tests.Domain.Reminders;

public sealed class DeliveryRetryTests
{
    private static readonly DateTimeOffset FailedAt = new(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(8));

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(5, 16)]
    public void FailedDeliveries_BackOffExponentially(int attempts, int minutes) =>
        Assert.Equal(FailedAt.AddMinutes(minutes), DeliveryRetry.NextAttempt(attempts, FailedAt));

    [Fact]
    public void AfterTheLastAttempt_TheDeliveryIsParked() =>
        Assert.Null(DeliveryRetry.NextAttempt(DeliveryRetry.DefaultMaxAttempts, FailedAt));

    [Fact]
    public void TheDelayIsCappedAtSixHours() =>
        Assert.Equal(FailedAt.AddHours(6), DeliveryRetry.NextAttempt(20, FailedAt, maxAttempts: 30));
}
