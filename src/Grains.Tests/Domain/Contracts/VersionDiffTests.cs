using System.Text.Json;
using System.Text.Json.Nodes;
using VendorGrid.Domain.Contracts.Ledger;
using VendorGrid.Tests.Infrastructure;

namespace VendorGrid.Tests.Domain.Contracts;

/// <summary>Issue 18 §3: a diff of two versions names each changed clause by its article, so rows read like the contract.</summary>
public sealed class VersionDiffTests
{
    private static JsonObject C3() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, "c3-medical-registration-ops-2024.json")))!.AsObject();

    private static JsonElement Element(JsonNode node) => JsonDocument.Parse(node.ToJsonString()).RootElement.Clone();

    /// <summary>
    /// C3 extended to 2026-02-10, 第九章9.1's rate 1 % → 2 %, 首付款 due within 30 days instead of 15: the term has no
    /// article but a label; the penalty and the payment carry theirs.
    /// </summary>
    [Fact]
    public void EachChange_CarriesItsClausesArticleAndAChineseLabel()
    {
        var before = C3();
        var after = C3();
        after["term"]!["end"] = "2026-02-10";
        after["penalties"]!.AsArray().Single(p => p!["id"]!.GetValue<string>() == "c3-vendor-delay")!["amount"]!["rate"] = 0.02m;
        after["payments"]![0]!["due"]!["within"]!["n"] = 30;

        var changes = ContractVersions.Diff(Element(before), Element(after));

        Assert.Equal([
            ("term.end", null, "服务期截止"),
            ("payments[c3-pay-advance].due.within.n", "第四章第2款B项", "付款「首付款 50%」"),
            ("penalties[c3-vendor-delay].amount.rate", "第九章9.1", "违约责任"),
        ], changes.Select(c => (c.Path, c.Article, c.Label)));
        var json = JsonSerializer.Serialize(changes[0]);
        Assert.DoesNotContain("Article", json, StringComparison.Ordinal);  // omitted, never null
    }
}
