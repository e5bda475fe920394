using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
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
public sealed record DefinitionChange(string Path, string? Before, string? After)
{
    /// <summary>The article of the clause the member belongs to (第八条第4款), for a row labelled as the contract reads; omitted when it names none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Article { get; init; }

    /// <summary>What changed, in Chinese: the clause by its kind and its title where it has one (义务「系统上线」, 违约责任), or a top-level member (合同总额); omitted when unknown.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Label { get; init; }
}

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
        Compare("", before, after, changes, null);
        return changes.ToImmutable();
    }

    /// <summary>The clause a change sits in: its article and label, from the item as amended (as it was, for a removed one).</summary>
    private sealed record Clause(string? Article, string? Label);

    private static readonly Dictionary<string, string> ClauseKinds = new(StringComparer.Ordinal)
    {
        ["penalties"] = "违约责任", ["obligations"] = "义务", ["payments"] = "付款", ["lineItems"] = "分项", ["staffing"] = "人员配置",
    };

    private static readonly Dictionary<string, string> TopLevel = new(StringComparer.Ordinal)
    {
        ["title"] = "合同名称", ["number"] = "合同编号", ["signedOn"] = "签订日期", ["effectiveOn"] = "生效日期", ["term.start"] = "服务期开始",
        ["term.end"] = "服务期截止", ["total"] = "合同总额", ["vat"] = "税额", ["claimWindowDays"] = "异议期（天）", ["institution"] = "甲方",
        ["vendor"] = "乙方", ["usage"] = "按量计费", ["changeBudget"] = "变更额度", ["confirmation"] = "确认方式", ["reporting"] = "报送",
    };

    private static Clause? ClauseOf(string array, JsonElement? a, JsonElement? b)
    {
        if (!ClauseKinds.TryGetValue(array, out var kind)) return null;
        var item = b ?? a;
        string? Member(string name) => item is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
            && v.GetString() is { Length: > 0 } text ? text : null;
        var title = Member("title") ?? Member("name") ?? Member("label");  // not the summary: our own words, often English and long
        return new Clause(Member("article"), title is null ? kind : $"{kind}「{title}」");
    }

    private static string? TopLevelLabel(string path) =>
        TopLevel.TryGetValue(path, out var label) ? label
        : path.Split('.', '[')[0] is var first && TopLevel.TryGetValue(first, out var parent) ? parent : null;

    private static void Compare(string path, JsonElement? a, JsonElement? b, ImmutableArray<DefinitionChange>.Builder changes, Clause? clause)
    {
        if (a is { ValueKind: JsonValueKind.Object } oa && b is { ValueKind: JsonValueKind.Object } ob)
        {
            var right = ob.EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
            var left = oa.EnumerateObject().Where(p => p.Name != "$schema").ToList();
            foreach (var p in left) Compare(Join(path, p.Name), p.Value, right.TryGetValue(p.Name, out var v) ? v : null, changes, clause);
            foreach (var p in ob.EnumerateObject().Where(p => p.Name != "$schema" && !left.Any(l => l.Name == p.Name)))
                Compare(Join(path, p.Name), null, p.Value, changes, clause);
            return;
        }
        if (a is { ValueKind: JsonValueKind.Array } xa && b is { ValueKind: JsonValueKind.Array } xb)
        {
            // A clause is an item of a top-level array (penalties[c2-late-performance]); its members inherit its article.
            var clauses = path.Length > 0 && clause is null && !path.Contains('.') && !path.Contains('[') ? path : null;
            if (Ids(xa) is { } idsA && Ids(xb) is { } idsB)
            {
                foreach (var (id, item) in idsA)
                {
                    var found = idsB.FirstOrDefault(x => x.Id == id).Item;
                    JsonElement? amended = found.ValueKind == JsonValueKind.Undefined ? null : found;
                    Compare($"{path}[{id}]", item, amended, changes, clauses is null ? clause : ClauseOf(clauses, item, amended));
                }
                foreach (var (id, item) in idsB.Where(x => !idsA.Any(y => y.Id == x.Id)))
                    Compare($"{path}[{id}]", null, item, changes, clauses is null ? clause : ClauseOf(clauses, null, item));
                return;
            }
            var n = Math.Max(xa.GetArrayLength(), xb.GetArrayLength());
            for (var i = 0; i < n; i++)
            {
                JsonElement? was = i < xa.GetArrayLength() ? xa[i] : null, now = i < xb.GetArrayLength() ? xb[i] : null;
                Compare($"{path}[{i}]", was, now, changes, clauses is null ? clause : ClauseOf(clauses, was, now));
            }
            return;
        }
        var before = a is { ValueKind: not JsonValueKind.Undefined } x ? Text(x) : null;
        var after = b is { ValueKind: not JsonValueKind.Undefined } y ? Text(y) : null;
        if (before is null && after is null) return;
        if (a is { } ea && b is { } eb && Same(ea, eb)) return;
        changes.Add(new DefinitionChange(path.Length == 0 ? "$" : path, before, after)
        {
            Article = clause?.Article, Label = clause is null ? TopLevelLabel(path) : clause.Label,
        });
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
