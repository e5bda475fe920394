using System.Globalization;
using VendorGrid.Domain.Money;

namespace VendorGrid.Tests.Domain.Money;

public sealed class ChineseCapitalNumeralsTests
{
    private static decimal M(string amount) => decimal.Parse(amount, CultureInfo.InvariantCulture);

    [Theory]
    // Every 大写 printed in the seed contracts with the default style.
    [InlineData("972000", "玖拾柒万贰仟元整")]                    // C1 total
    [InlineData("291600", "贰拾玖万壹仟陆佰元整")]                 // C1 30 %
    [InlineData("583200", "伍拾捌万叁仟贰佰元整")]                 // C1 60 %
    [InlineData("97200", "玖万柒仟贰佰元整")]                      // C1 10 %
    [InlineData("1475000.00", "壹佰肆拾柒万伍仟元整")]             // C2 total
    [InlineData("83490.57", "捌万叁仟肆佰玖拾元伍角柒分")]          // C2 VAT
    [InlineData("1391509.43", "壹佰叁拾玖万壹仟伍佰零玖元肆角叁分")] // C2 excluding VAT
    [InlineData("737500", "柒拾叁万柒仟伍佰元整")]                 // C2 each half
    [InlineData("1809000", "壹佰捌拾万玖仟元整")]                  // C3 annex and 合计 line
    [InlineData("744700", "柒拾肆万肆仟柒佰元整")]                 // C4 total
    [InlineData("372350", "叁拾柒万贰仟叁佰伍拾元整")]             // C4 each half
    public void SeedContracts_DefaultStyle(string amount, string expected) =>
        Assert.Equal(expected, ChineseCapitalNumerals.Format(M(amount)));

    [Theory]
    // C3's body writes the optional 零 after an empty 万 digit.
    [InlineData("1809000", "壹佰捌拾万零玖仟元整")]
    [InlineData("904500", "玖拾万零肆仟伍佰元整")]
    [InlineData("10.10", "壹拾元零壹角")]
    [InlineData("1391509.43", "壹佰叁拾玖万壹仟伍佰零玖元肆角叁分")]
    public void SeedContracts_C3StyleWithOptionalZero(string amount, string expected) =>
        Assert.Equal(expected, ChineseCapitalNumerals.Format(M(amount), CapitalNumeralStyle.WithOptionalZero));

    [Fact]
    public void C5_EstimateWritesYuanAs圆() =>
        Assert.Equal("壹仟玖佰万圆整", ChineseCapitalNumerals.Format(19_000_000m, new CapitalNumeralStyle(YuanCharacter: '圆')));

    [Theory]
    [InlineData("715375", "柒拾壹万伍仟叁佰柒拾伍元整")]   // DOMAIN §5 ex. 9 net payment
    [InlineData("1000.05", "壹仟元零伍分")]              // zero 角 between 元 and 分 is always written
    [InlineData("100000", "壹拾万元整")]                 // 壹拾 at the start, as cheques write it
    [InlineData("19000000", "壹仟玖佰万元整")]
    [InlineData("0", "零元整")]
    [InlineData("10.10", "壹拾元壹角")]                  // no 整 after 角
    [InlineData("100500", "壹拾万零伍佰元整")]            // 万 and 千 digits both zero: one 零
    [InlineData("1010", "壹仟零壹拾元整")]
    [InlineData("1680.32", "壹仟陆佰捌拾元叁角贰分")]     // PBoC example, optional 零 omitted
    [InlineData("107000.53", "壹拾万柒仟元伍角叁分")]
    [InlineData("100010000", "壹亿零壹万元整")]
    [InlineData("100005000", "壹亿零伍仟元整")]           // a whole empty 万 group keeps its 零
    [InlineData("230000000", "贰亿叁仟万元整")]
    [InlineData("0.50", "伍角")]
    [InlineData("0.05", "伍分")]
    [InlineData("1.005", "壹元零壹分")]                  // rounded half-up to the fen first
    [InlineData("-22125", "负贰万贰仟壹佰贰拾伍元整")]
    [InlineData("-0.001", "零元整")]                     // rounds to zero: no 负
    [InlineData("999999999999.99", "玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分")]
    public void StandardRulesFor零And整(string amount, string expected) =>
        Assert.Equal(expected, ChineseCapitalNumerals.Format(M(amount)));

    [Fact]
    public void AmountsOfATrillionOrMore_AreRejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ChineseCapitalNumerals.Format(1_000_000_000_000m));
}
