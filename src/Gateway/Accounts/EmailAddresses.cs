using System.Text.RegularExpressions;

namespace VendorGrid.Gateway.Accounts;

/// <summary>
/// What an invitation accepts as an e-mail address (it becomes the username): a local part and a domain of at least
/// two labels whose last is letters only, so "a@b" or "a@b." is refused while "li.lei@hospital.org.cn" and the demo
/// accounts' "admin@platform.local" pass. The portal checks the same rule (portal/src/schemas.ts) before sending.
/// </summary>
public static partial class EmailAddresses
{
    public const int MaxLength = 254;

    public static bool IsAcceptable([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? email) =>
        email is { Length: >= 6 and <= MaxLength } && Pattern().IsMatch(email) && email.IndexOf('@') <= 64;

    [GeneratedRegex(@"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$")]
    private static partial Regex Pattern();
}
