namespace VendorGrid.Grains.Platform;

/// <summary>Persisted state of <see cref="PlatformIdGrain"/> (state name "platform-id-state", storage "directory").</summary>
[GenerateSerializer, Alias("vg.PlatformIdState")]
public sealed record PlatformIdState
{
    /// <summary>The party holding the id (an institution for a contract id, a vendor for an engineer id); null while unclaimed.</summary>
    [Id(0)] public string? Holder { get; init; }
}

/// <inheritdoc cref="IPlatformIdGrain"/>
[GrainType("platform-id")]
public sealed class PlatformIdGrain(
    [PersistentState("platform-id-state", StorageNames.Directory)] IPersistentState<PlatformIdState> state,
    IIdsBeforeRegistry before)
    : Grain, IPlatformIdGrain
{
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Holder is not null) return;
        var key = this.GetPrimaryKeyString();
        var slash = key.IndexOf('/');
        if (await before.HolderAsync(key[..slash], key[(slash + 1)..], cancellationToken) is { } holder)
            await HoldAsync(holder);
    }

    public async Task<bool> ClaimAsync(string holder)
    {
        if (state.State.Holder is { } known) return known == holder;
        await HoldAsync(holder);
        return true;
    }

    public Task<string?> HolderAsync() => Task.FromResult(state.State.Holder);

    private async Task HoldAsync(string holder)
    {
        state.State = new PlatformIdState { Holder = holder };
        await state.WriteStateAsync();
    }
}
