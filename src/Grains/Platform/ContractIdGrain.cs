namespace VendorGrid.Grains.Platform;

/// <summary>Persisted state of <see cref="ContractIdGrain"/> (state name "contract-id-state", storage "directory").</summary>
[GenerateSerializer, Alias("vg.ContractIdState")]
public sealed record ContractIdState
{
    /// <summary>The institution whose contract has this id; null while unclaimed.</summary>
    [Id(0)] public string? Institution { get; init; }
}

/// <inheritdoc cref="IContractIdGrain"/>
[GrainType("contract-id")]
public sealed class ContractIdGrain(
    [PersistentState("contract-id-state", StorageNames.Directory)] IPersistentState<ContractIdState> state)
    : Grain, IContractIdGrain
{
    public async Task<bool> ClaimAsync(string institutionId)
    {
        if (state.State.Institution is { } holder) return holder == institutionId;
        state.State = new ContractIdState { Institution = institutionId };
        await state.WriteStateAsync();
        return true;
    }
}
