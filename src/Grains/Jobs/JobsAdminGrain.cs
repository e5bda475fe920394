using System.Collections.Immutable;
using Orleans.Concurrency;

namespace VendorGrid.Grains.Jobs;

/// <inheritdoc cref="IJobsAdminGrain"/>
[StatelessWorker, GrainType("jobs-admin")]
public sealed class JobsAdminGrain(IJobAdministration jobs, TimeProvider clock) : Grain, IJobsAdminGrain
{
    public Task<bool> TriggerAsync(string recurringJobId) => jobs.TriggerAsync(recurringJobId);

    public Task<ImmutableArray<FailedDelivery>> ListFailedDeliveriesAsync(long? before, int limit) => jobs.ListFailedAsync(before, Math.Clamp(limit, 1, 500));

    public Task<bool> ReplayDeliveryAsync(long id) => jobs.ReplayAsync(id, clock.GetUtcNow());
}
