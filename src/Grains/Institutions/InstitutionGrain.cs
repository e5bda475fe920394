using VendorGrid.Domain.Contracts.Definition;
using System.Collections.Immutable;
using VendorGrid.Domain.Time;
using VendorGrid.Grains.Contracts;

namespace VendorGrid.Grains.Institutions;

/// <inheritdoc cref="IInstitutionGrain"/>
[GrainType("institution")]
public sealed class InstitutionGrain(
    [PersistentState("institution-state", StorageNames.Directory)] IPersistentState<InstitutionState> state,
    TimeProvider clock)
    : Grain, IInstitutionGrain
{
    private string InstitutionId => this.GetPrimaryKeyString();

    public async Task<CreateContractResult> CreateContractAsync(string definitionJson)
    {
        var parsed = ContractJson.ParseSubmitted(definitionJson);
        if (!parsed.IsValid)
            return CreateContractResult.Rejected(string.Join("; ", parsed.Errors.Select(e => $"{e.Path}: {e.Message}")), parsed.Errors);
        var summary = ContractSummaries.From(parsed.Value);
        if (summary.Institution.Id != InstitutionId)
            return CreateContractResult.Rejected(
                $"institution.id '{summary.Institution.Id}' is not this institution ('{InstitutionId}')");
        if (state.State.Contracts.TryGetValue(summary.Id, out var existing))
            return CreateContractResult.AlreadyExists(existing);
        if (!await GrainFactory.GetGrain<IPlatformIdGrain>(GrainKeys.PlatformId(PlatformIdKinds.Contract, summary.Id)).ClaimAsync(InstitutionId))
            return CreateContractResult.IdTaken();

        // Each step is idempotent, so a retry after a failure part-way completes the rest.
        await GrainFactory.GetGrain<IPlatformDirectoryGrain>(GrainKeys.Platform).RegisterInstitutionAsync(summary.Institution);
        var contract = GrainFactory.GetGrain<IContractGrain>(GrainKeys.Contract(InstitutionId, summary.Id));
        var stored = await contract.InitializeAsync(definitionJson, summary);

        state.State = state.State with { Contracts = state.State.Contracts.SetItem(stored.Id, stored) };
        await state.WriteStateAsync();
        return CreateContractResult.Created(stored);
    }

    public Task<ImmutableArray<ContractSummary>> ListContractsAsync()
    {
        var today = ShanghaiTime.LocalDate(clock.GetUtcNow());
        return Task.FromResult(state.State.Contracts.Values.Select(c => c.InForceOn(today)).ToImmutableArray());
    }

    public async Task RefreshContractAsync(string contractId)
    {
        if (!state.State.Contracts.ContainsKey(contractId)) return;
        var summary = await GrainFactory.GetGrain<IContractGrain>(GrainKeys.Contract(InstitutionId, contractId)).GetSummaryAsync();
        if (summary is null) return;
        state.State = state.State with { Contracts = state.State.Contracts.SetItem(contractId, summary) };
        await state.WriteStateAsync();
        await GrainFactory.GetGrain<IVendorGrain>(summary.Vendor.Id).RegisterContractAsync(summary);
    }
}
