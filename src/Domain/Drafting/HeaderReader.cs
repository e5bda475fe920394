using System.Text.RegularExpressions;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Money;

namespace VendorGrid.Domain.Drafting;

/// <summary>
/// The contract's own facts: number, title, signing date, term, total and VAT. Every amount printed both in figures
/// and in 大写 is checked: when the two disagree, a warning names the sentence (the figures are kept).
/// </summary>
internal static partial class HeaderReader
{
    [GeneratedRegex(@"(?:合同编号|合同号|编号):(?<number>[^\t:]{3,60})$")]
    private static partial Regex Number();

    [GeneratedRegex(@"^(?:签订时间|签订日期|签约日期|签约时间|签署日期|签署时间|合同签订日期):?")]
    private static partial Regex SignedLabel();

    [GeneratedRegex(@"(?:合同期限|服务期限|服务期间|服务期|有效期|履行期限|合作期限|运维期|期间|期限)(?:为|是|:|自|从)*(?<from>.{6,14}?日)(?:起)?(?:至|到|-|~)(?<to>.{6,14}?日)")]
    private static partial Regex TermRange();

    [GeneratedRegex(@"(?:合同期|服务期|合同期限|服务期限|有效期)(?:限)?为(?<n>\d+|[一二两三四五六七八九十]+)(?<unit>年|个月)[,，]?自(?:本)?合同(?<anchor>签订|签署|生效)")]
    private static partial Regex TermDuration();

    [GeneratedRegex(@"总价款|总金额|合同价款|合同总价|总计|合计|维护费用|合同金额为|总额为|总费用")]
    private static partial Regex TotalWords();

    [GeneratedRegex(@"自.{0,30}(?:签字|签章|盖章|签署).{0,12}(?:之日起|后)生效")]
    private static partial Regex EffectiveOnSigning();

    [GeneratedRegex(@"(?<!不|不含|含)增值税(?:金额|税额|税款)?(?:为)?")]
    private static partial Regex Vat();

    public static DraftDefinition Read(DraftContext context, DraftDefinition draft)
    {
        var paragraphs = context.Text.Paragraphs;
        draft = draft with { Number = paragraphs.Select(p => Number().Match(p.Text)).FirstOrDefault(m => m.Success)?.Groups["number"].Value };
        draft = draft with { Title = Title(paragraphs) };
        draft = draft with { SignedOn = SignedOn(context) };
        if (draft.SignedOn is { } signed && paragraphs.Any(p => EffectiveOnSigning().IsMatch(p.Text))) draft = draft with { EffectiveOn = signed };
        draft = draft with { Term = Term(context, draft) };
        var (total, vat) = Total(context);
        draft = draft with { Total = total, Vat = vat };
        CheckFiguresAgainstWords(context);
        return draft;
    }

    private static string? Title(IReadOnlyList<Paragraph> paragraphs)
    {
        var lead = paragraphs.Take(8).TakeWhile(p => !p.Text.Contains(':') && !p.Text.Contains("甲方") && !Quantities.Dates(p.Text).Any()
            && !Regex.IsMatch(p.Text, "^[〇零一二三四五六七八九]{4}年")).Select(p => p.Text).ToList();
        var project = paragraphs.Take(12).Select(p => Regex.Match(p.Text, "^项目名称:(?<name>.+)$")).FirstOrDefault(m => m.Success)?.Groups["name"].Value;
        // A first line that only repeats the institution before the title proper (首都医科大学附属北京朝阳医院 / 北京朝阳医院…合同书).
        while (lead.Count > 1 && !Regex.IsMatch(lead[0], "合同|协议") && lead.Skip(1).Any(l => lead[0].Contains(l))) lead.RemoveAt(0);
        var title = string.Concat(lead);
        if (project is not null && !title.Contains(project)) title = $"{project} {title}".Trim();
        return title.Length == 0 ? null : title;
    }

