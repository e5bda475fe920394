using System.Collections.Immutable;

namespace VendorGrid.Grains.Jobs;

/// <summary>The silo's job server, as far as administrators may touch it. Asynchronous: implementations keep Hangfire's synchronous client off the grain scheduler.</summary>
public interface IJobAdministration
{
    Task<bool> TriggerAsync(string recurringJobId);

    Task<ImmutableArray<FailedDelivery>> ListFailedAsync(long? before, int limit);

    Task<bool> ReplayAsync(long id, DateTimeOffset now);
}
