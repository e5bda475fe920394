using System.Collections.Immutable;

namespace VendorGrid.Grains.Platform;

/// <inheritdoc cref="IPlatformDirectoryGrain"/>
[GrainType("platform-directory")]
public sealed class PlatformDirectoryGrain(
    [PersistentState("platform-directory-state", StorageNames.Directory)] IPersistentState<PlatformDirectoryState> state)
    : Grain, IPlatformDirectoryGrain
{
    public async Task RegisterInstitutionAsync(PartyRef institution)
    {
        if (state.State.Institutions.TryGetValue(institution.Id, out var known) && known == institution)
            return;

        state.State = state.State with { Institutions = state.State.Institutions.SetItem(institution.Id, institution) };
        await state.WriteStateAsync();
    }

    public Task<ImmutableArray<PartyRef>> ListInstitutionsAsync() =>
        Task.FromResult(state.State.Institutions.Values.ToImmutableArray());
}
