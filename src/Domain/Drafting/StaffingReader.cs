using System.Collections.Immutable;
using System.Text.RegularExpressions;
using VendorGrid.Domain.Contracts.Definition;

namespace VendorGrid.Domain.Drafting;

/// <summary>
/// Staffing requirements: roles with a minimum (a staffing table's 岗位 | 3人及以上 | 至少1人具有5年以上…硕士研究生及以上学历,
/// 项目管理团队至少2人, 指派1名运维工程师), and the rules the contract states for every role: on site within N working days
/// of signing (合同签订后7个工作日内到岗), refilled within N (超过1个工作日未及时补充), a change needing notice and consent
/// (更换前必须提前一个月向甲方报备，得到甲方同意), a replacement within N days of a demand (接到通知后的2日内…指派).
/// </summary>
internal static partial class StaffingReader
{
    [GeneratedRegex(@"^(?<n>\d+)人(?:及以上|以上)?$")]
    private static partial Regex HeadCount();

    [GeneratedRegex(@"(?<role>[\p{IsCJKUnifiedIdeographs}]{2,10}(?:团队|负责人|工程师|专员|人员))(?:至少|不少于)(?<n>\d+|[一二三四五六七八九十])(?:人|名)")]
    private static partial Regex TeamMinimum();

    [GeneratedRegex(@"指派(?<n>\d+|[一二三四五六七八九十])名(?<role>[\p{IsCJKUnifiedIdeographs}]{2,10}?(?:工程师|人员|专员|经理))")]
    private static partial Regex Assigned();

    [GeneratedRegex(@"至少(?<n>\d+|[一二三四五六七八九十])人具有(?<years>\d+|[一二三四五六七八九十])年以上")]
    private static partial Regex Qualified();

    [GeneratedRegex(@"(?<edu>博士研究生|硕士研究生|硕士|本科|大专)及以上")]
    private static partial Regex Education();

    public static ImmutableArray<StaffingRequirement> Read(DraftContext context)
    {
        var roles = new List<StaffingRequirement>();
        foreach (var p in context.Text.Paragraphs)
        {
            if (p.IsTableRow)
            {
                var cells = p.Cells().Select(c => p.Text[c].Trim()).ToArray();
                var count = Array.FindIndex(cells, c => HeadCount().IsMatch(c));
                if (count < 1 || cells[count - 1].Length is 0 or > 20) continue;
                var rest = string.Join(" ", cells.Skip(count + 1));
                roles.Add(Role(roles.Count, cells[count - 1], int.Parse(HeadCount().Match(cells[count]).Groups["n"].Value), rest, p.Article));
                continue;
            }
            foreach (var m in new[] { TeamMinimum().Match(p.Text), Assigned().Match(p.Text) }.Where(m => m.Success))
                if (Quantities.Number(m.Groups["n"].Value) is { } n && !roles.Any(r => r.Title == m.Groups["role"].Value))
                    roles.Add(Role(roles.Count, m.Groups["role"].Value, (int)n, p.Text, p.Article));
        }
        if (roles.Count == 0) return [];
        return [.. roles.Select(r => Common(context, r))];
    }

    private static StaffingRequirement Role(int index, string title, int minimum, string rules, string article)
    {
        var qualified = ImmutableArray<QualificationRule>.Empty;
        if (Qualified().Match(rules) is { Success: true } q && Quantities.Number(q.Groups["n"].Value) is { } n && Quantities.Number(q.Groups["years"].Value) is { } years)
            qualified = [new QualificationRule { Count = (int)n, MinYears = (int)years, Education = Education().Match(rules) is { Success: true } e ? e.Value : null }];
        var weekly = Regex.Match(rules, @"每周至少(?:出勤|驻场|到岗)(?<n>\d+|[一二三四五六七])天");
        return new StaffingRequirement
        {
            Role = $"role-{index + 1}", Title = Regex.Replace(title.Trim(), "^[甲乙]方", ""), Article = article.Length > 0 ? article : null, Minimum = minimum, Qualified = qualified,
            OnsiteDaysPerWeek = weekly.Success ? (int?)Quantities.Number(weekly.Groups["n"].Value) : null,
        };
    }

    /// <summary>Rules printed once for the whole team apply to every role.</summary>
    private static StaffingRequirement Common(DraftContext context, StaffingRequirement role)
    {
        foreach (var p in context.Text.Paragraphs.Where(p => !p.IsTableRow))
        {
            var text = p.Text;
            Match m;
            if (role.OnSiteWithin is null && (m = Regex.Match(text, @"(?:签订|签署)后(?<n>\d+|[一二三四五六七八九十]+)个?(?<unit>工作日|日|天)内到岗")).Success)
                role = role with { OnSiteWithin = PenaltyWords.SpanOf(m.Groups["n"].Value, m.Groups["unit"].Value) };
            if (role.RefillWithin is null && (m = Regex.Match(text, @"超过(?<n>\d+|[一二三四五六七八九十]+)个?(?<unit>工作日|日|天)未(?:及时)?(?:补充|补齐|到岗)")).Success)
                role = role with { RefillWithin = PenaltyWords.SpanOf(m.Groups["n"].Value, m.Groups["unit"].Value) };
            if (role.ChangeNotice is null && (m = Regex.Match(text, @"更换前(?:必须|应)?提前(?<n>一|\d+)个?(?<unit>月|工作日|日|天)")).Success)
                role = role with
                {
                    ChangeNotice = m.Groups["unit"].Value == "月" ? new Span { N = (int)(Quantities.Number(m.Groups["n"].Value) ?? 1), Unit = SpanUnit.Months } : PenaltyWords.SpanOf(m.Groups["n"].Value, m.Groups["unit"].Value),
                    ChangeNeedsConsent = Regex.IsMatch(text, "同意后"),
                };
            if (role.ReplacementWithin is null && (m = Regex.Match(text, @"(?:要求)?更换[^。]{0,30}?接到通知后的?(?<n>\d+|[一二三四五六七八九十]+)个?(?<unit>工作日|日|天)内")).Success)
                role = role with { ReplacementWithin = PenaltyWords.SpanOf(m.Groups["n"].Value, m.Groups["unit"].Value) };
        }
        return role;
    }
}
