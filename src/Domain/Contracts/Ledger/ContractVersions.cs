using System.Collections.Immutable;
using System.Text.Json;
using VendorGrid.Domain.Contracts.Facts;

namespace VendorGrid.Domain.Contracts.Ledger;

/// <summary>One version as GET /versions lists it: who proposed it when, and who accepted or rejected it when (and why).</summary>
public sealed record VersionItem(int Version, string Title, DateOnly EffectiveFrom, VersionStatus Status, Reporter? ProposedBy,
    DateTimeOffset? ProposedAt, Reporter? DecidedBy, DateTimeOffset? DecidedAt, string? Reason);

/// <summary>
/// One member that differs between two versions: its path (array items named by their <c>id</c> where they have one,
/// e.g. <c>penalties[c2-late-performance].amount.rate</c>) and its value before and after (a string as its text, anything else
/// as JSON; null where it is absent).
/// </summary>
public sealed record DefinitionChange(string Path, string? Before, string? After);

/// <summary>The contract's versions as the API lists them, and what changed from one to another.</summary>
public static class ContractVersions
{
    public static ImmutableArray<VersionItem> List(ContractBook book) =>
        [.. book.Versions.Select(v => new VersionItem(v.Number, v.Title, v.EffectiveFrom, v.Status, v.Proposed?.By, v.Proposed?.RecordedAt,
            v.Decided?.By, v.Decided?.RecordedAt, v.Decided?.Reason))];

    /// <summary>
    /// Member by member, in the order of <paramref name="before"/> (members only <paramref name="after"/> has come last);
    /// arrays of objects with ids are compared item by id, so inserting a line item shows one added item, not a shifted list.
    /// </summary>
    public static ImmutableArray<DefinitionChange> Diff(JsonElement before, JsonElement after)
    {
        var changes = ImmutableArray.CreateBuilder<DefinitionChange>();
        Compare("", before, after, changes);
        return changes.ToImmutable();
    }

    private static void Compare(string path, JsonElement? a, JsonElement? b, ImmutableArray<DefinitionChange>.Builder changes)
    {
        if (a is { ValueKind: JsonValueKind.Object } oa && b is { ValueKind: JsonValueKind.Object } ob)
        {
            var right = ob.EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
            var left = oa.EnumerateObject().Where(p => p.Name != "$schema").ToList();
            foreach (var p in left) Compare(Join(path, p.Name), p.Value, right.TryGetValue(p.Name, out var v) ? v : null, changes);
            foreach (var p in ob.EnumerateObject().Where(p => p.Name != "$schema" && !left.Any(l => l.Name == p.Name)))
                Compare(Join(path, p.Name), null, p.Value, changes);
            return;
        }
        if (a is { ValueKind: JsonValueKind.Array } xa && b is { ValueKind: JsonValueKind.Array } xb)
        {
            if (Ids(xa) is { } idsA && Ids(xb) is { } idsB)
            {
                foreach (var (id, item) in idsA) Compare($"{path}[{id}]", item, idsB.FirstOrDefault(x => x.Id == id).Item, changes);
                foreach (var (id, item) in idsB.Where(x => !idsA.Any(y => y.Id == x.Id))) Compare($"{path}[{id}]", null, item, changes);
                return;
            }
            var n = Math.Max(xa.GetArrayLength(), xb.GetArrayLength());
            for (var i = 0; i < n; i++)
                Compare($"{path}[{i}]", i < xa.GetArrayLength() ? xa[i] : null, i < xb.GetArrayLength() ? xb[i] : null, changes);
            return;
        }
        var before = a is { ValueKind: not JsonValueKind.Undefined } x ? Text(x) : null;
        var after = b is { ValueKind: not JsonValueKind.Undefined } y ? Text(y) : null;
        if (before is null && after is null) return;
        if (a is { } ea && b is { } eb && Same(ea, eb)) return;
        changes.Add(new DefinitionChange(path.Length == 0 ? "$" : path, before, after));
    }

    /// <summary>Numbers compare by value (0.0030 is 0.003), strings by their text however escaped, the rest by their JSON.</summary>
    private static bool Same(JsonElement a, JsonElement b) => (a.ValueKind, b.ValueKind) switch
    {
        (JsonValueKind.Number, JsonValueKind.Number) when a.TryGetDecimal(out var m) && b.TryGetDecimal(out var n) => m == n,
        (JsonValueKind.String, JsonValueKind.String) => a.GetString() == b.GetString(),
        _ => a.ValueKind == b.ValueKind && Text(a) == Text(b),
    };

    /// <summary>A string as its text (no quotes), anything else as its JSON with Chinese written as itself.</summary>
    private static string Text(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : JsonSerializer.Serialize(value, Readable);

    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static List<(string Id, JsonElement Item)>? Ids(JsonElement array)
    {
        var items = new List<(string, JsonElement)>();
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String) return null;
            items.Add((id.GetString()!, item));
        }
        return items.Count > 0 && items.Select(i => i.Item1).Distinct(StringComparer.Ordinal).Count() == items.Count ? items : null;
    }

    private static string Join(string path, string member) => path.Length == 0 ? member : $"{path}.{member}";
}
