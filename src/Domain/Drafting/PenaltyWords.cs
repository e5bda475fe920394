using System.Text.RegularExpressions;
using VendorGrid.Domain.Contracts.Definition;

namespace VendorGrid.Domain.Drafting;

/// <summary>The vocabulary of 违约责任 clauses: bases, units, caps, payers, termination rights.</summary>
internal static partial class PenaltyWords
{
    [GeneratedRegex(@"违约金|违约责任|违约赔偿|扣除|扣减|扣罚|加罚|罚款|罚金|存放费|滞纳金")]
    public static partial Regex Penalty();

    [GeneratedRegex(@"(?:有权|可以?|可向|可在|亦有权)[^。;]{0,40}?(?:解除|终止)[^。;,，]{0,8}?(?:合同|协议)")]
    public static partial Regex TerminationRight();

    [GeneratedRegex(@"最高限额|最多不超过|最高不超过|不得超过|不超过|不应超过|上限为|以此为限|总额不超过|总值不得超过")]
    public static partial Regex Cap();

    [GeneratedRegex(@"按次/天/人|按天/人|按人/天|每人每天|每人每日|按人按天|/人/天|/人/日")]
    public static partial Regex PerPersonDay();

    [GeneratedRegex(@"按次/人|每人次|每人每次|按人次|/人/次|/次/人")]
    public static partial Regex PerPersonOccurrence();

    [GeneratedRegex(@"每(?:逾期|延期|推迟|迟延|延迟|超过|拖延)?(?<n>\d+|[一二两三四五六七八九十]+)(?:个)?(?<unit>工作日|日|天|小时)")]
    public static partial Regex PerUnit();

    [GeneratedRegex(@"每日|每天|按日|按天|逾期一日|逾期一天")]
    public static partial Regex PerDayWord();

    [GeneratedRegex(@"按次|每次|每发生一次|每一次|每一项|每项|每起|每例|每件")]
    public static partial Regex PerOccurrence();

    [GeneratedRegex(@"(?<a>\d+(?:\.\d+)?)(?<ap>%)?[-~至到](?<b>\d+(?:\.\d+)?)(?<bp>%|元)")]
    public static partial Regex Range();

    [GeneratedRegex(@"累计[^\d一二两三四五六七八九十,，。;；]{0,4}?(?:达到|超过|满)?(?<n>\d+|[一二两三四五六七八九十]+)(?:个)?(?<unit>日|天|工作日|次)")]
    public static partial Regex Cumulative();

    [GeneratedRegex(@"(?<n>两|二|三|\d)次(?:书面)?(?:提醒|催告|催款|催促|通知)")]
    public static partial Regex Reminders();

    [GeneratedRegex(@"间隔(?:时间)?(?:不少于|不低于|至少|不短于)(?<span>.{1,6}?)(?:[,，。;]|$)")]
    public static partial Regex ReminderGap();

    [GeneratedRegex(@"超过(?<n>\d+|[一二两三四五六七八九十]+)(?:个)?小时.{0,4}每(?:增加|超过|延长)(?<m>\d+|[一二两三四五六七八九十]+)(?:个)?小时")]
    public static partial Regex Tiers();

    /// <summary>
    /// A refund of what was paid: all of it (退还已经支付的全部费用) or the part not yet earned (退还已支付但未履行期间的费用,
    /// group <c>unearned</c>). "退还已支付的费用" alone names neither and is not read.
    /// </summary>
    [GeneratedRegex(@"退还(?:甲方|对方)?已(?:经)?支付(?:的)?(?:(?<unearned>但(?:尚)?未(?:履行|提供服务|服务)(?:期间|部分)的?)|全部)(?:款项|费用|合同款|价款)")]
    public static partial Regex Refund();

    /// <summary>
    /// The charge waits for a rectification period to end unrectified: 整改期限内未能完成补救, 合理期限内整改, 在约定期限内
    /// …解决, 合理期限内纠正, 宽限期内仍然无法完成.
    /// </summary>
    [GeneratedRegex(@"(?:整改期限|合理期限|约定期限|宽限期)[^。；;]{0,12}?(?:整改|改正|修复|弥补|补救|纠正|解决|完成|履行)")]
    public static partial Regex Rectification();

    /// <summary>Costs the institution incurs and passes on, with no amount printed (要求乙方承担处置费用).</summary>
    [GeneratedRegex(@"(?:承担|支付|赔偿)(?<kind>处置|清理|清运|搬运|拆除|保管)(?:所需的?)?费用")]
    public static partial Regex IncurredCosts();

