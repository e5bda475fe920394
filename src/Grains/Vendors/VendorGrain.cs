using System.Collections.Immutable;
using VendorGrid.Domain.Time;

namespace VendorGrid.Grains.Vendors;

/// <inheritdoc cref="IVendorGrain"/>
[GrainType("vendor")]
public sealed class VendorGrain(
    [PersistentState("vendor-state", StorageNames.Directory)] IPersistentState<VendorState> state,
    TimeProvider clock)
    : Grain, IVendorGrain
{
    public async Task RegisterContractAsync(ContractSummary summary)
    {
        var key = GrainKeys.Contract(summary.Institution.Id, summary.Id);
        if (state.State.Contracts.TryGetValue(key, out var known) && known == summary)
            return;

        state.State = state.State with { Contracts = state.State.Contracts.SetItem(key, summary) };
        await state.WriteStateAsync();
    }

    public async Task<bool> SetProfileAsync(PartyProfile profile)
    {
        if (profile.SameAs(state.State.Profile))
            return false;
        state.State = state.State with { Profile = profile };
        await state.WriteStateAsync();
        return true;
    }

    public Task<PartyProfile?> GetProfileAsync() => Task.FromResult(state.State.Profile);

    public async Task RegisterEngineerAsync(string engineerId)
    {
        if (state.State.Engineers.Contains(engineerId)) return;
        state.State = state.State with { Engineers = state.State.Engineers.Add(engineerId) };
        await state.WriteStateAsync();
    }

    public Task<ImmutableArray<string>> ListEngineersAsync() => Task.FromResult(state.State.Engineers.ToImmutableArray());

    public Task<ImmutableArray<ContractSummary>> ListContractsAsync()
    {
        var today = ShanghaiTime.LocalDate(clock.GetUtcNow());
        return Task.FromResult(state.State.Contracts.Values.Select(c => c.InForceOn(today)).ToImmutableArray());
    }
}
