using System.Collections.Immutable;
using System.Text.RegularExpressions;
using VendorGrid.Domain.Contracts.Definition;

namespace VendorGrid.Domain.Drafting;

/// <summary>
/// Obligations with their deadlines and recurrences: one-off duties (签订之日起45个自然日内完成…), monthly duties by a day
/// (每月3日前提交上一月的…), quarterly and half-yearly reports (每三个月提交…, 每半年期结束后15个工作日内), duties after each
/// event (每次巡检结束后3日内), counted minimums (每年不少于4次, 至少半年一次), the client's review with deemed approval
/// (收到…后14日内…评审…未提出质疑的，视为…), notices (到期日前7天…通知, 提前30天通知), response clocks (1小时应答，4小时恢复)
/// and service levels (可用率为99.5%, 服务水平大于90%, 95%以上的呼叫接通时间小于30秒).
/// </summary>
internal static partial class ObligationReader
{
    [GeneratedRegex(@"每月(?<d>\d{1,2}|[一二三四五六七八九十]{1,3})[日号](?:前|之前|以前)")]
    private static partial Regex MonthlyByDay();

    [GeneratedRegex(@"每(?:个)?(?<every>季度|三个月|半年|周|月|年)(?:期)?(?:结束后(?<n>\d+|[一二三四五六七八九十]+)个?(?<unit>工作日|日|天)内)?[^。;]{0,40}?(?:提交|报送|报告|汇报|提供)")]
    private static partial Regex Periodic();

    [GeneratedRegex(@"周期[:：]?每(?<every>月|季度|周|年)")]
    private static partial Regex PeriodLabel();

    [GeneratedRegex(@"每次(?<act>[^,，。;]{1,10}?)(?:结束|完成)?后(?<n>\d+|[一二三四五六七八九十]+)个?(?<unit>工作日|日|天)内")]
    private static partial Regex AfterEach();

    [GeneratedRegex(@"每(?<per>年|月|季度|半年)(?:不少于|至少)[^。;，,]{0,12}?(?<n>\d+|[一二两三四五六七八九十])次|(?:至少|不少于)(?<per2>每?半年|每?年|每?月|每?季度)[^。;，,]{0,10}?(?<n2>一|\d)次|每(?<per3>年|月|季度)至少(?:组织|进行|开展)?(?<n3>一|\d)次")]
    private static partial Regex Minimum();

    [GeneratedRegex(@"(?:收到|提交)[^。;]{0,24}?后(?<n>\d+|[一二三四五六七八九十]+)个?(?<unit>工作日|日|天)内[^。;]{0,30}?(?:评审|审核|审查|确认|质疑|异议|意见)")]
    private static partial Regex Review();

    [GeneratedRegex(@"(?:到期日?前|期满前|提前)(?<n>\d+|[一二三四五六七八九十百]+)个?(?<unit>天|日|工作日|个月|月)[^。;]{0,20}?通知")]
    private static partial Regex Notice();

    [GeneratedRegex(@"(?<n>\d+|[一二三四五六七八九十]+)(?:个)?(?<unit>分钟|小时)(?:内)?[^,，。;0-9]{0,6}?(?<what>应答|响应|反馈|回复|到达|赶到|抵达|到场|恢复|解决|排除|修复)")]
    private static partial Regex Clock();

    [GeneratedRegex(@"(?<metric>可用率|可用性|服务水平|接通率)(?:应)?(?<op>为|达到|大于|高于|超过|不低于|≥|不小于)(?<v>\d+(?:\.\d+)?)%|(?<v2>\d+(?:\.\d+)?)%以上的呼叫接通时间(?:小于|少于|不超过)(?<s>\d+)秒")]
    private static partial Regex ServiceLevel();

    public static ImmutableArray<ObligationDefinition> Read(DraftContext context, List<ObligationDefinition> deadlines)
    {
        var found = new List<ObligationDefinition>(deadlines);
        foreach (var p in context.Text.Paragraphs.Where(p => !p.IsTableRow))
            foreach (var s in p.Sentences)
            {
                if (context.IsRejected(p, s) || context.IsUsed(p, s)) continue;
                var text = p.Text[s];
                var before = found.Count;
                ReadSentence(context, p, s, text, found);
                if (found.Count > before) context.Use(p, s);
            }
        return [.. found];
    }

