using Orleans.Storage;

namespace VendorGrid.Silo.Storage;

/// <summary>
/// Orleans' ADO.NET grain storage with <see cref="TransientDatabaseRetry"/> around each operation: after PostgreSQL
/// restarts, the first grain activation reads its state on a dead pooled connection and would fail the request.
/// A repeated write is safe: the ETag makes it apply once or fail as a conflict (the gateway repeats such calls).
/// </summary>
public sealed class TransientRetryGrainStorage(IGrainStorage inner) : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        TransientDatabaseRetry.RunAsync(null, () => inner.ReadStateAsync(stateName, grainId, grainState));

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        TransientDatabaseRetry.RunAsync(null, () => inner.WriteStateAsync(stateName, grainId, grainState));

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        TransientDatabaseRetry.RunAsync(null, () => inner.ClearStateAsync(stateName, grainId, grainState));

    // The ADO.NET storage initialises itself (queries, hash picker) in the silo's lifecycle.
    public void Participate(ISiloLifecycle lifecycle) => (inner as ILifecycleParticipant<ISiloLifecycle>)?.Participate(lifecycle);
}
