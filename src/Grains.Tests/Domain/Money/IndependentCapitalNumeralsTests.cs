using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using VendorGrid.Domain.Money;

namespace VendorGrid.Tests.Domain.Money;

/// <summary>
/// 大写 against an independent implementation on more than 5,000 amounts. The reference below works another way
/// than the domain's digit-by-digit writer: it spells every digit with its unit (零仟零佰…) and then reduces the text
/// with the People's Bank rules as rewrite steps, so a regression in either shows as the first amount they disagree on.
/// </summary>
public sealed class IndependentCapitalNumeralsTests
{
    private static readonly string[] Units = ["仟", "佰", "拾", ""];
    private const string Digits = "零壹贰叁肆伍陆柒捌玖";

    /// <summary>The reference: full spelling, then 零 rules as regular-expression rewrites.</summary>
    private static string Reference(decimal amount, bool zeroAfterEmptyUnit)
    {
        var rounded = Math.Round(amount, 2, MidpointRounding.AwayFromZero);
        var fen = (long)(Math.Abs(rounded) * 100);
        if (fen == 0) return "零元整";
        var (yuan, jiao, cents) = (fen / 100, (int)(fen / 10 % 10), (int)(fen % 10));
        var text = new StringBuilder();
        if (yuan > 0)
        {
            var padded = yuan.ToString("D12", CultureInfo.InvariantCulture);
            for (var i = 0; i < 12; i++)
            {
                text.Append(Digits[padded[i] - '0']).Append(Units[i % 4]);
                if (i == 3) text.Append('亿');
                if (i == 7) text.Append('万');
            }
            text.Append('元');
            var s = Regex.Replace(text.ToString(), "^(零[仟佰拾]?|亿|万)+", "");  // leading zeros and the empty groups before the first digit
            s = Regex.Replace(s, "零[仟佰拾]", "零");
            s = Regex.Replace(s, "零+", "零");
            s = s.Replace("亿零万", "亿零");                                  // a whole empty 万 group keeps one 零
            if (zeroAfterEmptyUnit) s = Regex.Replace(s, "零(亿|万)(?!元)(?=.)", "$1零");
            s = Regex.Replace(s, "零(亿|万|元)", "$1");
            s = Regex.Replace(s, "零+", "零").Replace("零元", "元");
            text.Clear().Append(s);
            if (zeroAfterEmptyUnit && yuan % 10 == 0 && jiao > 0) text.Append('零');
        }
        if (jiao > 0) text.Append(Digits[jiao]).Append('角');
        if (cents > 0)
        {
            if (jiao == 0 && yuan > 0) text.Append('零');
            text.Append(Digits[cents]).Append('分');
        }
        if (jiao == 0 && cents == 0) text.Append('整');
        return (rounded < 0 ? "负" : "") + text;
    }

    /// <summary>Amounts with the shapes that matter (runs of zeros in every group, fractions, signs), deterministic.</summary>
    private static IEnumerable<decimal> Amounts()
    {
        var random = new Random(20_160_416);
        for (var i = 0; i < 4000; i++)
        {
            var digits = random.Next(1, 13);
            var yuan = new StringBuilder();
            for (var d = 0; d < digits; d++) yuan.Append(random.Next(10) < 5 ? '0' : (char)('0' + random.Next(1, 10)));
            var fen = random.Next(4) switch { 0 => 0, 1 => random.Next(1, 10) * 10, 2 => random.Next(1, 10), _ => random.Next(100) };
            var amount = long.Parse(yuan.ToString(), CultureInfo.InvariantCulture) + fen / 100m;
            yield return random.Next(20) == 0 ? -amount : amount;
        }
        foreach (var power in Enumerable.Range(0, 12))
            foreach (var lead in new[] { 1, 2, 5, 9, 10, 11, 101, 1001, 10001 })
            {
                var baseAmount = lead * (decimal)Math.Pow(10, power);
                if (baseAmount < ChineseCapitalNumerals.Limit) yield return baseAmount;
                if (baseAmount + 0.05m < ChineseCapitalNumerals.Limit) yield return baseAmount + 0.05m;
                if (baseAmount + 0.5m < ChineseCapitalNumerals.Limit) yield return baseAmount + 0.5m;
            }
        for (var cents = 0; cents <= 1000; cents++) yield return cents / 100m;
        yield return 1.005m;
        yield return -0.004m;
    }

    [Fact]
    public void DefaultStyle_AgreesWithTheReference_OnMoreThan5000Amounts()
    {
        var amounts = Amounts().ToList();
        Assert.True(amounts.Count >= 5000, $"{amounts.Count} amounts");
        var differing = amounts.Where(a => ChineseCapitalNumerals.Format(a) != Reference(a, false))
            .Select(a => $"{a}: {ChineseCapitalNumerals.Format(a)} ≠ {Reference(a, false)}").Take(5).ToList();
        Assert.Empty(differing);
    }

    [Fact]
    public void OptionalZeroStyle_AgreesWithTheReference()
    {
        var differing = Amounts().Where(a => ChineseCapitalNumerals.Format(a, CapitalNumeralStyle.WithOptionalZero) != Reference(a, true))
            .Select(a => $"{a}: {ChineseCapitalNumerals.Format(a, CapitalNumeralStyle.WithOptionalZero)} ≠ {Reference(a, true)}").Take(5).ToList();
        Assert.Empty(differing);
    }

    [Theory]
    [InlineData("1809000", false, "壹佰捌拾万玖仟元整")]
    [InlineData("1809000", true, "壹佰捌拾万零玖仟元整")]
    [InlineData("100005000", false, "壹亿零伍仟元整")]
    [InlineData("1000.05", false, "壹仟元零伍分")]
    [InlineData("10.10", true, "壹拾元零壹角")]
    public void TheReferenceItself_ReproducesThePrintedForms(string amount, bool zero, string expected) =>
        Assert.Equal(expected, Reference(decimal.Parse(amount, CultureInfo.InvariantCulture), zero));
}
