using System.Text.RegularExpressions;

namespace VendorGrid.Domain.Drafting;

/// <summary>
/// Clauses real contracts hold that the format cannot say yet. Each sentence is set aside with its reason before the
/// payment and penalty readers run, so none of them is drafted as a wrong, simpler rule: the user enters it by hand.
/// </summary>
internal static partial class UnsupportedReader
{
    private static readonly (Regex Pattern, string Reason)[] Rules =
    [
        (new(@"履约保证金|履约保函|履约担保"), "performance bond (履约保证金) not supported yet"),
        (new(@"(?:可用率|可用性|服务水平|达标率|SLA)[^。]{0,30}(?:低于|不足|未达到|小于)[^。]{0,40}(?:扣除|扣减|减免|返还)[^。]{0,12}(?:当月|月度|每月|当季|季度)?(?:服务费|费用)"),
            "service credit by availability band on a period's fee not supported yet"),
        (new(@"(?:得分|分数|评分|考核结果|考核系数|系数)[^。]{0,30}(?:支付|付款|结算|服务费)|(?:支付|付款|结算)[^。]{0,30}(?:×|乘以)[^。]{0,12}(?:得分|系数|分数)"),
            "payment scaled by a score or coefficient not supported yet"),
        (new(@"(?:按|每)季度(?:支付|结算)[^。]{0,40}(?:考核|评价|评分)[^。]{0,30}(?:扣除|扣减|扣款)"),
            "quarterly service fee with evaluation deductions not supported yet"),
        (new(@"(?:\d+|[一二三四五六七八九十]+)(?:个工作日|日|天)以内[^。]{0,30}(?:每日|每天|按日)[^。]{0,60}(?:超过|以上)[^。]{0,30}(?:每日|每天|按日)"),
            "stepped rate (a daily rate that changes after N days) not supported yet"),
    ];

    public static void Read(DraftContext context)
    {
        foreach (var p in context.Text.Paragraphs)
        {
            // The rest of a paragraph that opens such a clause belongs to it (低于99%的，扣除当月服务费的10%).
            string? open = null;
            foreach (var s in p.Sentences)
            {
                var reason = Rules.FirstOrDefault(r => r.Pattern.IsMatch(p.Text[s])).Reason ?? open;
                if (reason is null) continue;
                if (reason == open && !Quantities.Rates(p.Text[s]).Any() && !Quantities.Money(p.Text[s]).Any()) continue;
                context.Reject(p, s, reason);
                open = reason;
            }
            // A stepped rate often spans two sentences: 逾期10日以内的，每日…；超过10日的，每日…
            var whole = p.Text.Replace(";", "，").Replace("；", "，").Replace("。", "，");
            if (Rules[^1].Pattern.IsMatch(whole))
                foreach (var s in p.Sentences.Where(s => Quantities.Rates(p.Text[s]).Any()))
                    context.Reject(p, s, Rules[^1].Reason);
        }
    }
}