    private static DateOnly? SignedOn(DraftContext context)
    {
        DateOnly? labelled = null, signature = null;
        var warned = new HashSet<DateOnly>();
        foreach (var p in context.Text.Paragraphs)
        {
            var label = SignedLabel().Match(p.Text);
            var dates = Quantities.Dates(p.Text).ToList();
            if (label.Success && dates.Count > 0 && labelled is null) labelled = dates[0].Value;
            // A line that is only a date, or 日期：date, is a signature block's date.
            var bare = Regex.IsMatch(p.Text, @"^(?:日期:)?[\d年月日.\-/]+$") && dates.Count == 1;
            if (bare && signature is null) signature = dates[0].Value;
            if (bare && labelled is { } l && dates[0].Value != l && warned.Add(dates[0].Value))
                context.Warn("signedOn", $"a signature date {dates[0].Value:yyyy-MM-dd} differs from the printed signing date {l:yyyy-MM-dd}", p.Whole);
        }
        var signed = labelled ?? signature;
        if (signed is null) context.Warn("signedOn", "no signing date found (签订时间, or a date under the signatures): enter it");
        return signed;
    }

    private static Term? Term(DraftContext context, DraftDefinition draft)
    {
        foreach (var p in context.Text.Paragraphs)
        {
            var range = TermRange().Match(p.Text);
            if (range.Success && Quantities.Dates(range.Groups["from"].Value).FirstOrDefault() is { Value: var from } f && f != default
                && Quantities.Dates(range.Groups["to"].Value).FirstOrDefault() is { Value: var to } t && t != default && from <= to)
                return new Term { Start = from, End = to };
        }
        foreach (var p in context.Text.Paragraphs)
        {
            var duration = TermDuration().Match(p.Text);
            if (!duration.Success || Quantities.Number(duration.Groups["n"].Value) is not { } n) continue;
            var start = duration.Groups["anchor"].Value == "生效" ? draft.EffectiveOn ?? draft.SignedOn : draft.SignedOn;
            if (start is null) continue;
            var months = (int)n * (duration.Groups["unit"].Value == "年" ? 12 : 1);
            return new Term { Start = start.Value, End = start.Value.AddMonths(months).AddDays(-1) };
        }
        context.Warn("term", "no service term found (合同期限 … 至 …, or 合同期为N年): enter it");
        return null;
    }

    /// <summary>The largest amount printed in a sentence about the total (总价款, 总金额, 合同价款, 总计, 合计).</summary>
    private static (decimal? Total, decimal? Vat) Total(DraftContext context)
    {
        decimal? total = null, vat = null;
        foreach (var p in context.Text.Paragraphs)
            foreach (var s in p.Sentences)
            {
                var text = p.Text[s];
                var amounts = Quantities.Money(text).Select(a => a.Value).Concat(Quantities.CapitalMoney(text).Select(a => a.Value)).ToList();
                if (amounts.Count == 0) continue;
                if (Vat().Match(text) is { Success: true } label)
                {
                    vat ??= Quantities.Money(text).Concat(Quantities.CapitalMoney(text)).Where(a => a.Start >= label.Index).OrderBy(a => a.Start).Select(a => (decimal?)a.Value).FirstOrDefault();
                    continue;
                }
                if (!TotalWords().IsMatch(text) || text.Contains("增值税")) continue;
                if (total is null || amounts.Max() > total) total = amounts.Max();
            }
        if (total is null) context.Warn("total", "no contract total found (总价款, 合同价款, 总计): enter it");
        if (vat > total) vat = null;
        return (total, vat);
    }

    /// <summary>Each 大写 amount against the figures printed next to it in the same sentence or row.</summary>
    private static void CheckFiguresAgainstWords(DraftContext context)
    {
        foreach (var p in context.Text.Paragraphs)
            foreach (var s in p.IsTableRow ? [0..p.Text.Length] : p.Sentences)
            {
                var text = p.Text[s];
                var figures = Quantities.Money(text).ToList();
                foreach (var words in Quantities.CapitalMoney(text))
                {
                    if (figures.Count == 0) continue;
                    var nearest = figures.MinBy(f => Math.Min(Math.Abs(f.Start - words.End), Math.Abs(words.Start - f.End)));
                    if (nearest.Value == words.Value) continue;
                    var (offset, _) = s.GetOffsetAndLength(p.Text.Length);
                    context.Warn("total", $"the figures {Cny.Format(nearest.Value)} and the 大写 {text[words.Start..words.End]} ({Cny.Format(words.Value)}) disagree",
                        p.Source(offset + Math.Min(words.Start, nearest.Start), offset + Math.Max(words.End, nearest.End)));
                }
            }
    }
}
