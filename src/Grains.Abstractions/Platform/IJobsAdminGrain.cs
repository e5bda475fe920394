using System.Collections.Immutable;

namespace VendorGrid.Grains;

/// <summary>A reminder that could not be delivered after its last retry, parked for an admin to look at and replay.</summary>
[GenerateSerializer, Alias("vg.FailedDelivery")]
public sealed record FailedDelivery
{
    [Id(0)] public long Id { get; init; }
    [Id(1)] public string OperationKey { get; init; } = "";
    [Id(2)] public string Channel { get; init; } = "";
    [Id(3)] public string? Address { get; init; }
    [Id(4)] public int Attempts { get; init; }
    [Id(5)] public string? LastError { get; init; }
    [Id(6)] public DateTimeOffset CreatedAt { get; init; }
}

/// <summary>
/// Platform administration of the background jobs: run a recurring job now, see parked deliveries and replay
/// them. A stateless worker (key <see cref="GrainKeys.Platform"/>); the silo's job services do the work.
/// </summary>
[Alias("vg.IJobsAdminGrain")]
public interface IJobsAdminGrain : IGrainWithStringKey
{
    /// <summary>Queues a run of the recurring job now; false when no recurring job has that id.</summary>
    [Alias("trigger")]
    Task<bool> TriggerAsync(string recurringJobId);

    /// <summary>Newest first, ids below <paramref name="before"/> when given.</summary>
    [Alias("list-failed-before")]
    Task<ImmutableArray<FailedDelivery>> ListFailedDeliveriesAsync(long? before, int limit);

    /// <summary>Puts a parked delivery back in the queue; false when it is not parked.</summary>
    [Alias("replay")]
    Task<bool> ReplayDeliveryAsync(long id);
}
