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
        Assert.Equal("¥737,500.00", browser.Wait(By.CssSelector("[data-testid=next-payment-net]")).Text);
        browser.Screenshot("institution-dashboard");

        browser.Open(Chaoyang);
        browser.Wait(By.CssSelector("[data-entry='c2-late-performance:c2-go-live'] button")).Click(); // 确认
        browser.Button("提交").Click();
        Assert.Contains("已确认该违约金", browser.Wait(By.CssSelector(".notice")).Text);
        browser.Screenshot("contract-page");
        fixture.Clock.Advance(TimeSpan.FromMinutes(1));

        browser.Open("/institution");
        browser.WaitFor(d => d.FindElement(By.CssSelector("[data-testid=next-payment-net]")).Text == "¥0.00");
        Assert.Equal("¥1,084,125.00", browser.Wait(By.CssSelector("[data-testid=confirmed]")).Text);
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
        firstOpen.Click();
        Assert.Contains("交付物已提交", browser.Wait(By.CssSelector(".notice")).Text);
        fixture.Clock.Advance(TimeSpan.FromMinutes(1));

        browser.Open(Chaoyang);
        browser.Wait(By.CssSelector("[data-entry='c2-late-performance:escalation'] button")).Click(); // 异议
        browser.Button("提交").Click();
        Assert.Equal("请填写原因", browser.Wait(By.Id("decision-reason-error")).Text); // validated before sending
        browser.Type("decision-reason", "逾期系院方场地未就绪所致");
        browser.Button("提交").Click();
        Assert.Contains("已提出异议", browser.Wait(By.CssSelector(".notice")).Text);
        fixture.Clock.Advance(TimeSpan.FromMinutes(1));
        browser.Driver.Navigate().Refresh();
        browser.WaitFor(d => d.FindElement(By.CssSelector("[data-entry='c2-late-performance:escalation'] .badge")).Text == "有异议");
        Assert.DoesNotContain(browser.Driver.FindElements(By.CssSelector("[data-entry='c2-late-performance:escalation'] button")), b => b.Displayed);
        Assert.NotNull(obligation);
        browser.SignOut();
    }

    [Fact]
    public void PlatformAdmin_OnboardsAnInstitution()
    {
        using var browser = new Browser(fixture.BaseAddress);
        browser.SignIn(DemoAccounts.Platform, PortalFixture.DemoPassword);
        Assert.EndsWith("/admin", browser.Driver.Url);
        Assert.Contains("Active", browser.Wait(By.CssSelector("[data-testid=silos] tbody tr")).Text); // the test cluster's silo
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
        Assert.Contains("/accept-invitation#", done);
        browser.Screenshot("admin");
        browser.SignOut();
    }

    [Fact]
    public void Vendor_CannotOpenAnotherVendorsContractByUrl()
    {
        using var browser = new Browser(fixture.BaseAddress);
        browser.SignIn(DemoAccounts.Vendor(DemoAccounts.ChaoyangVendor), PortalFixture.DemoPassword);
        browser.Open("/contracts/c3-medical-registration-ops-2024");
        Assert.Equal("未找到该合同", browser.Wait(By.CssSelector("[data-testid=not-found]")).Text);
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
        Assert.Equal("请输入用户名", browser.Wait(By.Id("username-error")).Text);
        browser.Type("username", DemoAccounts.Platform);
        browser.Type("password", "not-the-password");
        browser.Button("登录").Click();
        Assert.Equal("用户名或密码不正确", browser.Wait(By.CssSelector("[role=alert]")).Text);
    }
}
