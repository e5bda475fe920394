using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenQA.Selenium;

namespace VendorGrid.Portal.Tests;

/// <summary>Each role signs in, lands on its own dashboard, does its main task through the UI, and signs out.</summary>
[Collection(PortalCollection.Name)]
public sealed class PortalRoleTests(PortalFixture fixture)
{
    private const string Chaoyang = "/contracts/c2-chaoyang-his-2026";

    [Fact]
    public void InstitutionAdmin_ConfirmsAProposedPenalty_AndTheNextPaymentNetDrops()
    {
        using var browser = new Browser(fixture.BaseAddress);
        browser.SignIn(DemoAccounts.InstitutionAdmin(DemoAccounts.ChaoyangInstitution), PortalFixture.DemoPassword);
        Assert.EndsWith("/institution", browser.Driver.Url);
        browser.ExpectText(By.CssSelector("[data-testid=next-payment-net]"), "¥737,500.00");
        browser.Screenshot("institution-dashboard");

        // C2 第八条第11款「经乙方确认后」(issue 15): the hospital may waive but not confirm; the vendor confirms.
        browser.Open(Chaoyang);
        var actions = browser.Wait(By.CssSelector("[data-entry='c2-late-performance:c2-go-live'] .actions"));
        Assert.Equal(["说明", "免除"], actions.FindElements(By.TagName("button")).Select(b => b.Text));
        browser.SignOut();
        browser.SignIn(DemoAccounts.Vendor(DemoAccounts.ChaoyangVendor), PortalFixture.DemoPassword);
        browser.Open(Chaoyang);
        browser.Wait(By.XPath("//tr[@data-entry='c2-late-performance:c2-go-live']//button[normalize-space()='确认']")).Click();
        browser.Button("提交").Click();
        Assert.Contains("已确认该违约金", browser.Wait(By.CssSelector(".notice")).Text);
        browser.Screenshot("contract-page");
        fixture.Clock.Advance(TimeSpan.FromMinutes(1));
        browser.SignOut();

        browser.SignIn(DemoAccounts.InstitutionAdmin(DemoAccounts.ChaoyangInstitution), PortalFixture.DemoPassword);
        browser.Open("/institution");
        browser.WaitFor(d => d.FindElement(By.CssSelector("[data-testid=next-payment-net]")).Text == "¥0.00");
        browser.ExpectText(By.CssSelector("[data-testid=confirmed]"), "¥1,084,125.00");
        browser.SignOut();
    }

    [Fact]
    public void Vendor_DisputesAnEntry_AndSubmitsADeliverable()
    {
        using var browser = new Browser(fixture.BaseAddress);
        browser.SignIn(DemoAccounts.Vendor(DemoAccounts.ChaoyangVendor), PortalFixture.DemoPassword);
        Assert.EndsWith("/vendor", browser.Driver.Url);
        browser.Wait(By.XPath("//tr[@data-contract='c2-chaoyang-his-2026']/td[normalize-space()='首都医科大学附属北京朝阳医院']"));
        browser.Screenshot("vendor-dashboard");

        browser.Wait(By.CssSelector(".list-group > summary")).Click(); // the first contract's obligations
        var firstOpen = browser.Wait(By.CssSelector("tr[data-obligation] button"));
        var obligation = firstOpen.FindElement(By.XPath("./ancestor::tr")).GetAttribute("data-obligation");
        var title = firstOpen.FindElement(By.XPath("./ancestor::tr/td[1]")).Text;
        firstOpen.Click(); // asks first, in the row; nothing is sent yet
        Assert.Contains($"「{title}」", browser.Wait(By.CssSelector("[data-testid=deliverable-confirm]")).Text);
        browser.Button("取消").Click();
        Assert.Empty(browser.Driver.FindElements(By.CssSelector("[data-testid=deliverable-confirm]")));
        Assert.DoesNotContain("交付物已提交", browser.Driver.FindElement(By.TagName("main")).Text);
        browser.Wait(By.CssSelector($"tr[data-obligation='{obligation}'] button")).Click(); // still open: nothing was recorded
        browser.Button("确认提交").Click();
        Assert.Contains("交付物已提交", browser.Wait(By.CssSelector(".notice")).Text);
        fixture.Clock.Advance(TimeSpan.FromMinutes(1));

        browser.Open(Chaoyang);
        browser.Wait(By.XPath("//tr[@data-entry='c2-late-performance:escalation']//button[normalize-space()='异议']")).Click();
        browser.Button("提交").Click();
        browser.ExpectText(By.Id("decision-reason-error"), "请填写原因"); // validated before sending
        browser.Type("decision-reason", "逾期系院方场地未就绪所致");
        browser.Button("提交").Click();
        Assert.Contains("已提出异议", browser.Wait(By.CssSelector(".notice")).Text);
        fixture.Clock.Advance(TimeSpan.FromMinutes(1));
        browser.Driver.Navigate().Refresh();
        browser.WaitFor(d => d.FindElement(By.CssSelector("[data-entry='c2-late-performance:escalation'] .badge")).Text == "有异议");
        Assert.DoesNotContain(browser.Driver.FindElements(By.CssSelector("[data-entry='c2-late-performance:escalation'] button")), b => b.Displayed && b.Text == "异议");
        Assert.NotNull(obligation);
        browser.SignOut();
    }

