using System.Text.RegularExpressions;
using OpenQA.Selenium;

namespace VendorGrid.Portal.Tests;

/// <summary>
/// Issue 17, item 12: the portal lives under a Content-Security-Policy without 'unsafe-inline', so its build must
/// hold no inline script or style, and a real browser must run every page without the policy refusing anything.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed partial class ContentSecurityPolicyTests(PortalFixture fixture)
{
    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex("<style[\\s>]|\\sstyle=|\\son[a-z]+=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineStyleOrHandler();

    [Fact]
    public async Task TheBuiltIndexPage_HasNoInlineScriptStyleOrHandler_AndIsServedUnderTheStrictPolicy()
    {
        var index = await File.ReadAllTextAsync(Path.Combine(PortalFixture.PortalDirectory, "index.html"));
        var served = await fixture.Api().GetAsync("/");

        Assert.DoesNotMatch(InlineScript(), index);
        Assert.DoesNotMatch(InlineStyleOrHandler(), index);
        var policy = string.Join(", ", served.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", policy);
        Assert.Contains("style-src 'self';", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
    }

    [Fact]
    public void SigningInAndOpeningAContract_MeetsNoPolicyViolation()
    {
        using var browser = new Browser(fixture.BaseAddress);
        browser.SignIn(DemoAccounts.InstitutionAdmin(DemoAccounts.ChaoyangInstitution), PortalFixture.DemoPassword);
        browser.Wait(By.CssSelector("main"));
        var onDashboard = browser.PolicyViolations();
        browser.Open("/contracts/c2-chaoyang-his-2026");
        browser.Wait(By.CssSelector("h1"));

        Assert.Empty(onDashboard);
        Assert.Empty(browser.PolicyViolations());
    }
}
