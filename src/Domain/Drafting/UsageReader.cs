using System.Text.RegularExpressions;
using VendorGrid.Domain.Contracts.Definition;

namespace VendorGrid.Domain.Drafting;

/// <summary>
/// Usage pricing: a total printed as an estimate (预估金额/预算) with unit prices per channel (网络预约…0.46元/个,
/// 电话预约…3.94元/个), and the share of an overrun the vendor bears (超出预算金额部分≤1%，由乙方承担).
/// </summary>
internal static partial class UsageReader
{
    [GeneratedRegex(@"(?<channel>网络|网上|线上|互联网|电话|语音|人工)[^,，;；。]{0,12}?(?<price>\d+(?:\.\d+)?)元/(?:个|次|笔|号)")]
    private static partial Regex UnitPrice();

    [GeneratedRegex(@"超出(?:预算|预估)?(?:金额)?部分?(?:≤|不超过|以内)(?<rate>\d+(?:\.\d+)?)%[^。]{0,8}乙方承担")]
    private static partial Regex VendorBorne();

    public static UsageTerms? Read(DraftContext context, DraftDefinition draft)
    {
        foreach (var p in context.Text.Paragraphs)
            foreach (var s in p.Sentences)
            {
                var text = p.Text[s];
                if (!Regex.IsMatch(text, "预估|预算|暂定") || draft.Total is not { } estimate) continue;
                var prices = UnitPrice().Matches(text).Select(m => new UsagePrice
                {
                    Channel = m.Groups["channel"].Value is "电话" or "语音" or "人工" ? "phone" : "online",
                    UnitPrice = decimal.Parse(m.Groups["price"].Value, System.Globalization.CultureInfo.InvariantCulture),
                }).ToList();
                if (prices.Count == 0) continue;
                context.Use(p, s);
                var borne = VendorBorne().Match(text);
                return new UsageTerms
                {
                    Estimate = estimate,
                    Prices = [.. prices],
                    VendorBorneOverrunRate = borne.Success ? decimal.Parse(borne.Groups["rate"].Value, System.Globalization.CultureInfo.InvariantCulture) / 100m : 0.01m,
                    Article = p.Article.Length > 0 ? p.Article : null,
                };
            }
        return null;
    }
}