    [Fact]
    public void PlatformAdmin_OnboardsAnInstitution()
    {
        using var browser = new Browser(fixture.BaseAddress);
        browser.SignIn(DemoAccounts.Platform, PortalFixture.DemoPassword);
        Assert.EndsWith("/admin", browser.Driver.Url);
        var silo = browser.Wait(By.CssSelector("[data-testid=silos] tbody tr"));
        Assert.Contains("运行中", silo.Text); // the test cluster's silo, its status in Chinese
        Assert.Contains("平台目录", silo.Text); // activations by what they hold (the seeded platform directory), not by assembly
        Assert.False(silo.FindElement(By.TagName("button")).Enabled); // the last active silo cannot be drained
        Assert.Contains("排空", browser.Wait(By.CssSelector("[data-testid=scale-guidance]")).Text);
        browser.Reveal(By.CssSelector("[data-testid=silos]"));
        browser.Screenshot("admin-cluster"); // docs/OPERATIONS.md shows it
        var id = $"portal-{Guid.NewGuid():N}"[..20];
        browser.Type("institution-id", "Not An Id");
        browser.Type("institution-name", "北京测试医院");
        browser.Wait(By.CssSelector("[data-testid=onboard-institution] button[type=submit]")).Click();
        Assert.Contains("统一社会信用代码", browser.Wait(By.Id("institution-id-error")).Text);

        browser.Type("institution-id", id);
        browser.Type("institution-email", "director@example.org");
        browser.Type("institution-admin-name", "王主任");
        browser.Wait(By.CssSelector("[data-testid=onboard-institution] button[type=submit]")).Click();
        var done = browser.Wait(By.CssSelector("[data-testid=onboarded-institution]")).Text;
        Assert.Contains("北京测试医院", done);
        Assert.Contains("邀请邮件已发送至 director@example.org", done);
        Assert.DoesNotContain("#", done);  // the link only ever reaches the invited address
        browser.Screenshot("admin");
        browser.SignOut();
    }