    private static void ReadSentence(DraftContext context, Paragraph p, Range s, string text, List<ObligationDefinition> found)
    {
        // The subject is the first party named that is not an object (向乙方, 对乙方, 给甲方).
        var party = (Subject(text, 15) ?? Subject(p.Text, p.Text.Length)) == "甲方" ? ObligationParty.Client : ObligationParty.Vendor;
        ObligationDefinition Make(string prefix, ObligationKind kind, string summary, ConfidenceLevel level, string reason) => new()
        {
            Id = $"{prefix}-{found.Count + 1}",
            Article = p.Article.Length > 0 ? p.Article : "正文",
            Title = Title(p, text),
            Summary = summary,
            Party = party,
            Kind = kind,
            Source = DraftContext.Span(p.Source(s)),
            Confidence = DraftContext.Confidence(level, reason),
        };
        Match m;
        if ((m = Review().Match(text)).Success && Regex.IsMatch(p.Text, "视为") && found.LastOrDefault(o => o.Kind is ObligationKind.Recurring or ObligationKind.OneOff && o.Party == ObligationParty.Vendor) is { } reviewed
            && Span(m) is { } reviewSpan)
        {
            found.Add(Make("review", ObligationKind.Review, $"The client reviews each submission of {reviewed.Id} within {reviewSpan.N} {DeadlineReader.Words(reviewSpan.Unit)}; silence is approval.",
                ConfidenceLevel.Medium, "the reviewed duty is the nearest one before this sentence") with
            { Party = ObligationParty.Client, Review = new ReviewRule { Of = reviewed.Id, Within = reviewSpan } });
            return;
        }
        if ((m = MonthlyByDay().Match(text)).Success && Quantities.Number(m.Groups["d"].Value) is { } day)
        {
            var previousMonth = Regex.IsMatch(text, "上一?月|上个月|前一月");
            found.Add(Make("monthly", ObligationKind.Recurring, $"Every month by day {day}{(previousMonth ? ", for the month before" : "")}.", ConfidenceLevel.High,
                "每月N日前: a calendar month's duty by that day") with
            { Recurrence = new Recurrence { Every = Frequency.Month, Align = PeriodAlignment.Calendar, RelativeTo = previousMonth ? PeriodReference.PeriodEnd : PeriodReference.PeriodStart, DayOfMonth = (int)day } });
            return;
        }
        if ((m = AfterEach().Match(text)).Success && Span(m) is { } afterSpan)
        {
            found.Add(Make("after-each", ObligationKind.AfterEach, $"Within {afterSpan.N} {DeadlineReader.Words(afterSpan.Unit)} after each {m.Groups["act"].Value}.", ConfidenceLevel.High,
                "每次…后N日内: due after every recorded occurrence") with
            { AfterEach = new AfterEachRule { Activity = $"activity-{found.Count + 1}", Within = afterSpan } });
            return;
        }
        if ((m = Minimum().Match(text)).Success)
        {
            var per = FrequencyOf(m.Groups["per"].Success ? m.Groups["per"].Value : m.Groups["per2"].Success ? m.Groups["per2"].Value.TrimStart('每') : m.Groups["per3"].Value);
            var count = (int)(Quantities.Number(m.Groups["n"].Success ? m.Groups["n"].Value : m.Groups["n2"].Success ? m.Groups["n2"].Value : m.Groups["n3"].Value) ?? 1);
            if (per is { } frequency && !text.Contains("出勤"))
            {
                found.Add(Make("minimum", ObligationKind.CountedMinimum, $"At least {count} per {frequency.ToString().ToLowerInvariant()}.", ConfidenceLevel.Medium,
                    "the activity that counts is named by the institution when recording it") with
                { Minimum = new MinimumRule { Activity = $"activity-{found.Count + 1}", Count = count, Per = frequency } });
                return;
            }
        }
        if ((m = Periodic().Match(text)).Success && FrequencyOf(m.Groups["every"].Value) is { } every)
        {
            var offset = m.Groups["n"].Success ? Span(m) : null;
            found.Add(Make("recurring", ObligationKind.Recurring, $"Every {every.ToString().ToLowerInvariant()}{(offset is null ? ", by the period's end" : $", {offset.N} {DeadlineReader.Words(offset.Unit)} after it")}.",
                ConfidenceLevel.Medium, offset is null ? "no day printed: due at the end of each period" : "periods counted from the start of the term") with
            { Recurrence = new Recurrence { Every = every, Offset = offset } });
            return;
        }
        if ((m = PeriodLabel().Match(text)).Success && FrequencyOf(m.Groups["every"].Value) is { } labelled)
        {
            found.Add(Make("recurring", ObligationKind.Recurring, $"Every {labelled.ToString().ToLowerInvariant()}.", ConfidenceLevel.Medium, "周期：每月 — due by each period's end") with
            { Recurrence = new Recurrence { Every = labelled, Align = PeriodAlignment.Calendar } });
            return;
        }
        if ((m = Notice().Match(text)).Success && Span(m) is { } notice)
        {
            var anchor = Regex.IsMatch(text, "到期|期满") ? "term-end" : Regex.IsMatch(text, "解除|终止") ? "terminated" : null;
            if (anchor is null) return;
            found.Add(Make("notice", ObligationKind.Notice, $"Notice at least {notice.N} {DeadlineReader.Words(notice.Unit)} before {anchor}.", ConfidenceLevel.High, "提前N日通知: a notice counted back from its event") with
            { Conditional = anchor == "terminated", Due = new DueRule { From = new Anchor { Event = anchor }, Before = notice } });
            return;
        }
        if (Clocks(p, text) is { Count: > 0 } clocks)
        {
            found.Add(Make("clock", ObligationKind.ResponseClock, string.Join("; ", clocks.Select(c => $"{c.Name} within {c.Within.N} {c.Within.Unit.ToString().ToLowerInvariant()}")) + ".",
                ConfidenceLevel.Medium, "which incident step stops each clock is read from its verb (应答/反馈 responded, 到达 onsite, 恢复/解决 restored)") with { Clocks = [.. clocks] });
            return;
        }
        foreach (var level in ServiceLevels(text))
            found.Add(Make("service-level", ObligationKind.ServiceLevel, $"{level.Metric} {(level.Strict ? ">" : "≥")} {level.Target:P1} each month.", ConfidenceLevel.Medium,
                "no period printed: measured per calendar month") with { ServiceLevel = level });
        if (ServiceLevel().IsMatch(text)) return;
        if (DeadlineReader.Read(p, s, found.Count + 1) is { } duty && Regex.IsMatch(text, "完成|提交|到岗|交付|提供|返还|退还|上线")
            && !found.Any(o => o.Due == duty.Due && o.Kind == ObligationKind.OneOff))
            found.Add(duty);
    }

