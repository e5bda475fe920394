using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace VendorGrid.Gateway.Api;

/// <summary>
/// <c>?limit=&amp;cursor=</c> on every list. The body stays a plain JSON array; the next page is announced in a
/// <c>Link: &lt;…&gt;; rel="next"</c> header (RFC 8288), absent on the last page. The cursor is the last item's
/// sort key, base64url-encoded: opaque to clients, stable under inserts elsewhere in the list.
/// </summary>
public sealed record PageRequest(int Limit, string? After)
{
    public const int DefaultLimit = 50, MaxLimit = 200;

    /// <summary>The request, or the field error that makes it invalid (422 naming the parameter).</summary>
    public static PageRequest? TryRead(string? limit, string? cursor, out (string Path, string Message) problem)
    {
        problem = default;
        var size = DefaultLimit;
        if (limit is not null && (!int.TryParse(limit, out size) || size is < 1 or > MaxLimit))
        {
            problem = ("limit", $"must be a whole number from 1 to {MaxLimit}");
            return null;
        }
        if (cursor is null) return new PageRequest(size, null);
        try
        {
            return new PageRequest(size, Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(cursor)));
        }
        catch (FormatException)
        {
            problem = ("cursor", "is not a cursor this API returned");
            return null;
        }
    }

    /// <summary>One page of <paramref name="items"/> ordered by <paramref name="key"/>; sets the Link header.</summary>
    public T[] Apply<T>(IEnumerable<T> items, Func<T, string> key, HttpContext http)
    {
        var ordered = items.OrderBy(key, StringComparer.Ordinal)
            .Where(i => After is null || StringComparer.Ordinal.Compare(key(i), After) > 0).Take(Limit + 1).ToArray();
        if (ordered.Length <= Limit) return ordered;
        var page = ordered[..Limit];
        Link(http, key(page[^1]));
        return page;
    }

    /// <summary>
    /// One page of a short list whose order means something (newest first, earliest due first) and is kept, or null
    /// when the cursor is not one this API wrote. The cursor is the last item's position and key
    /// (<see cref="JsonArrayPages.StartAfter"/>): stable while the list is unchanged, and after a change it
    /// continues after the same item.
    /// </summary>
    public T[]? ApplyInOrder<T>(IReadOnlyList<T> items, Func<T, string> key, HttpContext http)
    {
        var keys = items.Select(key).ToArray();
        if (JsonArrayPages.StartAfter(After, keys) is not { } from) return null;
        var page = items.Skip(from).Take(Limit).ToArray();
        if (from + page.Length < items.Count) Link(http, JsonArrayPages.CursorAt(from + page.Length - 1, keys[from + page.Length - 1]));
        return page;
    }

    /// <summary>Announces the page after <paramref name="lastKey"/>, keeping every other query parameter.</summary>
    public void Link(HttpContext http, string lastKey)
    {
        var query = QueryHelpers.ParseQuery(http.Request.QueryString.Value)
            .Where(p => p.Key is not "cursor" and not "limit")
            .ToDictionary(p => p.Key, p => (string?)p.Value.ToString());
        query["limit"] = Limit.ToString();
        query["cursor"] = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(lastKey));
        http.Response.Headers.Link = $"<{QueryHelpers.AddQueryString(http.Request.Path, query)}>; rel=\"next\"";
    }
}
