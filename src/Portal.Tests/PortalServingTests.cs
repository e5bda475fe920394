using System.Net;

namespace VendorGrid.Portal.Tests;

/// <summary>The gateway serves the built portal with the single-page fallback, but never instead of an API answer.</summary>
[Collection(PortalCollection.Name)]
public sealed class PortalServingTests(PortalFixture fixture)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/institution")]
    [InlineData("/contracts/c2-chaoyang-his-2026")]
    public async Task PortalPaths_AnswerTheIndexPage(string path)
    {
        var response = await fixture.Api().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<div id=\"root\"></div>", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/api/no-such-thing")]
    [InlineData("/openapi/no-such-document")]
    [InlineData("/health/no-such-probe")]
    public async Task ApiPaths_NeverFallBackToThePortal(string path)
    {
        var response = await fixture.Api().GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("<div id=\"root\">", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Assets_AreServedWithTheirType()
    {
        var index = await fixture.Api().GetStringAsync("/");
        var script = System.Text.RegularExpressions.Regex.Match(index, "src=\"(/assets/[^\"]+\\.js)\"").Groups[1].Value;
        var response = await fixture.Api().GetAsync(script);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
    }
}
