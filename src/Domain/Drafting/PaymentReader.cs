using System.Collections.Immutable;
using System.Text.RegularExpressions;
using VendorGrid.Domain.Contracts.Definition;

namespace VendorGrid.Domain.Drafting;

/// <summary>
/// The payment schedule: each sentence that pays a share or an amount (首付款…30%…¥291,600…签字盖章后30个工作日内支付)
/// becomes an installment with its share, gross, due rule (anchor + span, a date such as 2024年9月底前, or the
/// anchor alone: 通过验收后…支付) and the conditions it names. An invoice rule anywhere (未提供发票…有权拒付) makes
/// the invoice a condition of every installment; 付款期限届满前5个工作日…发票 is the invoice lead time.
/// </summary>
internal static partial class PaymentReader
{
    [GeneratedRegex(@"支付|付款|付清|结算")]
    private static partial Regex PayVerb();

    [GeneratedRegex(@"违约金|违约责任|罚|扣除|扣减|赔偿|退还|返还|退回")]
    private static partial Regex NotAPayment();

    [GeneratedRegex(@"首付款|预付款|尾款|进度款|质保金|验收款|第[一二三四五六七八九十\d]+(?:次|笔|期)(?:支付|付款|款)?")]
    private static partial Regex InstallmentLabel();

    [GeneratedRegex(@"发票")]
    private static partial Regex Invoice();

    [GeneratedRegex(@"(?:付款|支付)(?:期限)?(?:届满|到期)?前(?<n>\d+|[一二三四五六七八九十]+)个?(?<wd>工作日|日|天)")]
    private static partial Regex InvoiceLead();

    [GeneratedRegex(@"下一?年度|次年")]
    private static partial Regex NextYear();

    [GeneratedRegex(@"前(?<n>\d+|[一二三四五六七八九十]+)个月")]
    private static partial Regex FirstMonths();

    private static readonly (string Pattern, PaymentCondition Condition)[] ConditionWords =
    [
        ("总结报告", PaymentCondition.SummaryReport), ("验收|终验", PaymentCondition.Acceptance), ("稳定运行|正常运行|正常安全稳定", PaymentCondition.StableOperation),
        ("无违约|未出现违约|无任何违约|没有违约", PaymentCondition.NoBreach), ("财政资金|资金到位|资金到账", PaymentCondition.FundsReceived),
        ("核实确认|核算|核定", PaymentCondition.UsageVerified),
    ];

    public static ImmutableArray<PaymentDefinition> Read(DraftContext context, DraftDefinition draft)
    {
        var (invoice, lead) = InvoiceRule(context);
        var payments = ImmutableArray.CreateBuilder<PaymentDefinition>();
        Paragraph? previous = null;
        foreach (var p in context.Text.Paragraphs.Where(p => !p.IsTableRow))
        {
            foreach (var s in p.Sentences)
                if (ReadOne(context, draft, p, s, previous, payments.Count + 1) is { } payment)
                {
                    payments.Add(payment with
                    {
                        Conditions = invoice ? [.. payment.Conditions, PaymentCondition.Invoice] : payment.Conditions,
                        InvoiceLeadTime = lead,
                    });
                    context.Use(p, s);
                }
            previous = p;
        }
        if (draft.Total is { } total && payments.Count > 0 && payments.All(x => x.Amount is not null) && payments.Sum(x => x.Amount) != total)
            context.Warn("payments", $"the installments add up to {Money.Cny.Format(payments.Sum(x => x.Amount!.Value))}, not the total {Money.Cny.Format(total)}");
        return payments.ToImmutable();
    }

