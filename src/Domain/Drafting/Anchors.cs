using System.Text.RegularExpressions;
using VendorGrid.Domain.Contracts.Definition;

namespace VendorGrid.Domain.Drafting;

/// <summary>
/// The events deadlines are counted from, as contracts name them: 签订/签字盖章 (signed), 生效 (effective),
/// 验收合格 (accepted), 期满/到期 (term-end), 终止/解除 (terminated). The nearest one before a span is its anchor.
/// </summary>
internal static partial class Anchors
{
    [GeneratedRegex(@"签订生效|签字生效|签署生效|签订|签字|签署|盖章|签章|生效|验收|终验|期满|届满|到期|服务期结束|终止|解除|服务开始|开始服务")]
    private static partial Regex Keyword();

    public static string? EventOf(string keyword) => keyword switch
    {
        "签订生效" or "签字生效" or "签署生效" or "签订" or "签字" or "签署" or "盖章" or "签章" => "signed",
        "生效" => "effective",
        "验收" or "终验" => "accepted",
        "期满" or "届满" or "到期" or "服务期结束" => "term-end",
        "终止" or "解除" => "terminated",
        "服务开始" or "开始服务" => "term-start",
        _ => null,
    };

    /// <summary>The anchor nearest before <paramref name="before"/> in <paramref name="text"/>.</summary>
    public static string? Nearest(string text, int before, int notBefore = 0)
    {
        string? found = null;
        foreach (Match m in Keyword().Matches(text[..before]))
            if (m.Index >= notBefore && CountsFrom(text, m)) found = EventOf(m.Value);
        return found;
    }

    /// <summary>An event counted from reads 验收合格后, 生效之日起, 终止后: 源代码验收、使用过程中 names no moment.</summary>
    private static bool CountsFrom(string text, Match m)
    {
        var after = text.AsSpan(m.Index + m.Length, Math.Min(8, text.Length - m.Index - m.Length));
        return after.IndexOfAny("后起时") >= 0 || after.StartsWith("合格") || after.StartsWith("之日") || after.StartsWith("通过");
    }

    /// <summary>Every anchor in the text, in order.</summary>
    public static IEnumerable<(string Event, int At)> All(string text)
    {
        foreach (Match m in Keyword().Matches(text))
            if (EventOf(m.Value) is { } e) yield return (e, m.Index);
    }

    /// <summary>"Within N after E": the span ends with 内 (N个工作日内, 15日内, 3个月以内).</summary>
    public static IEnumerable<Found<Span>> Withins(string text) =>
        Quantities.Spans(text).Where(s => s.End < text.Length && (text[s.End] == '内' || text.AsSpan(s.End).StartsWith("以内")));
}
