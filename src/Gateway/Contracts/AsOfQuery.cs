using System.Globalization;
using VendorGrid.Domain.Time;

namespace VendorGrid.Gateway.Contracts;

/// <summary>
/// The <c>asOf</c> query parameter: an instant with an offset, or a date meaning the end of that day in
/// Asia/Shanghai (what a contract manager picks in a date field). Absent means now.
/// </summary>
public static class AsOfQuery
{
    public static bool TryRead(string? text, out DateTimeOffset? asOf)
    {
        asOf = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            asOf = Deadlines.EndOfDay(date);
            return true;
        }
        var hasOffset = text.Contains('T') && (text.EndsWith('Z') || text[(text.IndexOf('T') + 1)..].IndexOfAny(['+', '-']) >= 0);
        if (hasOffset && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            asOf = instant;
            return true;
        }
        return false;
    }

    public const string Problem = "must be a date (yyyy-MM-dd) or an ISO 8601 instant with an offset";
}
