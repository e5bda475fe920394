using System.Collections.Concurrent;
using VendorGrid.Grains;

namespace VendorGrid.Gateway.Contracts;

/// <summary>
/// The last JSON the gateway received for each contract view, so a repeated read asks the grain "still version V?"
/// and gets a few bytes back instead of the whole view (47 KB for C2's obligations): shipping and copying those bytes
/// through Orleans on every read was about a third of the silo's and gateway's work per request (issue 4's
/// benchmark, docs/PERFORMANCE.md).
///
/// The grain is still asked on every request, so existence, the instant and every recorded fact are checked by
/// the grain as before; this only saves the transfer of bytes the gateway already holds, and a version names one
/// rendering, never reused. Entries are keyed by the grain key, which the handler builds from the caller's
/// tenancy, and the bytes are the same for every caller who may reach that grain. Bounded by
/// <see cref="MaxBytes"/> (counted approximately under concurrent updates): past it the cache starts again empty.
/// </summary>
public sealed class ContractViewCache
{
    public const long MaxBytes = 64L * 1024 * 1024;

    private sealed record Held(Guid Version, byte[] Json);

    private readonly ConcurrentDictionary<(string Grain, ContractView View), Held> held = new();
    private long bytes;

    /// <summary>The view's JSON as of <paramref name="asOf"/>, or null when the contract does not exist.</summary>
    public async Task<byte[]?> ReadAsync(IContractGrain grain, ContractView view, DateTimeOffset? asOf)
    {
        var key = (grain.GetPrimaryKeyString(), view);
        var known = held.TryGetValue(key, out var mine) ? mine : null;
        var answer = await grain.GetViewJsonIfChangedAsync(view, asOf, known?.Version ?? Guid.Empty);
        if (answer is null) return null;
        if (answer.Json is null && known is not null && known.Version == answer.Version) return known.Json;
        if (answer.Json is null) return await grain.GetViewJsonAsync(view, asOf);  // not expected: the grain saw a version we do not hold
        Keep(key, new Held(answer.Version, answer.Json));
        return answer.Json;
    }

    private void Keep((string, ContractView) key, Held fresh)
    {
        if (Interlocked.Add(ref bytes, fresh.Json.Length) > MaxBytes)
        {
            held.Clear();
            Interlocked.Exchange(ref bytes, fresh.Json.Length);
        }
        held.AddOrUpdate(key, fresh, (_, old) =>
        {
            Interlocked.Add(ref bytes, -old.Json.Length);
            return fresh;
        });
    }
}