    private static PaymentDefinition? ReadOne(DraftContext context, DraftDefinition draft, Paragraph p, Range s, Paragraph? previous, int number)
    {
        var text = p.Text[s];
        if (context.IsRejected(p, s)) return null;
        if (!PayVerb().IsMatch(text) || NotAPayment().IsMatch(text)) return null;
        var label = InstallmentLabel().Match(text);
        if (!label.Success && !Regex.IsMatch(text, "款|费|价")) return null;
        var share = Quantities.Rates(text).Where(r => r.Value is > 0 and <= 1).Select(r => (decimal?)r.Value).FirstOrDefault();
        var amounts = Quantities.Money(text).Concat(Quantities.CapitalMoney(text)).Where(a => a.Value > 100).ToList();
        decimal? amount = amounts.Count == 0 ? null : amounts.OrderBy(a => text[a.Start] == '¥' ? 0 : 1).First().Value;
        if (share is null && amount is null && !label.Success) return null;
        if (amount is not null && draft.Total is { } t && amount >= t && share is null) return null;

        var due = Due(draft, text);
        var where = p.Source(s);
        if (due is null)
        {
            if (share is not null || amount is not null) context.Unrecognize(p, s, "payment without a due date or event that the format can hold");
            return null;
        }
        var reasons = new List<string>();
        if (amount is null && share is { } sh && draft.Total is { } total)
        {
            amount = Money.Cny.RoundToFen(total * sh);
            reasons.Add("amount computed as share × total");
        }
        else if (amount is { } a && share is { } sh2 && draft.Total is { } total2 && Money.Cny.RoundToFen(total2 * sh2) != a)
            context.Warn($"payments[{number - 1}].amount", $"{Money.Cny.Format(a)} is not {sh2:P0} of the total {Money.Cny.Format(total2)}", where);
        if (due.Value.Reason is { } dueReason) reasons.Add(dueReason);

        var usage = draft.Usage is not null && amount is null;
        var conditions = ConditionWords.Select(c => (c.Condition, Match: Regex.Match(text, c.Pattern)))
            .Where(c => c.Match.Success && (usage || c.Condition != PaymentCondition.UsageVerified)).OrderBy(c => c.Match.Index).Select(c => c.Condition).Distinct();
        var payment = new PaymentDefinition
        {
            Id = $"pay-{number}",
            Label = Label(label.Success ? label.Value : previous is { } h && h.Text.Length <= 12 && h.Text.EndsWith(':') ? h.Text.TrimEnd(':').TrimStart("0123456789、.".ToCharArray()) : $"第{number}笔", share),
            Article = p.Article.Length > 0 ? p.Article : null,
            Amount = amount,
            Share = share,
            Due = due.Value.Rule,
            Conditions = [.. conditions],
            Source = DraftContext.Span(where),
            Confidence = DraftContext.Confidence(reasons.Count == 0 ? ConfidenceLevel.High : ConfidenceLevel.Medium,
                reasons.Count == 0 ? "share, amount and due rule printed in one sentence" : string.Join("; ", reasons)),
        };
        return usage ? UsagePeriod(draft, text, payment) : payment;
    }

    private static string Label(string name, decimal? share) => share is { } s ? $"{name} {s * 100:0.##}%" : name;

    private static (DueRule Rule, string? Reason)? Due(DraftDefinition draft, string text)
    {
        var verbs = PayVerb().Matches(text).Select(m => m.Index).ToArray();
        var withins = Anchors.Withins(text).Where(w => verbs.Any(v => v > w.End)).ToList();
        if (withins.Count > 0)
        {
            var span = withins.MinBy(w => verbs.Where(v => v > w.End).Min() - w.End);
            if (Anchors.Nearest(text, span.Start) is { } anchor)
                return (new DueRule { From = new Anchor { Event = anchor }, Within = span.Value }, null);
        }
        var dates = Quantities.Dates(text).Where(d => d.End < text.Length && text.AsSpan(d.End).TrimStart("之以").StartsWith("前")).ToList();
        if (dates.Count > 0) return (new DueRule { From = new Anchor { Date = dates[^1].Value } }, null);
        if (NextYear().IsMatch(text) && draft.Term is { } term)
            return (new DueRule { From = new Anchor { Date = new DateOnly(term.Start.Year + 1, 12, 31) } },
                "下一年度 read as the end of the year after the term starts");
        var anchors = Anchors.All(text).Where(a => text.AsSpan(a.At).IndexOf('后') is >= 0 and < 12).Select(a => a.Event).ToList();
        var latest = new[] { "accepted", "term-end", "terminated", "effective", "signed" }.FirstOrDefault(anchors.Contains);
        return latest is null ? null : (new DueRule { From = new Anchor { Event = latest } }, "no period printed: due when the event happens");
    }

    /// <summary>Usage-priced installments: 前6个月 covers the term's first six months; 剩余 is the balance of the year.</summary>
    private static PaymentDefinition UsagePeriod(DraftDefinition draft, string text, PaymentDefinition payment)
    {
        if (text.Contains("剩余")) return payment with { Balance = true };
        if (FirstMonths().Match(text) is { Success: true } m && draft.Term is { } term && Quantities.Number(m.Groups["n"].Value) is { } n)
        {
            var from = new DateOnly(term.Start.Year, term.Start.Month, 1);
            return payment with { UsageFrom = from, UsageTo = from.AddMonths((int)n - 1) };
        }
        return payment;
    }

    private static (bool Invoice, Span? Lead) InvoiceRule(DraftContext context)
    {
        var invoice = false;
        Span? lead = null;
        foreach (var p in context.Text.Paragraphs)
            foreach (var s in p.Sentences)
            {
                var text = p.Text[s];
                if (!Invoice().IsMatch(text) || !PayVerb().IsMatch(text)) continue;
                if (!Regex.IsMatch(text, "拒付|拒绝付款|顺延|暂停付款|延期付款|付款前|支付前|方可付款|方可支付|同时")) continue;
                invoice = true;
                context.Use(p, s);
                if (InvoiceLead().Match(text) is { Success: true } m && Quantities.Number(m.Groups["n"].Value) is { } n)
                    lead = new Span { N = (int)n, Unit = m.Groups["wd"].Value == "工作日" ? SpanUnit.WorkingDays : SpanUnit.CalendarDays };
            }
        return (invoice, lead);
    }
}
