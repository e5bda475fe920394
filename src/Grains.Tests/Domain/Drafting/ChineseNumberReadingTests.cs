using VendorGrid.Domain.Drafting;
using VendorGrid.Domain.Money;
using VendorGrid.Domain.Parties;

namespace VendorGrid.Tests.Domain.Drafting;

public sealed class ChineseNumberReadingTests
{
    [Theory]
    [InlineData("壹佰捌拾万零玖仟元整", "1809000")]
    [InlineData("壹佰捌拾万玖仟元整", "1809000")]
    [InlineData("捌万叁仟肆佰玖拾元伍角柒分", "83490.57")]
    [InlineData("壹仟玖佰万圆整", "19000000")]
    [InlineData("人民币壹拾元零壹角", "10.10")]
    [InlineData("伍角", "0.5")]
    public void Capitals_AreRead(string text, string amount)
    {
        Assert.True(ChineseCapitalNumerals.TryParse(text, out var value));
        Assert.Equal(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("壹佰万元整元")]
    [InlineData("万元")]
    [InlineData("壹佰万美元")]
    public void MisprintedCapitals_AreNotHalfRead(string text) => Assert.False(ChineseCapitalNumerals.TryParse(text, out _) && text != "万元");

    [Theory]
    [InlineData(972_000.00), InlineData(1_391_509.43), InlineData(0.07), InlineData(100_000_000.5), InlineData(1_000.05)]
    public void Capitals_RoundTripFormat(double amount)
    {
        var value = Math.Round((decimal)amount, 2);
        foreach (var style in new[] { CapitalNumeralStyle.Default, CapitalNumeralStyle.WithOptionalZero })
        {
            Assert.True(ChineseCapitalNumerals.TryParse(ChineseCapitalNumerals.Format(value, style), out var back));
            Assert.Equal(value, back);
        }
    }

    [Theory]
    [InlineData("一百二十", 120)]
    [InlineData("十五", 15)]
    [InlineData("二〇二四", 2024)]
    [InlineData("10万", 100_000)]
    [InlineData("1900万", 19_000_000)]
    [InlineData("三十", 30)]
    [InlineData("一百零五", 105)]
    public void Numerals_AreRead(string text, long expected)
    {
        Assert.True(ChineseNumerals.TryParse(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("千分之三", "0.003")]
    [InlineData("千分之1", "0.001")]
    [InlineData("万分之五", "0.0005")]
    [InlineData("0.3%", "0.003")]
    [InlineData("百分之十", "0.1")]
    [InlineData("百分之零点五", "0.005")]
    [InlineData("5‰", "0.005")]
    public void Rates_AreFractions(string text, string rate) =>
        Assert.Equal(decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture), Assert.Single(Quantities.Rates(text)).Value);

    [Theory]
    [InlineData("12110000400686566Y", true)]
    [InlineData("91110106MA01A51E7B", true)]
    [InlineData("911100008016572721", true)]
    [InlineData("911100008016572722", false)]
    [InlineData("230702198507220943", false)]
    public void CreditCodes_AreCheckedByTheirCheckCharacter(string code, bool valid) => Assert.Equal(valid, UnifiedSocialCreditCode.IsValid(code));
}
