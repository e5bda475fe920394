namespace VendorGrid.Domain.Parties;

/// <summary>
/// 统一社会信用代码 (GB 32100-2015): 18 characters from the 31-character set 0-9 and A-Y without I, O, S, V and Z; the
/// last one is a check character over the first 17 (weights 3^i mod 31, check = 31 − (Σ mod 31), 31 written as 0).
/// A typo in any one character, or two neighbours swapped, changes the check, so an institution is not onboarded
/// under a mistyped code.
/// </summary>
public static class UnifiedSocialCreditCode
{
    public const int Length = 18;
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>True for 18 characters of the code's alphabet whose last is the right check character.</summary>
    public static bool IsValid(string? code) => code is { Length: Length } && CheckCharacter(code.AsSpan(0, Length - 1)) is { } check && code[^1] == check;

    /// <summary>The check character for the first 17 characters, or null when one of them is outside the alphabet.</summary>
    public static char? CheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != Length - 1) return null;
        var sum = 0;
        for (var i = 0; i < first17.Length; i++)
        {
            var value = Alphabet.IndexOf(first17[i]);
            if (value < 0) return null;
            sum += value * Weights[i];
        }
        return Alphabet[(31 - sum % 31) % 31];
    }
}