    [Fact]
    public async Task AnInvitedAdmin_OpensTheEmailedLink_SetsAPassword_AndSignsIn()
    {
        var email = $"new-admin-{Guid.NewGuid():N}@example.org";
        using (var platform = await fixture.SignedInApiAsync(DemoAccounts.Platform))
        {
            var invited = await platform.PostAsJsonAsync($"/api/institutions/{DemoAccounts.ChaoyangInstitution}/admins", new { email, displayName = "新管理员" });
            Assert.Equal(System.Net.HttpStatusCode.Created, invited.StatusCode);
        }
        var (page, token) = await fixture.Mailbox.LinkAsync(email, "invitation");
        using var browser = new Browser(fixture.BaseAddress);

        browser.Driver.Navigate().GoToUrl($"{page}#{token}");
        Assert.Contains(email, browser.Wait(By.CssSelector("[data-testid=invitation]")).Text);
        browser.Type("password", "a-new-admin-password");
        browser.Type("repeat", "a-new-admin-password");
        browser.Button("提交").Click();
        browser.ExpectText(By.CssSelector("[role=status]"), "邀请已接受，请登录");
        browser.SignIn(email, "a-new-admin-password");

        Assert.EndsWith("/institution", browser.Driver.Url);
    }

    [Fact]
    public async Task AForgottenPassword_IsResetThroughTheEmailedLink()
    {
        var email = $"forgetful-{Guid.NewGuid():N}@example.org";
        var store = fixture.Services.GetRequiredService<VendorGrid.Gateway.Accounts.AccountStore>();
        Assert.True(await store.CreateAccountAsync(email, "健忘", "vendor", null, DemoAccounts.ChaoyangVendor, "the-forgotten-one", "portal-tests"));
        using var browser = new Browser(fixture.BaseAddress);

        browser.Open("/login");
        browser.Wait(By.LinkText("忘记密码？")).Click();
        browser.Type("email", email);
        browser.Button("发送重置链接").Click();
        Assert.Contains("重置链接已发送", browser.Wait(By.CssSelector("[role=status]")).Text);
        var (page, token) = await fixture.Mailbox.LinkAsync(email, "password-reset");
        browser.Driver.Navigate().GoToUrl($"{page}#{token}");
        browser.Type("password", "the-remembered-one");
        browser.Type("repeat", "the-remembered-one");
        browser.Button("提交").Click();
        browser.ExpectText(By.CssSelector("[role=status]"), "密码已重置，请登录");
        browser.SignIn(email, "the-remembered-one");

        Assert.EndsWith("/vendor", browser.Driver.Url);
    }

    [Fact]
    public void Vendor_CannotOpenAnotherVendorsContractByUrl()
    {
        using var browser = new Browser(fixture.BaseAddress);
        browser.SignIn(DemoAccounts.Vendor(DemoAccounts.ChaoyangVendor), PortalFixture.DemoPassword);
        browser.Open("/contracts/c3-medical-registration-ops-2024");
        browser.ExpectText(By.CssSelector("[data-testid=not-found]"), "未找到该合同");
        Assert.DoesNotContain("北京民科", browser.Driver.PageSource);
        Assert.DoesNotContain("电子化注册", browser.Driver.PageSource);
    }

    [Fact]
    public void SignedOut_AnyPageLeadsToSignIn_AndEnglishIsRemembered()
    {
        using var browser = new Browser(fixture.BaseAddress);
        browser.Open(Chaoyang);
        browser.Wait(By.Id("username"));
        Assert.EndsWith("/login", browser.Driver.Url);
        browser.Button("English").Click();
        browser.Wait(By.XPath("//h1[normalize-space()='Sign in']"));
        browser.Driver.Navigate().Refresh();
        browser.Wait(By.XPath("//h1[normalize-space()='Sign in']"));
        Assert.Equal("en", browser.Driver.FindElement(By.TagName("html")).GetAttribute("lang"));
        browser.Button("中文").Click();
        browser.Wait(By.XPath("//h1[normalize-space()='登录']"));
    }

    [Fact]
    public void WrongPassword_IsSaidInPlainChinese()
    {
        using var browser = new Browser(fixture.BaseAddress);
        browser.Open("/login");
        browser.Button("登录").Click();
        browser.ExpectText(By.Id("username-error"), "请输入用户名");
        browser.Type("username", DemoAccounts.Platform);
        browser.Type("password", "not-the-password");
        browser.Button("登录").Click();
        browser.ExpectText(By.CssSelector("[role=alert]"), "用户名或密码不正确");
    }
}
