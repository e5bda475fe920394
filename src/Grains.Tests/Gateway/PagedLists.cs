using System.Net.Http.Json;
using System.Text.Json;

namespace VendorGrid.Tests.Gateway;

/// <summary>Reads a whole paged list the way a client should: one page, then the Link header's next page, until none.</summary>
public static class PagedLists
{
    /// <summary>The target of a <c>Link: &lt;…&gt;; rel="next"</c> header, or null on the last page.</summary>
    public static string? NextOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Link", out var links) && links.Single() is var link && link.EndsWith("rel=\"next\"", StringComparison.Ordinal)
            ? link[1..link.IndexOf('>')]
            : null;

    public static async Task<JsonElement[]> AllAsync(HttpClient client, string path)
    {
        var items = new List<JsonElement>();
        for (var next = path; next is not null;)
        {
            var response = await client.GetAsync(next);
            Assert.True(response.IsSuccessStatusCode, $"{next}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            items.AddRange((await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray());
            next = NextOf(response);
        }
        return [.. items];
    }

    /// <summary>Every item as one JSON array, for code written against a whole list.</summary>
    public static async Task<JsonElement> AllAsArrayAsync(HttpClient client, string path) =>
        JsonSerializer.SerializeToElement(await AllAsync(client, path));
}
