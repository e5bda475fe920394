using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OpenQA.Selenium;
using VendorGrid.Gateway.Accounts;
using VendorGrid.Tests.Infrastructure;

namespace VendorGrid.Portal.Tests;

/// <summary>
/// Issue 18 §3 in the portal: the hospital proposes a 补充协议 changing C2's daily late rate, the vendor accepts it, both
/// versions are in force and the side-by-side comparison shows the rate that changed. On a copy of C2 between parties of
/// its own (its own demo accounts), so the seeded contracts other tests read stay as they are.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class AmendmentsPortalTests(PortalFixture fixture)
{
    private static By Version(int n) => By.CssSelector($"#versions-table tr[data-version='{n}']");

    [Fact]
    public async Task TheHospitalProposesARateChange_TheVendorAccepts_AndTheComparisonShowsTheRate()
    {
        var (institution, vendor) = ($"inst-{Guid.NewGuid():N}"[..24], $"vend-{Guid.NewGuid():N}"[..24]);
        var (admin, vendorUser) = ($"admin@{institution}.local", $"vendor@{vendor}.local");
        var accounts = fixture.Services.GetRequiredService<AccountStore>();
        await accounts.CreateAccountAsync(admin, "王芳", "institution-admin", institution, null, PortalFixture.DemoPassword, "portal-tests");
        await accounts.CreateAccountAsync(vendorUser, "李强", "vendor", null, vendor, PortalFixture.DemoPassword, "portal-tests");
        var definition = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Seeds, "c2-chaoyang-his-2026.json")))!.AsObject();
        var id = $"c2-amend-{Guid.NewGuid():N}"[..24];
        (definition["id"], definition["institution"]!["id"], definition["vendor"]!["id"]) = (id, institution, vendor);
        using (var api = await fixture.SignedInApiAsync(admin))
        {
            var created = await api.PostAsync("/api/contracts", new StringContent(definition.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
            Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        }

        using (var hospital = new Browser(fixture.BaseAddress))
        {
            hospital.SignIn(admin, PortalFixture.DemoPassword);
            hospital.Open($"/contracts/{id}");
            hospital.Wait(Version(1));
            hospital.Button("提出补充协议").Click();
            hospital.Type("amendment-title", "补充协议一：逾期违约金调整为每日0.5%");
            hospital.SetValue(By.Id("amendment-effective"), "2026-03-26");
            hospital.Choose("amendment-clause", "第八条第4款 c2-late-performance（0.3%）");
            hospital.Type("amendment-rate", "0.5");
            hospital.Button("提出").Click();
            var proposed = hospital.Wait(By.CssSelector("#versions-table tr[data-version='2'][data-status='proposed']"));
            Assert.Contains("待对方确认", proposed.Text);
            // The proposing side cannot answer its own proposal.
            Assert.Empty(proposed.FindElements(By.XPath(".//button[normalize-space()='接受']")));
        }

        using var browser = new Browser(fixture.BaseAddress);
        browser.SignIn(vendorUser, PortalFixture.DemoPassword);
        browser.Open($"/contracts/{id}");
        browser.Wait(Version(2)).FindElement(By.XPath(".//button[normalize-space()='接受']")).Click();
        browser.Wait(By.CssSelector("#versions-table tr[data-version='2'][data-status='in-force']"));
        Assert.Equal(2, browser.Driver.FindElements(By.CssSelector("#versions-table tr[data-status='in-force']")).Count);
        Assert.Contains("2026/03/26", browser.Wait(Version(2)).Text);

        var rate = browser.Wait(By.CssSelector("#version-diff-table tr[data-path='penalties[c2-late-performance].amount.rate']"));
        Assert.StartsWith("第八条第4款 逾期履行违约金 · 金额 · 费率", rate.FindElement(By.CssSelector("th")).Text);
        Assert.Equal(("0.3%", "0.5%"), (rate.FindElement(By.CssSelector(".changed-before")).Text, rate.FindElement(By.CssSelector(".changed-after")).Text));
        Assert.Single(browser.Driver.FindElements(By.CssSelector("#version-diff-table tbody tr")));
        Assert.Empty(browser.SeriousAccessibilityViolations());
        browser.Reveal(By.CssSelector("[data-testid=versions]"));
        browser.Screenshot("contract-versions-diff");
    }
}
