using VendorGrid.Grains;

namespace VendorGrid.Bench;

/// <summary>A grain whose only job is to persist ~1 KiB of state per call, like a contract grain after an event.</summary>
[Alias("vg.bench.IBenchGrain")]
public interface IBenchGrain : IGrainWithStringKey
{
    [Alias("write")]
    Task WriteAsync(byte[] payload);
}

[GenerateSerializer, Alias("vg.bench.BenchState")]
public sealed record BenchState
{
    [Id(0)] public byte[] Payload { get; init; } = [];
    [Id(1)] public long Writes { get; init; }
}

[GrainType("bench")]
public sealed class BenchGrain(
    [Orleans.Runtime.PersistentState("bench-state", StorageNames.Contracts)] Orleans.Runtime.IPersistentState<BenchState> state) : Grain, IBenchGrain
{
    public async Task WriteAsync(byte[] payload)
    {
        state.State = new BenchState { Payload = payload, Writes = state.State.Writes + 1 };
        await state.WriteStateAsync();
    }
}
