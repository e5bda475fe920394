using System.Globalization;
using System.Text.RegularExpressions;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Money;

namespace VendorGrid.Domain.Drafting;

/// <summary>A number found in a paragraph: its value and the characters of <see cref="Paragraph.Text"/> it took.</summary>
public readonly record struct Found<T>(T Value, int Start, int End);

/// <summary>
/// The quantities of contract language, read from a paragraph's compact text: money in figures (¥1,475,000.00,
/// 10万元, 1900万元) and in 大写, rates (0.3%, 千分之三, 千分之1, 万分之五, 百分之十), spans (20个工作日, 十五(15)日,
/// 3个月, 24小时) and dates (2026年2月5日, 2024.1.31, 2024年9月底).
/// </summary>
public static partial class Quantities
{
    private const string Cn = "〇零一二两三四五六七八九十百千万";
    private const string Cap = "零壹贰叁肆伍陆柒捌玖拾佰仟万亿";

    [GeneratedRegex(@"(?<yen>¥)?(?<num>\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d+)?)(?<wan>万)?(?<yuan>元|圆)?")]
    private static partial Regex Figure();

    [GeneratedRegex($"(?<![{Cn}])(?<cn>[{Cn}]+)(?<yuan>元)")]
    private static partial Regex LowerCaseAmount();

    [GeneratedRegex($"[{Cap}]+[元圆](?:[零壹贰叁肆伍陆柒捌玖][角分]){{0,2}}[整正]?|[壹贰叁肆伍陆柒捌玖][角](?:[零壹贰叁肆伍陆柒捌玖]分)?")]
    private static partial Regex Capital();

    [GeneratedRegex(@"(?<num>\d+(?:\.\d+)?)(?<sign>%|‰)|(?<per>百分之|千分之|万分之)(?<x>[\d.〇零一二两三四五六七八九十点]+)")]
    private static partial Regex RateText();

    [GeneratedRegex($@"(?<n>\d+(?:\.\d+)?|[{Cn}]+)(?:\(\d+\))?(?<unit>个工作日|工作日|个自然日|自然日|个日历日|日历日|日|天|个月|月|周|星期|个小时|小时|分钟|年)")]
    private static partial Regex SpanText();

    [GeneratedRegex($@"(?<y>\d{{4}}|[〇零一二三四五六七八九]{{4}})年(?<m>\d{{1,2}}|[一二三四五六七八九十]{{1,2}})月(?:(?<d>\d{{1,2}}|[一二三四五六七八九十]{{1,3}})[日号]|(?<end>底|末))|(?<y2>20\d\d)[.\-/](?<m2>\d{{1,2}})[.\-/](?<d2>\d{{1,2}})(?!\d)")]
    private static partial Regex DateText();

    /// <summary>Money amounts in figures: a ¥ before or 元 after is required, so bare counts are not money.</summary>
    public static IEnumerable<Found<decimal>> Money(string text)
    {
        foreach (Match m in Figure().Matches(text))
        {
            if (!m.Groups["yen"].Success && !m.Groups["yuan"].Success) continue;
            if (m.Index > 0 && text[m.Index - 1] == '.') continue;
            var value = decimal.Parse(m.Groups["num"].Value.Replace(",", ""), CultureInfo.InvariantCulture);
            if (m.Groups["wan"].Success) value *= 10_000m;
            yield return new(value, m.Index, m.Index + m.Length);
        }
        foreach (Match m in LowerCaseAmount().Matches(text))
            if (ChineseNumerals.TryParse(m.Groups["cn"].Value, out var value) && value > 0)
                yield return new(value, m.Index, m.Index + m.Length);
    }

    /// <summary>Amounts written in 大写 that read as a whole amount.</summary>
    public static IEnumerable<Found<decimal>> CapitalMoney(string text)
    {
        foreach (Match m in Capital().Matches(text))
            if (m.Value.IndexOfAny("壹贰叁肆伍陆柒捌玖".ToCharArray()) >= 0 && ChineseCapitalNumerals.TryParse(m.Value, out var value) && value > 0)
                yield return new(value, m.Index, m.Index + m.Length);
    }

