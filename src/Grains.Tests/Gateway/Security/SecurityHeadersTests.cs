using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using VendorGrid.Tests.Gateway.Accounts;

namespace VendorGrid.Tests.Gateway.Security;

/// <summary>Issue 17, item 12: what every response tells the browser, and the session cookies' __Host- prefix.</summary>
[Collection(GatewayCollection.Name)]
public sealed class SecurityHeadersTests(GatewayFixture fixture)
{
    private HttpClient Over(string scheme) =>
        fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"{scheme}://localhost"), AllowAutoRedirect = false });

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values)
        : response.Content.Headers.TryGetValues(name, out var content) ? string.Join(", ", content) : "";

    [Theory]
    [InlineData("/api/calendar")]            // an API answer
    [InlineData("/api/no-such-thing")]       // a problem written by the fallback
    [InlineData("/openapi/v1.json")]
    [InlineData("/health/live")]
    public async Task EveryResponse_ForbidsFramingSniffingInlineScriptAndReferrers(string path)
    {
        var response = await Over("http").GetAsync(path);

        var policy = Header(response, "Content-Security-Policy");
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Contains("script-src 'self';", policy);
        Assert.Contains("object-src 'none'", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
    }

    [Fact]
    public async Task Hsts_IsSentOverTls_AndNotOverPlainHttp()
    {
        var overTls = await Over("https").GetAsync("/health/live");
        var plain = await Over("http").GetAsync("/health/live");

        Assert.Equal("max-age=31536000", Header(overTls, "Strict-Transport-Security"));
        Assert.Equal("", Header(plain, "Strict-Transport-Security"));
    }

    [Fact]
    public async Task TheLibraryPages_MayRunTheirInlineScripts_ButAreNeverFramedEither()
    {
        var reference = await Over("http").GetAsync("/api/reference/v1");

        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
        Assert.Contains("frame-ancestors 'none'", Header(reference, "Content-Security-Policy"));
        Assert.Contains("script-src 'self' 'unsafe-inline'", Header(reference, "Content-Security-Policy"));
    }

    [Fact]
    public async Task TheSessionAndCsrfCookies_CarryTheHostPrefix_SecurePathRootAndNoDomain()
    {
        var username = await SignedInClient.CreateAccountAsync(fixture, "vendor", null, $"vend-{Guid.NewGuid():N}"[..24], "a-long-password-1");

        var response = await SignedInClient.Browser(fixture.Factory).PostAsJsonAsync("/api/auth/login", new { username, password = "a-long-password-1" });

        var cookies = response.Headers.GetValues("Set-Cookie").ToArray();
        Assert.Equal(["__Host-vg_csrf", "__Host-vg_session"], cookies.Select(c => c.Split('=')[0]).Order(StringComparer.Ordinal));
        Assert.All(cookies, cookie =>
        {
            var flags = cookie.ToLowerInvariant();
            Assert.Contains("; secure", flags);
            Assert.Contains("; path=/;", flags + ";");
            Assert.DoesNotContain("domain=", flags);
        });
    }
}
