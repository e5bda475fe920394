using System.Text;

namespace VendorGrid.Domain.Money;

/// <summary>
/// Amounts in Chinese capital numerals (大写金额), as contracts, invoices and cheques print them next
/// to the figures — forgery-resistant characters, so statements must reproduce them exactly. Follows
/// the People's Bank rules: 壹拾 even at the start; one 零 for any run of zero digits between
/// non-zero ones; 整 after 元 when there are no 角/分, none after 角 or 分; an amount under one yuan
/// starts at its 角 or 分 (伍角); negative amounts are prefixed 负.
/// </summary>
public static partial class ChineseCapitalNumerals
{
    /// <summary>Amounts must be below one trillion yuan (一万亿), far beyond any contract.</summary>
    public const decimal Limit = 1_000_000_000_000m;

    private const string Digits = "零壹贰叁肆伍陆柒捌玖";
    private static readonly string[] DigitUnits = ["", "拾", "佰", "仟"];

    /// <summary>
    /// Formats <paramref name="amount"/> after rounding it half-up to the fen. Examples: 972000 →
    /// 玖拾柒万贰仟元整, 83490.57 → 捌万叁仟肆佰玖拾元伍角柒分, 1000.05 → 壹仟元零伍分.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">|amount| ≥ <see cref="Limit"/>.</exception>
    public static string Format(decimal amount, CapitalNumeralStyle? style = null)
    {
        style ??= CapitalNumeralStyle.Default;
        var rounded = Cny.RoundToFen(amount);
        if (Math.Abs(rounded) >= Limit) throw new ArgumentOutOfRangeException(nameof(amount), amount, "must be below 1,000,000,000,000");
        var fen = (long)(Math.Abs(rounded) * 100m);
        if (fen == 0) return $"{Digits[0]}{style.YuanCharacter}整";
        var text = new Writer(style);
        text.WriteYuan(fen / 100);
        text.WriteFraction((int)(fen / 10 % 10), '角');
        text.WriteFraction((int)(fen % 10), '分');
        if (fen % 100 == 0) text.Append('整');
        return (rounded < 0 ? "负" : "") + text;
    }

    /// <summary>Digit-by-digit writer that remembers a pending 零 until a non-zero digit needs it.</summary>
    private sealed class Writer(CapitalNumeralStyle style)
    {
        private readonly StringBuilder text = new();
        private bool zeroPending;

        public void Append(char c) => text.Append(c);

        public void WriteYuan(long yuan)
        {
            if (yuan == 0) return;
            var digits = yuan.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var groupHasDigit = false;
            for (var i = 0; i < digits.Length; i++)
            {
                var position = digits.Length - 1 - i;
                var digit = digits[i] - '0';
                WriteDigit(digit, DigitUnits[position % 4]);
                groupHasDigit |= digit != 0;
                if (position % 4 != 0) continue;
                if (groupHasDigit || position == 0) EndGroup(position == 0 ? style.YuanCharacter : position == 4 ? '万' : '亿');
                groupHasDigit = false;
            }
        }

        public void WriteFraction(int digit, char unit) => WriteDigit(digit, unit.ToString());

        /// <summary>
        /// Closing a 万/亿/元 unit absorbs the zeros before it; whether a following non-zero digit gets the
        /// optional 零 (壹佰捌拾万[零]玖仟) is the style's choice.
        /// </summary>
        private void EndGroup(char unit)
        {
            var unitDigitWasZero = zeroPending;
            text.Append(unit);
            zeroPending = unitDigitWasZero && style.ZeroAfterEmptyUnit;
        }

        private void WriteDigit(int digit, string unit)
        {
            if (digit == 0)
            {
                zeroPending |= text.Length > 0;
                return;
            }
            if (zeroPending) text.Append(Digits[0]);
            text.Append(Digits[digit]).Append(unit);
            zeroPending = false;
        }

        public override string ToString() => text.ToString();
    }
}
