using System.Text.Json.Nodes;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Drafting;
using VendorGrid.Tests.Infrastructure;

namespace VendorGrid.Tests.Domain.Drafting;

/// <summary>
/// Drafts each seed contract from its text and matches the draft against the hand-made definition: a hand-made payment
/// or penalty counts as drafted when a drafted one has the same numbers (below) and its source span overlaps the
/// sentence the hand-made one comes from (seed-sentences.tsv).
/// </summary>
public static class SeedDraftComparison
{
    public sealed record Row(string Contract, int Payments, int PaymentsDrafted, int Penalties, int PenaltiesDrafted, string[] Missed);

    /// <summary>What "the same numbers" compares: the formula, not links between clauses, wording or ids.</summary>
    private static readonly string[] PenaltyIgnored = ["id", "article", "summary", "text", "obligations", "roles", "payments", "trigger", "source", "confidence"];

    public static string[] Contracts { get; } =
        ["c1-childrens-internet-hospital-2016", "c2-chaoyang-his-2026", "c3-medical-registration-ops-2024",
         "c4-health-commission-medadmin-ops-2024", "c5-booking-platform-2024"];

    private static readonly Lazy<ILookup<string, (string Id, string Fragment)>> Sentences = new(() =>
        File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "src", "Grains.Tests", "Domain", "Drafting", "seed-sentences.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t'))
            .ToLookup(f => f[0], f => (f[1], f[2])));

    public static string Text(string contract) => File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, "text", contract + ".txt"));

    public static ContractDefinition Seed(string contract) =>
        ContractJson.ParseDefinition(File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, contract + ".json"))).Value!;

    public static Row Compare(string contract)
    {
        var text = Text(contract);
        var seed = Seed(contract);
        var draft = ContractDrafter.Draft(text).Definition;
        var where = Sentences.Value[contract].ToDictionary(s => s.Id, s => Locate(text, s.Fragment));
        var missed = new List<string>();
        var payments = seed.Payments.Count(p => Drafted(p.Id, Payment(p), draft.Payments.Select(d => (Payment(d), d.Source)), where, missed));
        var penalties = seed.Penalties.Count(p => Drafted(p.Id, Penalty(p, seed.Penalties), draft.Penalties.Select(d => (Penalty(d, draft.Penalties), d.Source)), where, missed));
        return new Row(contract, seed.Payments.Length, payments, seed.Penalties.Length, penalties, [.. missed]);
    }

    /// <summary>For each clause not drafted as written by hand: its numbers and those of the drafts over its sentence.</summary>
    public static string Explain(string contract)
    {
        var text = Text(contract);
        var seed = Seed(contract);
        var draft = ContractDrafter.Draft(text).Definition;
        var where = Sentences.Value[contract].ToDictionary(s => s.Id, s => Locate(text, s.Fragment));
        var lines = new List<string>();
        foreach (var p in seed.Penalties)
        {
            var near = draft.Penalties.Where(d => d.Source is { } s && new TextRange(s.Start, s.End).Overlaps(where[p.Id])).ToList();
            if (near.Any(d => Penalty(d, draft.Penalties) == Penalty(p, seed.Penalties))) continue;
            lines.Add($"{p.Id}\n  seed  {p.Trigger} {Penalty(p, seed.Penalties)}");
            lines.AddRange(near.Select(d => $"  draft {d.Trigger} {Penalty(d, draft.Penalties)}  [{d.Confidence?.Reason}]"));
        }
        return string.Join("\n", lines);
    }

    private static bool Drafted(string id, string numbers, IEnumerable<(string Numbers, SourceSpan? Source)> drafted,
        Dictionary<string, TextRange> where, List<string> missed)
    {
        var sentence = where[id];
        var found = drafted.Any(d => d.Numbers == numbers && d.Source is { } s && new TextRange(s.Start, s.End).Overlaps(sentence));
        if (!found) missed.Add(id);
        return found;
    }

    private static TextRange Locate(string text, string fragment)
    {
        var at = text.IndexOf(fragment, StringComparison.Ordinal);
        if (at < 0) throw new InvalidOperationException($"'{fragment}' is not in the text");
        return new TextRange(at, at + fragment.Length);
    }

    private static string Payment(PaymentDefinition p) =>
        Canonical(new JsonObject { ["amount"] = p.Amount, ["share"] = p.Share, ["due"] = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(p.Due, ContractJson.Options)) });

    /// <summary>The clause's numbers; a clause charged alongside another carries that one's numbers in place of its id.</summary>
    private static string Penalty(PenaltyDefinition p, IReadOnlyList<PenaltyDefinition> all)
    {
        var node = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(p, ContractJson.Options))!.AsObject();
        foreach (var member in PenaltyIgnored) node.Remove(member);
        if (p.Alongside is { } other)
            node["alongside"] = all.FirstOrDefault(o => o.Id == other && o.Alongside is null) is { } beside ? Penalty(beside, all) : "(missing)";
        return Canonical(node);
    }

    /// <summary>Members in name order and numbers without trailing zeros, so 904500.0 equals 904500.</summary>
    private static string Canonical(JsonNode? node) => node switch
    {
        JsonObject o => "{" + string.Join(",", o.Where(m => m.Value is not null).OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => $"\"{m.Key}\":{Canonical(m.Value)}")) + "}",
        JsonArray a => "[" + string.Join(",", a.Select(Canonical)) + "]",
        JsonValue v when v.TryGetValue<decimal>(out var d) => (d / 1.0000000000000000000000000000m).ToString(System.Globalization.CultureInfo.InvariantCulture),
        null => "null",
        _ => node.ToJsonString(),
    };

    /// <summary>The per-contract table docs/IMPORT.md carries.</summary>
    public static string Table(IReadOnlyList<Row> rows)
    {
        var lines = new List<string>
        {
            "| contract | payments drafted | penalties drafted | not drafted as written by hand |",
            "|---|---|---|---|",
        };
        lines.AddRange(rows.Select(r => $"| {r.Contract} | {r.PaymentsDrafted} / {r.Payments} | {r.PenaltiesDrafted} / {r.Penalties} | {(r.Missed.Length == 0 ? "—" : string.Join(", ", r.Missed.Select(m => $"`{m}`")))} |"));
        var total = rows.Sum(r => r.Payments + r.Penalties);
        var drafted = rows.Sum(r => r.PaymentsDrafted + r.PenaltiesDrafted);
        lines.Add($"| **all five** | {rows.Sum(r => r.PaymentsDrafted)} / {rows.Sum(r => r.Payments)} | {rows.Sum(r => r.PenaltiesDrafted)} / {rows.Sum(r => r.Penalties)} | **{drafted} / {total} = {100m * drafted / total:0.0} %** |");
        return string.Join("\n", lines);
    }
}
