namespace VendorGrid.Domain.Money;

/// <summary>
/// The two choices the People's Bank rules (《正确填写票据和结算凭证的基本规定》) leave open, so
/// a statement can print an amount exactly as the contract it comes from does.
/// </summary>
/// <param name="ZeroAfterEmptyUnit">
/// When the 万 or 元 digit (or the 亿 digit) is 0 and the next digit is not, the rules allow one 零 or
/// none: ¥1,809,000 is <c>壹佰捌拾万玖仟元整</c> (false, the default) or <c>壹佰捌拾万零玖仟元整</c> (true).
/// C3 prints both forms.
/// </param>
/// <param name="YuanCharacter">元 (the default, as most contracts) or 圆 (as C5 and banknotes).</param>
public sealed record CapitalNumeralStyle(bool ZeroAfterEmptyUnit = false, char YuanCharacter = '元')
{
    /// <summary>No optional 零, 元 — the form most of the seed contracts print.</summary>
    public static CapitalNumeralStyle Default { get; } = new();

    /// <summary>Writes the optional 零 after an empty 万/亿/元 digit, as C3 does for 壹佰捌拾万零玖仟元整.</summary>
    public static CapitalNumeralStyle WithOptionalZero { get; } = new(ZeroAfterEmptyUnit: true);
}
