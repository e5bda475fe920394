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

    public async Task<bool> OnboardInstitutionAsync(PartyProfile institution)
    {
        if (institution.SameAs(state.State.Profiles.GetValueOrDefault(institution.Id)))
            return false;
        var listed = new PartyRef { Id = institution.Id, Name = institution.Name };
        state.State = state.State with
        {
            Institutions = state.State.Institutions.SetItem(listed.Id, listed),
            Profiles = state.State.Profiles.SetItem(institution.Id, institution),
        };
        await state.WriteStateAsync();
        return true;
    }

    public Task<PartyProfile?> GetInstitutionProfileAsync(string institutionId) =>
        Task.FromResult(state.State.Profiles.GetValueOrDefault(institutionId));

    public Task<ImmutableArray<PartyRef>> ListInstitutionsAsync() =>
        Task.FromResult(state.State.Institutions.Values.ToImmutableArray());
}
