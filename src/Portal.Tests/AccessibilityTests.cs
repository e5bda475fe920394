using OpenQA.Selenium;

namespace VendorGrid.Portal.Tests;

/// <summary>axe-core finds no serious or critical violation on the main pages, on a laptop and on a phone.</summary>
[Collection(PortalCollection.Name)]
public sealed class AccessibilityTests(PortalFixture fixture)
{
    [Theory]
    [InlineData("institution", "/institution", 1280)]
    [InlineData("institution", "/contracts/c2-chaoyang-his-2026", 1280)]
    [InlineData("institution", "/institution", 390)]
    [InlineData("vendor", "/contracts/c2-chaoyang-his-2026", 390)]
    [InlineData("vendor", "/vendor", 390)]
    [InlineData("platform", "/admin", 1280)]
    [InlineData(null, "/login", 390)]
    public void MainPage_HasNoSeriousOrCriticalViolations(string? who, string path, int width)
    {
        using var browser = new Browser(fixture.BaseAddress, width, width < 600 ? 844 : 900);
        if (who is not null) browser.SignIn(who switch
        {
            "institution" => DemoAccounts.InstitutionAdmin(DemoAccounts.ChaoyangInstitution),
            "vendor" => DemoAccounts.Vendor(DemoAccounts.ChaoyangVendor),
            _ => DemoAccounts.Platform,
        }, PortalFixture.DemoPassword);
        browser.Open(path);
        browser.Wait(By.CssSelector("main h1"));
        browser.WaitFor(d => d.FindElements(By.CssSelector(".loading")).Count == 0);
        browser.Screenshot($"{path.Trim('/').Replace('/', '-')}-{width}");
        var violations = browser.SeriousAccessibilityViolations();
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }
}
