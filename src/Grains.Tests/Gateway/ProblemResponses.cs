using System.Net;
using System.Text.Json;

namespace VendorGrid.Tests.Gateway;

/// <summary>The one check of a refusal: the status expected (the body in the message when it is not), a problem+json body, read.</summary>
public static class ProblemResponses
{
    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {status}, got {response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
