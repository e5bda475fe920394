using System.Globalization;

namespace VendorGrid.Domain.Money;

/// <summary>
/// Renminbi arithmetic as the contracts and DOMAIN §2 require: <see cref="decimal"/> amounts, rounded
/// half-up (四舍五入) to the fen at each ledger entry. Banker's rounding (.NET's default) would make
/// ¥2.675 become ¥2.67, which no Chinese finance office would accept.
/// </summary>
public static class Cny
{
    /// <summary>One fen (分), the smallest unit a ledger entry carries.</summary>
    public const decimal Fen = 0.01m;

    private static readonly NumberFormatInfo Grouping = CultureInfo.InvariantCulture.NumberFormat;

    /// <summary>Rounds half away from zero to the fen: 0.005 → 0.01, 2.675 → 2.68, −0.005 → −0.01.</summary>
    public static decimal RoundToFen(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    /// <summary>
    /// <paramref name="percent"/> % of <paramref name="baseAmount"/>, rounded to the fen. The percent
    /// is written as in the clause (0.3 for 0.3 %), so rates are copied from contracts, not converted.
    /// Example: 0.3 % of ¥1,475,000 = ¥4,425.00.
    /// </summary>
    public static decimal PercentOf(decimal baseAmount, decimal percent) => RoundToFen(baseAmount * percent / 100m);

    /// <summary>
    /// Splits <paramref name="total"/> into <paramref name="parts"/> fen-exact amounts that sum to it,
    /// giving the leftover fen to the first parts — so pro-rata shares never lose or invent a fen.
    /// </summary>
    public static decimal[] SplitEvenly(decimal total, int parts)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(parts);
        var totalFen = (long)(RoundToFen(total) * 100m);
        var (share, leftover) = (totalFen / parts, totalFen % parts);
        return [.. Enumerable.Range(0, parts).Select(i => (share + (i < Math.Abs(leftover) ? Math.Sign(leftover) : 0)) / 100m)];
    }

    /// <summary>
    /// The figure form used on statements and in the contracts' brackets, e.g. <c>¥1,475,000.00</c>,
    /// <c>-¥22,125.00</c>. Culture-invariant so a server locale never changes an amount's text.
    /// </summary>
    public static string Format(decimal amount)
    {
        var rounded = RoundToFen(amount);
        var digits = Math.Abs(rounded).ToString("#,##0.00", Grouping);
        return rounded < 0 ? "-¥" + digits : "¥" + digits;
    }
}