    /// <summary>Belongings deemed abandoned after N days (若超过15日…视为乙方放弃所有权): a daily charge stops accruing.</summary>
    [GeneratedRegex(@"超过\s*(?<n>\d+|[一二两三四五六七八九十]+)\s*(?:个)?(?<unit>日|天)[^。；;]{0,24}?视(?:为|同)[^。；;]{0,8}?放弃")]
    public static partial Regex Abandoned();

    /// <summary>A right that arises once force majeure lasts N days or more (不可抗力事件的影响持续一百二十日（120）日以上).</summary>
    [GeneratedRegex(@"不可抗力[^。]{0,40}?持续(?:时间)?(?:超过|达到)?\s*(?<n>\d+|[〇零一二两三四五六七八九十百]+)[^。，,以]{0,8}?(?<unit>工作日|日|天)以上")]
    public static partial Regex ForceMajeure();

    /// <summary>A refund due of a pro-rata settlement (按实际运维时间按比例进行结算, 已经支付的合同款多于应支付的): the unearned part.</summary>
    [GeneratedRegex(@"按[^。，,]{0,12}?比例[^。，,]{0,4}?结算|多于应(?:当)?支付|未履行期间")]
    public static partial Regex ProRata();

    [GeneratedRegex(@"按(?:照)?(?:本)?合同(?:的)?(?:约定|规定)(?:承担|追究)|依据有关法律|法律责任|相应(?:的)?违约责任")]
    public static partial Regex Reference();

    [GeneratedRegex(@"(?:催告|通知|要求)后.{0,10}?(?:超过|逾|满)(?<n>\d+|[一二两三四五六七八九十]+)(?:个)?(?<unit>工作日|日|天)")]
    public static partial Regex CureLimit();

    [GeneratedRegex(@"逾期超过(?<n>\d+|[一二两三四五六七八九十]+)(?:个)?(?<unit>工作日|日|天)")]
    public static partial Regex LateThreshold();

    private static readonly (string Pattern, AmountBase? Base, string? Note)[] Bases =
    [
        ("应付未付金额|应付未付|未付款项|未付款|逾期付款部分|逾期付款金额|逾期金额|欠付金额|欠款", AmountBase.UnpaidAmount, null),
        ("延期项目金额|该项金额|该项目金额|延期部分(?:的)?金额|相应项目金额|该部分金额", AmountBase.LineItem, null),
        ("未完成部分|未履行部分|未交付部分", AmountBase.LineItem, "未完成部分 read as the amount of the unfinished line item, which the occurrence names"),
        ("应返还款项|应退还款项|应返还|应退还", AmountBase.PaidAmount, "a refund is not a base of the format: paid-amount is its upper bound, pinned when confirming"),
        ("已支付|已付款", AmountBase.PaidAmount, null),
        ("预估金额|预算金额|暂定金额", AmountBase.Estimate, null),
        ("月服务费|当月服务费|季度服务费|当季服务费|年度服务费|服务费", null, "a base of a month's or quarter's fee is not supported yet"),
        ("合同总金额|合同总价款|总价款|合同总价|合同总额|合同金额|合同价款|合同价格|合同约定价款|合同总值|项目金额|项目总金额|项目费用|合同年度金额|总金额|合同款|合同总费用", AmountBase.ContractTotal, null),
    ];

    /// <summary>The base named in the few characters before a rate; (null, null, null) when none is named.</summary>
    public static (AmountBase? Base, string? Note, bool Named) BaseBefore(string text, int rateStart)
    {
        var window = text[Math.Max(0, rateStart - 16)..rateStart];
        (AmountBase? Base, string? Note, int At) best = (null, null, -1);
        foreach (var (pattern, amountBase, note) in Bases)
            foreach (Match m in Regex.Matches(window, pattern))
                if (m.Index + m.Length > best.At) best = (amountBase, note, m.Index + m.Length);
        return best.At < 0 ? (null, null, false) : (best.Base, best.Note, true);
    }

    public static Span? SpanOf(string n, string unit) => Quantities.Number(n) is { } value
        ? new Span { N = (int)value, Unit = unit switch { "工作日" => SpanUnit.WorkingDays, "小时" => SpanUnit.Hours, _ => SpanUnit.CalendarDays } }
        : null;
}