    private static List<ResponseClockRule> Clocks(Paragraph p, string text)
    {
        var when = Regex.IsMatch(p.Text, "非工作时间") ? ClockHours.OutsideWorkingTime : Regex.IsMatch(p.Text, "工作时间") ? ClockHours.WorkingTime : ClockHours.Always;
        ImmutableArray<string> severities = Regex.IsMatch(text, "重大事故|重大故障") ? ["major"] : Regex.IsMatch(text, "紧急") ? ["emergency"] : [];
        var clocks = new List<ResponseClockRule>();
        foreach (Match m in Clock().Matches(text))
        {
            if (Quantities.Number(m.Groups["n"].Value) is not { } n) continue;
            var (name, until) = m.Groups["what"].Value switch
            {
                "应答" or "响应" or "反馈" or "回复" => ("response", "responded"),
                "到达" or "赶到" or "抵达" or "到场" => ("onsite", "onsite"),
                _ => ("restore", "restored"),
            };
            if (clocks.Any(c => c.Name == name)) name += $"-{clocks.Count + 1}";
            var from = text[..m.Index].EndsWith("到达后") || Regex.IsMatch(text[Math.Max(0, m.Index - 6)..m.Index], "到达后|到场后") ? "onsite" : "opened";
            clocks.Add(new ResponseClockRule
            {
                Name = name, From = from, Until = until, When = when, Severities = severities,
                Within = new Span { N = (int)n, Unit = m.Groups["unit"].Value == "分钟" ? SpanUnit.Minutes : SpanUnit.Hours },
            });
        }
        return clocks;
    }

    private static IEnumerable<ServiceLevelRule> ServiceLevels(string text) => ServiceLevel().Matches(text).Select(m => ServiceLevelOf(text, m));

    private static ServiceLevelRule ServiceLevelOf(string text, Match m)
    {
        var near = text[Math.Max(0, m.Index - 8)..(m.Index + 2)];
        var channel = Regex.IsMatch(near, "电话|呼叫|语音|热线") ? "phone" : Regex.IsMatch(near, "网络|网上|线上") ? "online" : null;
        if (m.Groups["v2"].Success)
            return new ServiceLevelRule { Metric = ServiceMetric.AnsweredInTime, Target = decimal.Parse(m.Groups["v2"].Value, System.Globalization.CultureInfo.InvariantCulture) / 100m, Channel = "phone" };
        return new ServiceLevelRule
        {
            Metric = m.Groups["metric"].Value is "可用率" or "可用性" ? ServiceMetric.Availability : m.Groups["metric"].Value == "接通率" ? ServiceMetric.AnsweredInTime : ServiceMetric.ServiceLevel,
            Target = decimal.Parse(m.Groups["v"].Value, System.Globalization.CultureInfo.InvariantCulture) / 100m,
            Strict = m.Groups["op"].Value is "大于" or "高于" or "超过",
            Channel = channel,
        };
    }

    private static Frequency? FrequencyOf(string word) => word switch
    {
        "周" => Frequency.Week,
        "月" => Frequency.Month,
        "季度" or "三个月" => Frequency.Quarter,
        "半年" => Frequency.HalfYear,
        "年" => Frequency.Year,
        _ => null,
    };

    private static Span? Span(Match m) => PenaltyWords.SpanOf(m.Groups["n"].Value, m.Groups["unit"].Value) is { } span
        ? m.Groups["unit"].Value is "个月" or "月" ? span with { Unit = SpanUnit.Months } : span
        : null;

    private static string? Subject(string text, int within)
    {
        var m = Regex.Match(text, "(?<![向对给与为经按据征过])(甲方|乙方)(?!系统)");
        return m.Success && m.Index < within ? m.Value : null;
    }

    private static string Title(Paragraph p, string text)
    {
        var t = text.TrimEnd('。', ';', '；');
        return t.Length > 40 ? t[..39] + "…" : t;
    }
}
