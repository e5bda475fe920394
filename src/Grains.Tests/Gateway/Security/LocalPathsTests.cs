using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using VendorGrid.Gateway.Security;
using VendorGrid.Tests.Gateway.Accounts;

namespace VendorGrid.Tests.Gateway.Security;

/// <summary>
/// Issue 17, item 6: the one check of where a sign-in may send the browser, used by the OIDC returnUrl and by the
/// portal's sign-in return path (returned as returnTo by POST /api/auth/login).
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class LocalPathsTests(GatewayFixture fixture)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/contracts/c2-chaoyang-his-2026")]
    [InlineData("/contracts/c2?tab=ledger&asOf=2026-04-10#entries")]
    [InlineData("/vendor/%E6%9C%9D%E9%98%B3")]
    [InlineData("/a/b//c")]  // a double slash later in the path stays on this site
    public void PathsOfThisSite_AreKept(string path) => Assert.Equal(path, LocalPaths.Local(path));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("contracts")]                 // relative: resolved against wherever the browser is
    [InlineData("//evil.example")]            // protocol-relative
    [InlineData("/\\evil.example")]           // browsers read '\' as '/'
    [InlineData("\\\\evil.example")]
    [InlineData("/%09/evil.example")]         // a tab, once decoded, that browsers drop
    [InlineData("/\t/evil.example")]
    [InlineData("/\n/evil.example")]
    [InlineData("/\r\n/evil.example")]
    [InlineData(" /evil")]
    [InlineData("/%2F%2Fevil.example")]       // decoded: //evil.example
    [InlineData("/%2fevil.example")]
    [InlineData("/%5Cevil.example")]          // decoded: /\evil.example
    [InlineData("/%252F/evil.example")]       // twice encoded
    [InlineData("/%25252F/evil.example")]     // and more
    [InlineData("https://evil.example/")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/x\\y")]
    [InlineData("/\u0000evil")]
    [InlineData("/\u00A0/evil.example")]     // a non-breaking space
    public void AnythingThatCouldLeaveTheOrigin_IsRefused(string? path) => Assert.Null(LocalPaths.Local(path));

    [Fact]
    public void AnOverlongPath_IsRefused() => Assert.Null(LocalPaths.Local("/" + new string('a', LocalPaths.MaxLength)));

    [Theory]
    [InlineData("/contracts/c2?tab=ledger", "/contracts/c2?tab=ledger")]
    [InlineData("//evil.example/", null)]
    [InlineData("/%09/evil.example", null)]
    [InlineData(null, null)]
    public async Task SigningIn_EchoesTheReturnPath_OnlyWhenItStaysOnThisSite(string? returnUrl, string? expected)
    {
        var username = await SignedInClient.CreateAccountAsync(fixture, "vendor", null, $"vend-{Guid.NewGuid():N}"[..24], "a-long-password-1");

        var response = await SignedInClient.Browser(fixture.Factory).PostAsJsonAsync("/api/auth/login", new { username, password = "a-long-password-1", returnUrl });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var returnTo = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("returnTo");
        Assert.Equal(expected, returnTo.ValueKind == JsonValueKind.Null ? null : returnTo.GetString());
    }
}