    /// <summary>Rates as fractions: 0.3% → 0.003, 千分之三 → 0.003, 万分之五 → 0.0005.</summary>
    public static IEnumerable<Found<decimal>> Rates(string text)
    {
        foreach (Match m in RateText().Matches(text))
        {
            decimal value;
            if (m.Groups["num"].Success) value = decimal.Parse(m.Groups["num"].Value, CultureInfo.InvariantCulture) / (m.Groups["sign"].Value == "‰" ? 1000m : 100m);
            else if (Number(m.Groups["x"].Value) is { } x)
                value = x / (m.Groups["per"].Value switch { "百分之" => 100m, "千分之" => 1000m, _ => 10_000m });
            else continue;
            yield return new(value, m.Index, m.Index + m.Length);
        }
    }

    public static IEnumerable<Found<Span>> Spans(string text)
    {
        foreach (Match m in SpanText().Matches(text))
        {
            if (Number(m.Groups["n"].Value) is not { } n || n != decimal.Truncate(n) || n > 100_000) continue;
            if (m.Index > 0 && (char.IsAsciiDigit(text[m.Index - 1]) || text[m.Index - 1] is '.' or '月' or '第')) continue;
            var unit = m.Groups["unit"].Value;
            if (unit == "月" && !m.Value.EndsWith("个月") && m.Groups["n"].Value.Length <= 2 && Month(text, m)) continue;
            if (unit is "年" && !(m.Index + m.Length < text.Length && text[m.Index + m.Length] is '内' or '的' or ',' or '，' or '。' or '以')) continue;
            var (spanUnit, factor) = unit switch
            {
                "个工作日" or "工作日" => (SpanUnit.WorkingDays, 1),
                "个月" or "月" => (SpanUnit.Months, 1),
                "年" => (SpanUnit.Months, 12),
                "周" or "星期" => (SpanUnit.Weeks, 1),
                "个小时" or "小时" => (SpanUnit.Hours, 1),
                "分钟" => (SpanUnit.Minutes, 1),
                _ => (SpanUnit.CalendarDays, 1),
            };
            yield return new(new Span { N = (int)n * factor, Unit = spanUnit }, m.Index, m.Index + m.Length);
        }
    }

    /// <summary>"2月5日" is a date, not a span of 2 months: a 月 followed by a day is part of a date.</summary>
    private static bool Month(string text, Match m)
    {
        var after = m.Index + m.Length;
        var before = m.Index > 0 ? text[m.Index - 1] : ' ';
        return before == '年' || (after < text.Length && (char.IsAsciiDigit(text[after]) || text[after] is '底' or '末' or '份'));
    }

    /// <summary>Dates; 月底/月末 is the month's last day.</summary>
    public static IEnumerable<Found<DateOnly>> Dates(string text)
    {
        foreach (Match m in DateText().Matches(text))
        {
            int? y, mo, d;
            if (m.Groups["y2"].Success) (y, mo, d) = (int.Parse(m.Groups["y2"].Value), int.Parse(m.Groups["m2"].Value), int.Parse(m.Groups["d2"].Value));
            else
            {
                y = Year(m.Groups["y"].Value);
                mo = (int?)Number(m.Groups["m"].Value);
                d = m.Groups["end"].Success ? (mo is >= 1 and <= 12 && y is > 0 ? DateTime.DaysInMonth(y.Value, mo.Value) : null) : (int?)Number(m.Groups["d"].Value);
            }
            if (y is null or < 1900 or > 2200 || mo is null or < 1 or > 12 || d is null or < 1 || d > DateTime.DaysInMonth(y.Value, mo.Value)) continue;
            yield return new(new DateOnly(y.Value, mo.Value, d.Value), m.Index, m.Index + m.Length);
        }
    }

    private static int? Year(string text)
    {
        if (int.TryParse(text, out var year)) return year;
        var digits = text.Select(ChineseNumerals.DigitOf).ToArray();
        return digits.All(d => d >= 0) ? digits.Aggregate(0, (a, d) => a * 10 + d) : null;
    }

    /// <summary>A number in digits (with a decimal point) or Chinese numerals (三, 十五, 零点五).</summary>
    public static decimal? Number(string text)
    {
        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d)) return d;
        var point = text.IndexOf('点');
        if (point < 0) return ChineseNumerals.TryParse(text, out var whole) ? whole : null;
        if (!ChineseNumerals.TryParse(text.AsSpan(0, point), out var integer) && point > 0) return null;
        var fraction = 0m;
        var scale = 0.1m;
        foreach (var c in text[(point + 1)..])
        {
            if (ChineseNumerals.DigitOf(c) is not (>= 0 and var digit)) return null;
            fraction += digit * scale;
            scale /= 10;
        }
        return integer + fraction;
    }
}
