namespace VendorGrid.Domain.Money;

/// <summary>
/// Reads whole numbers as contracts write them: lower-case numerals (一百二十, 十五, 二〇二四), the capital
/// forms of 大写 (壹佰捌拾万零玖仟), Arabic digits, and the mixed forms typists produce (10 万, 1900万, 千分之1).
/// The inverse direction of <see cref="ChineseCapitalNumerals.Format"/>, which only writes.
/// </summary>
public static class ChineseNumerals
{
    private const string LowerDigits = "零一二三四五六七八九";
    private const string CapitalDigits = "零壹贰叁肆伍陆柒捌玖";

    /// <summary>Every character <see cref="TryParse"/> understands, for scanners that look for a numeral in running text.</summary>
    public const string Characters = "0123456789〇零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億";

    /// <summary>The digit 0–9 a character stands for, or −1 (〇 and 两 included, as in 二〇二四 and 两次).</summary>
    public static int DigitOf(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        '〇' => 0,
        '两' => 2,
        _ => LowerDigits.IndexOf(c) is >= 0 and var lower ? lower : CapitalDigits.IndexOf(c),
    };

    private static long UnitOf(char c) => c switch
    {
        '十' or '拾' => 10,
        '百' or '佰' => 100,
        '千' or '仟' => 1000,
        '万' or '萬' => 10_000,
        '亿' or '億' => 100_000_000,
        _ => 0,
    };

    /// <summary>
    /// Reads a whole number. Digits in a row are positional (二〇二四 = 2024, 10 = 10); 十/百/千 multiply the digit
    /// before them (a bare 十 is 10); 万 and 亿 close a group. Spaces are ignored. False for anything else.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, out long value)
    {
        value = 0;
        long total = 0, section = 0, number = 0;
        bool any = false, lastWasDigit = false;
        foreach (var c in text)
        {
            if (c is ' ' or '\u3000') continue;
            if (DigitOf(c) is >= 0 and var digit)
            {
                number = lastWasDigit ? checked(number * 10 + digit) : digit;
                lastWasDigit = any = true;
                continue;
            }
            var unit = UnitOf(c);
            if (unit == 0) return false;
            lastWasDigit = false;
            if (unit < 10_000)
            {
                section += (number == 0 && unit == 10 ? 1 : number) * unit;
                number = 0;
            }
            else if (unit == 10_000)
            {
                total += (section + number) * unit;
                section = number = 0;
            }
            else
            {
                total = (total + section + number) * unit;
                section = number = 0;
            }
            any = true;
        }
        value = total + section + number;
        return any;
    }
}
