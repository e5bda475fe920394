using System.Collections.Concurrent;
using System.Text.Json;
using VendorGrid.Gateway.Api;
using VendorGrid.Grains;

namespace VendorGrid.Gateway.Contracts;

/// <summary>One page of a list view: the JSON array, and the cursor of the next page (null on the last one).</summary>
public sealed record ViewPage(byte[] Json, string? Next);

/// <summary>
/// The last JSON the gateway received for each contract view, so a repeated read asks the grain "still version V?"
/// and gets a few bytes back instead of the whole view (47 KB for C2's obligations): shipping and copying those bytes
/// through Orleans on every read was about a third of the silo's and gateway's work per request (issue 4's
/// benchmark, docs/PERFORMANCE.md).
///
/// The grain is still asked on every request, so existence, the instant and every recorded fact are checked by
/// the grain as before; this only saves the transfer of bytes the gateway already holds, and a version names one
/// rendering, never reused. Entries are keyed by the grain key, which the handler builds from the caller's
/// tenancy, and the bytes are the same for every caller who may reach that grain. Bounded by <see cref="MaxBytes"/>
/// and <see cref="MaxEntries"/>, with each institution (the tenant the grain key starts with) held to an eighth of
/// either (<see cref="TenantFairCache{TKey,TValue}"/>): one tenant reading many contracts, or one contract at many
/// instants, evicts only its own entries, never everyone else's.
///
/// List views are paged (<see cref="ReadPageAsync"/>): each held version is indexed once (where every item starts
/// and ends) and the unfiltered pages asked for are kept with it, so a warm page read copies nothing.
/// </summary>
public sealed class ContractViewCache(long maxBytes = ContractViewCache.MaxBytes, int maxEntries = ContractViewCache.MaxEntries)
{
    public const long MaxBytes = 64L * 1024 * 1024;
    public const int MaxEntries = 8_192;
    public const int TenantShare = 8;

    /// <summary>Distinct (cursor, limit) pages kept per held version; a client walking further is served uncached.</summary>
    private const int PagesPerVersion = 32;

    private sealed class Held(Guid version, byte[] json, ContractView view)
    {
        public Guid Version { get; } = version;
        public byte[] Json { get; } = json;
        public readonly ConcurrentDictionary<(int From, int Limit), ViewPage> Pages = new();
        private JsonArrayPages? index;
        public JsonArrayPages Index => index ??= JsonArrayPages.Index(Json, KeyFunction(view));
    }

    private readonly TenantFairCache<(string Grain, ContractView View), Held> held = new(maxBytes, maxEntries, TenantShare);

    /// <summary>Whether the view of this grain is held (tests: who was evicted).</summary>
    public bool Holds(string grainKey, ContractView view) => held.TryGet((grainKey, view), out _);

    public long HeldBytes => held.Bytes;
    public int HeldEntries => held.Count;

    /// <summary>The view's JSON as of <paramref name="asOf"/> as known at <paramref name="knownAt"/>, or null when the contract does not exist.</summary>
    public async Task<byte[]?> ReadAsync(IContractGrain grain, ContractView view, DateTimeOffset? asOf, DateTimeOffset? knownAt = null) =>
        (await ReadHeldAsync(grain, view, asOf, knownAt))?.Json;

    /// <summary>
    /// One page of a list view, or null when the contract does not exist. <paramref name="badCursor"/> is set (and the
    /// page null) when the request's cursor is not one this API wrote. <paramref name="select"/> filters items; a
    /// filtered page is cut out of the held bytes but not kept.
    /// </summary>
    public async Task<(ViewPage? Page, bool BadCursor)> ReadPageAsync(
        IContractGrain grain, ContractView view, DateTimeOffset? asOf, DateTimeOffset? knownAt, PageRequest request,
        Func<JsonArrayPages, IReadOnlyList<int>>? select = null)
    {
        var key = (grain.GetPrimaryKeyString(), view);
        if (await ReadHeldAsync(grain, view, asOf, knownAt) is not { } found) return (null, false);
        var index = found.Index;
        var selected = select is null ? index.All : select(index);
        if (index.StartAfter(request.After, selected) is not { } from) return (null, true);
        if (select is not null) return (Cut(index, selected, from, request.Limit), false);
        if (found.Pages.TryGetValue((from, request.Limit), out var kept)) return (kept, false);
        var page = Cut(index, selected, from, request.Limit);
        if (found.Pages.Count < PagesPerVersion && found.Pages.TryAdd((from, request.Limit), page) && !held.TryGrow(key, page.Json.Length))
            found.Pages.TryRemove((from, request.Limit), out _);
        return (page, false);
    }

    private static ViewPage Cut(JsonArrayPages index, IReadOnlyList<int> selected, int from, int limit)
    {
        var count = Math.Min(limit, selected.Count - from);
        var last = from + count - 1;
        var next = from + count < selected.Count ? JsonArrayPages.CursorAt(last, index.KeyAt(selected[last])) : null;
        return new ViewPage(index.Page(selected, from, count), next);
    }

    /// <summary>What names an item of a list view in a cursor: its id, or for service levels the clause and period.</summary>
    private static Func<JsonElement, string> KeyFunction(ContractView view) => view switch
    {
        ContractView.ServiceLevels => item => $"{item.GetProperty("clauseId").GetString()}|{item.GetProperty("periodStart").GetString()}",
        ContractView.Facts => item => item.GetProperty("fact").GetProperty("id").GetString() ?? "",
        _ => item => item.TryGetProperty("id", out var id) ? id.GetString() ?? "" : "",
    };

    private async Task<Held?> ReadHeldAsync(IContractGrain grain, ContractView view, DateTimeOffset? asOf, DateTimeOffset? knownAt)
    {
        var key = (grain.GetPrimaryKeyString(), view);
        var known = held.TryGet(key, out var mine) ? mine : null;
        var answer = await grain.GetViewJsonIfChangedAsync(view, asOf, knownAt, known?.Version ?? Guid.Empty);
        if (answer is null) return null;
        if (answer.Json is null && known is not null && known.Version == answer.Version) return known;
        if (answer.Json is null)  // not expected: the grain saw a version we do not hold
            return await grain.GetViewJsonAsync(view, asOf, knownAt) is { } json ? new Held(Guid.Empty, json, view) : null;
        var fresh = new Held(answer.Version, answer.Json, view);
        held.Set(key, Tenant(key.Item1), fresh, fresh.Json.Length);
        return fresh;
    }

    /// <summary>The institution a contract grain's key starts with (<see cref="GrainKeys.Contract"/>).</summary>
    private static string Tenant(string grainKey) => grainKey.Split('/')[0];
}
