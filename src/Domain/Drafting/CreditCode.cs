namespace VendorGrid.Domain.Drafting;

/// <summary>
/// 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character set; the 18th is a check character computed
/// from the other 17. A code whose check character does not match was mistyped or is not a code at all (an ID card
/// number is also 18 characters), so a draft never takes it as a party id.
/// </summary>
public static class CreditCode
{
    private const string Charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    public static bool IsValid(string code)
    {
        if (code.Length != 18) return false;
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var value = Charset.IndexOf(code[i]);
            if (value < 0) return false;
            sum += value * Weights[i];
        }
        return code[17] == Charset[(31 - sum % 31) % 31];
    }
}
