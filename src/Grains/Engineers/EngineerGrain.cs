using System.Text.Json;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Staffing;

namespace VendorGrid.Grains.Engineers;

/// <inheritdoc cref="IEngineerGrain"/>
[GrainType("engineer")]
public sealed class EngineerGrain(
    [PersistentState("engineer-state", StorageNames.Directory)] IPersistentState<EngineerState> state)
    : Grain, IEngineerGrain
{
    private string VendorId => this.GetPrimaryKeyString().Split('/')[0];

    public async Task<EngineerSaveOutcome> SaveProfileAsync(EngineerProfile profile)
    {
        var created = state.State.ProfileJson is null;
        // Claimed before anything is stored, so two vendors racing for one id leave one engineer. A profile already here
        // stays its vendor's to edit even if another vendor held the id before the registry existed (that one keeps it).
        var held = await GrainFactory.GetGrain<IPlatformIdGrain>(GrainKeys.PlatformId(PlatformIdKinds.Engineer, profile.Id)).ClaimAsync(VendorId);
        if (!held && created) return EngineerSaveOutcome.IdTaken;
        var json = JsonSerializer.Serialize(profile, ContractJson.Options);
        if (json != state.State.ProfileJson)
        {
            state.State = state.State with { ProfileJson = json };
            await state.WriteStateAsync();
        }
        // The vendor's staff list is written after the profile: a repeat of the call heals a lost registration.
        await GrainFactory.GetGrain<IVendorGrain>(VendorId).RegisterEngineerAsync(profile.Id);
        return created ? EngineerSaveOutcome.Created : EngineerSaveOutcome.Updated;
    }

    public Task<EngineerRecord?> GetAsync() => Task.FromResult(state.State.ProfileJson is not { } json ? null : new EngineerRecord
    {
        VendorId = VendorId,
        Profile = JsonSerializer.Deserialize<EngineerProfile>(json, ContractJson.Options)!,
        Assignments = state.State.Assignments,
    });

    public async Task IndexAssignmentAsync(EngineerAssignment assignment)
    {
        var known = state.State.Assignments.FirstOrDefault(a => a.FactId == assignment.FactId);
        if (known == assignment) return;
        var assignments = known is null ? state.State.Assignments.Add(assignment) : state.State.Assignments.Replace(known, assignment);
        state.State = state.State with { Assignments = assignments };
        await state.WriteStateAsync();
    }
}
