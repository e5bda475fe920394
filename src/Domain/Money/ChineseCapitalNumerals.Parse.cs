namespace VendorGrid.Domain.Money;

public static partial class ChineseCapitalNumerals
{
    /// <summary>
    /// Reads an amount written in 大写, the inverse of <see cref="Format"/> for every style: 壹佰捌拾万零玖仟元整,
    /// 捌万叁仟肆佰玖拾元伍角柒分, 壹仟玖佰万圆整, 伍角. A leading 人民币 or 负 is allowed; anything else that is not
    /// part of an amount makes it false, so a misprinted 大写 is noticed rather than half read.
    /// </summary>
    public static bool TryParse(string text, out decimal amount)
    {
        amount = 0;
        var s = text.Replace(" ", "").Replace("\u3000", "");
        if (s.StartsWith("人民币", StringComparison.Ordinal)) s = s[3..];
        var negative = s.StartsWith('负');
        if (negative) s = s[1..];
        if (s.EndsWith('整') || s.EndsWith('正')) s = s[..^1];
        if (s.Length == 0) return false;

        var yuanAt = s.IndexOfAny(['元', '圆']);
        long yuan = 0;
        if (yuanAt >= 0 && !ChineseNumerals.TryParse(s.AsSpan(0, yuanAt).TrimEnd('零'), out yuan) && yuanAt > 0) return false;
        var rest = yuanAt >= 0 ? s[(yuanAt + 1)..] : s;
        if (yuanAt < 0 && rest.IndexOfAny(['角', '分']) < 0) return false;

        decimal fraction = 0;
        var at = 0;
        foreach (var (unit, worth) in new[] { ('角', 0.1m), ('分', 0.01m) })
        {
            var end = rest.IndexOf(unit, at);
            if (end < 0) continue;
            var digits = rest[at..end].TrimStart('零');
            if (digits.Length != 1 || ChineseNumerals.DigitOf(digits[0]) is not (>= 0 and var digit)) return false;
            fraction += digit * worth;
            at = end + 1;
        }
        if (rest[at..].Trim('零').Length != 0) return false;
        amount = (yuan + fraction) * (negative ? -1 : 1);
        return true;
    }
}
