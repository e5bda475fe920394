using System.Globalization;
using VendorGrid.Domain.Money;

namespace VendorGrid.Tests.Domain.Money;

public sealed class CnyTests
{
    private static decimal M(string amount) => decimal.Parse(amount, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("0.005", "0.01")]
    [InlineData("2.675", "2.68")]   // banker's rounding would give 2.67
    [InlineData("2.665", "2.67")]
    [InlineData("1.004", "1.00")]
    [InlineData("22124.995", "22125.00")]
    [InlineData("-0.005", "-0.01")]
    [InlineData("83490.5650", "83490.57")]
    public void RoundToFen_RoundsHalfUp(string amount, string expected) =>
        Assert.Equal(M(expected), Cny.RoundToFen(M(amount)));

    [Theory]
    [InlineData("1475000", "0.3", "4425.00")]     // C2: 0.3 % per day (DOMAIN §5 ex. 1)
    [InlineData("1475000", "10", "147500.00")]    // C2: one-time 10 %
    [InlineData("972000", "2", "19440.00")]       // C1: 2 % per day (ex. 2)
    [InlineData("972000", "20", "194400.00")]     // C1: cap
    [InlineData("20000", "3", "600.00")]          // C3: 3 % of the line item (ex. 3)
    [InlineData("744700", "3", "22341.00")]       // C4 (ex. 4)
    [InlineData("19000000", "0.5", "95000.00")]   // C5 (ex. 5)
    [InlineData("83490.57", "0.1", "83.49")]      // 83.49057 rounds down
    [InlineData("1234.5", "0.1", "1.23")]         // 1.2345 rounds down at the fen
    [InlineData("1235", "0.1", "1.24")]           // 1.235 rounds half-up
    public void PercentOf_TakesThePercentAsWrittenInTheClause(string baseAmount, string percent, string expected) =>
        Assert.Equal(M(expected), Cny.PercentOf(M(baseAmount), M(percent)));

    [Theory]
    [InlineData("1475000", "¥1,475,000.00")]
    [InlineData("715375", "¥715,375.00")]        // DOMAIN §5 ex. 9
    [InlineData("83490.57", "¥83,490.57")]
    [InlineData("-22125", "-¥22,125.00")]
    [InlineData("0.005", "¥0.01")]
    [InlineData("0", "¥0.00")]
    [InlineData("19000000", "¥19,000,000.00")]
    public void Format_PrintsYuanWithThousandsSeparatorsAndFen(string amount, string expected) =>
        Assert.Equal(expected, Cny.Format(M(amount)));

    [Theory]
    [InlineData("100", 3, new[] { "33.34", "33.33", "33.33" })]
    [InlineData("737500", 2, new[] { "368750", "368750" })]
    [InlineData("-0.05", 2, new[] { "-0.03", "-0.02" })]
    public void SplitEvenly_NeverLosesOrInventsAFen(string total, int parts, string[] expected) =>
        Assert.Equal(expected.Select(M), Cny.SplitEvenly(M(total), parts));
}
