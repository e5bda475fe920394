using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OpenQA.Selenium;
using VendorGrid.Gateway.Accounts;
using VendorGrid.Tests.Infrastructure;

namespace VendorGrid.Portal.Tests;

/// <summary>
/// Issue 20 "an axe check on every page (0 serious)": with AccessibilityTests and the screens of ListsAndScreensTests,
/// every route of App.tsx for every role that may open it is checked at least once, on a laptop or a phone — the
/// pages those two leave out here, and the states a plain visit does not reach (the editor with a draft loaded, the
/// definition the vendor is asked to confirm, two versions side by side, 待我处理 with a fact to answer).
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class EveryPageAccessibilityTests(PortalFixture fixture)
{
    private const string C1 = "c1-childrens-internet-hospital-2016", C2 = "c2-chaoyang-his-2026";
    private const string ChaoyangStaff = "staff@121100004006863122.local";

    private async Task<Browser> SignedInAsync(string? who, int width)
    {
        var browser = new Browser(fixture.BaseAddress, width, width < 600 ? 844 : 900);
        if (who is null) return browser;
        var username = who switch
        {
            "institution" => DemoAccounts.InstitutionAdmin(DemoAccounts.ChaoyangInstitution),
            "staff" => ChaoyangStaff,
            "childrens" => DemoAccounts.InstitutionAdmin(DemoAccounts.ChildrensInstitution),
            "childrens-vendor" => DemoAccounts.Vendor(DemoAccounts.ChildrensVendor),
            "registration" => DemoAccounts.InstitutionAdmin(DemoAccounts.RegistrationInstitution),
            "vendor" => DemoAccounts.Vendor(DemoAccounts.ChaoyangVendor),
            _ => DemoAccounts.Platform,
        };
        if (who == "staff")
            await fixture.Services.GetRequiredService<AccountStore>().CreateAccountAsync(ChaoyangStaff, "李雷", "institution-staff",
                DemoAccounts.ChaoyangInstitution, null, PortalFixture.DemoPassword, "portal-tests");
        browser.SignIn(username, PortalFixture.DemoPassword);
        return browser;
    }

    private static void AssertNoSeriousViolations(Browser browser, string shot)
    {
        browser.WaitFor(d => d.FindElements(By.CssSelector(".loading")).Count == 0);
        browser.Screenshot($"a11y-{shot}");
        var violations = browser.SeriousAccessibilityViolations();
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Theory]
    // Signed out: every page a visitor can reach.
    [InlineData(null, "/login", 1280)]
    [InlineData(null, "/forgot-password", 1280)]
    [InlineData(null, "/reset-password", 390)]
    [InlineData(null, "/accept-invitation", 390)]
    // The hospital's admin: 待我处理 on both widths, the pages the other tests see on one width only, and a missing page.
    [InlineData("institution", "/waiting", 1280)]
    [InlineData("institution", "/waiting", 390)]
    [InlineData("institution", "/settings", 390)]
    [InlineData("institution", "/users", 390)]
    [InlineData("institution", "/audit", 390)]
    [InlineData("institution", "/contracts/c2-chaoyang-his-2026", 390)]
    [InlineData("institution", "/no-such-page", 1280)]
    // The hospital's staff: every page its navigation offers.
    [InlineData("staff", "/institution", 1280)]
    [InlineData("staff", "/waiting", 1280)]
    [InlineData("staff", "/inbox", 390)]
    [InlineData("staff", "/settings", 1280)]
    [InlineData("staff", "/contracts/c2-chaoyang-his-2026", 1280)]
    // C1: the contract with a monthly scorecard, an acceptance checklist and a staffing table, for both sides; C3 and C4's
    // institution, which confirms its own penalties (待我处理 full of entries).
    [InlineData("childrens", "/contracts/c1-childrens-internet-hospital-2016", 1280)]
    [InlineData("childrens-vendor", "/contracts/c1-childrens-internet-hospital-2016", 390)]
    [InlineData("registration", "/waiting", 1280)]
    [InlineData("registration", "/contracts/c3-medical-registration-ops-2024", 1280)]
    // The vendor: its home on a laptop, 待我处理, the inbox, a contract on a laptop.
    [InlineData("vendor", "/vendor", 1280)]
    [InlineData("vendor", "/waiting", 1280)]
    [InlineData("vendor", "/waiting", 390)]
    [InlineData("vendor", "/inbox", 1280)]
    [InlineData("vendor", "/contracts/c2-chaoyang-his-2026", 1280)]
    // The platform: its pages on a phone (ListsAndScreensTests sees them on a laptop).
    [InlineData("platform", "/admin", 390)]
    [InlineData("platform", "/admin/deliveries", 390)]
    [InlineData("platform", "/admin/holidays", 390)]
    [InlineData("platform", "/users", 390)]
    public async Task EveryPage_OfEveryRole_HasNoSeriousOrCriticalViolation(string? who, string path, int width)
    {
        using var browser = await SignedInAsync(who, width);
        browser.Open(path);
        browser.Wait(By.CssSelector("main h1"));
        AssertNoSeriousViolations(browser, $"{who ?? "anonymous"}{path.Replace('/', '-')}-{width}");
    }

    /// <summary>The contract editor (/contracts/new) with C3's text drafted into it: the form, the text beside it, the preview.</summary>
    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task TheEditor_WithADraftLoaded_HasNoSeriousOrCriticalViolation(int width)
    {
        using var browser = await SignedInAsync("registration", width);
        browser.Open("/contracts/new");
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, "text", "c3-medical-registration-ops-2024.txt"));
        browser.Driver.ExecuteScript(
            "const [el, v] = arguments; Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set.call(el, v);" +
            "el.dispatchEvent(new Event('input', { bubbles: true }));", browser.Wait(By.Id("contract-text")), text);
        browser.Button("起草合同").Click();
        browser.Wait(By.CssSelector("[data-testid=draft-warnings]"));
        // What the draft cannot know (the text prints no codes); with them the live preview appears beside the form.
        browser.Type("def-id", $"c3-a11y-{Guid.NewGuid():N}"[..24]);
        browser.Type("def-vendor-id", DemoAccounts.RegistrationVendor);
        browser.Wait(By.CssSelector("[data-testid=preview-penalties]"));
        AssertNoSeriousViolations(browser, $"editor-draft-{width}");
    }

    /// <summary>
    /// A contract of parties of its own (so the seeded ones stay as they are): the vendor first sees the definition it is
    /// asked to confirm; the vendor reports a deliverable and the hospital sees it in 待我处理; then, after a 补充协议 both
    /// accepted, both versions side by side.
    /// </summary>
    [Fact]
    public async Task TheDefinitionToConfirm_AFactWaitingForTheHospital_AndTwoVersionsSideBySide_HaveNoSeriousOrCriticalViolation()
    {
        var (institution, vendor) = ($"inst-{Guid.NewGuid():N}"[..24], $"vend-{Guid.NewGuid():N}"[..24]);
        var (admin, vendorUser) = ($"admin@{institution}.local", $"vendor@{vendor}.local");
        var accounts = fixture.Services.GetRequiredService<AccountStore>();
        await accounts.CreateAccountAsync(admin, "王芳", "institution-admin", institution, null, PortalFixture.DemoPassword, "portal-tests");
        await accounts.CreateAccountAsync(vendorUser, "李强", "vendor", null, vendor, PortalFixture.DemoPassword, "portal-tests");
        var definition = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Seeds, C2 + ".json")))!.AsObject();
        var id = $"c2-a11y-{Guid.NewGuid():N}"[..24];
        (definition["id"], definition["institution"]!["id"], definition["vendor"]!["id"]) = (id, institution, vendor);
        using var hospitalApi = await fixture.SignedInApiAsync(admin);
        var created = await hospitalApi.PostAsync("/api/contracts", new StringContent(definition.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());

        using (var browser = await SignedInAsync(null, 390))
        {
            browser.SignIn(vendorUser, PortalFixture.DemoPassword);
            browser.Open($"/contracts/{id}");
            var confirmation = browser.Wait(By.CssSelector("[data-testid=definition-confirmation][data-status=pending]"));
            browser.Wait(By.CssSelector("[data-testid=definition-confirmation] [data-testid=penalty-example]"));
            Assert.Contains("确认无误", confirmation.Text);
            AssertNoSeriousViolations(browser, "vendor-definition-confirmation-390");
        }

        using var vendorApi = await fixture.SignedInApiAsync(vendorUser);
        var factId = $"a11y-{Guid.NewGuid():N}"[..20];
        var reported = await vendorApi.PostAsJsonAsync($"/api/contracts/{id}/events",
            new { id = factId, type = "obligation-met", obligationId = "c2-monthly-report@2026-10-01", occurredAt = "2026-10-30T16:00:00+08:00" });
        Assert.True(reported.StatusCode == HttpStatusCode.Created, await reported.Content.ReadAsStringAsync());
        using (var browser = await SignedInAsync(null, 1280))
        {
            browser.SignIn(admin, PortalFixture.DemoPassword);
            browser.Open("/waiting");
            browser.Wait(By.CssSelector($"[data-fact='{factId}']"));
            AssertNoSeriousViolations(browser, "institution-waiting-fact-1280");
        }

        var amended = definition.DeepClone().AsObject();
        foreach (var penalty in amended["penalties"]!.AsArray())
            if ((string?)penalty!["id"] == "c2-late-performance") penalty["amount"]!["rate"] = 0.005m;
        var proposed = await hospitalApi.PostAsJsonAsync($"/api/contracts/{id}/amendments",
            new { effectiveFrom = "2026-03-26", title = "补充协议一：逾期违约金调整为每日0.5%", definition = amended });
        Assert.True(proposed.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, await proposed.Content.ReadAsStringAsync());
        var accepted = await vendorApi.PostAsync($"/api/contracts/{id}/amendments/2/accept", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        Assert.True(accepted.IsSuccessStatusCode, await accepted.Content.ReadAsStringAsync());
        foreach (var width in new[] { 1280, 390 })
        {
            using var browser = await SignedInAsync(null, width);
            browser.SignIn(admin, PortalFixture.DemoPassword);
            browser.Open($"/contracts/{id}");
            browser.Wait(By.CssSelector("#version-diff-table tr[data-path='penalties[c2-late-performance].amount.rate']"));
            browser.Reveal(By.CssSelector("[data-testid=versions]"));
            AssertNoSeriousViolations(browser, $"contract-versions-diff-{width}");
        }
    }
}
