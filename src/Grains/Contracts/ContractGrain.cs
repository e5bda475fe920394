namespace VendorGrid.Grains.Contracts;

/// <inheritdoc cref="IContractGrain"/>
[GrainType("contract")]
public sealed class ContractGrain(
    [PersistentState("contract-state", StorageNames.Contracts)] IPersistentState<ContractState> state)
    : Grain, IContractGrain
{
    public async Task<ContractSummary> InitializeAsync(string definitionJson, ContractSummary summary)
    {
        if (state.State.Summary is null)
        {
            state.State = new ContractState { DefinitionJson = definitionJson, Summary = summary };
            await state.WriteStateAsync();
        }

        // Registering again on a repeat call heals a first attempt that stopped after the write above.
        var stored = state.State.Summary!;
        await GrainFactory.GetGrain<IVendorGrain>(stored.Vendor.Id).RegisterContractAsync(stored);
        return stored;
    }

    public Task<ContractSummary?> GetSummaryAsync() => Task.FromResult(state.State.Summary);

    public Task<string?> GetDefinitionAsync() => Task.FromResult(state.State.DefinitionJson);
}
