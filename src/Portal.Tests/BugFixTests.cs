using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;
using OpenQA.Selenium;
using VendorGrid.Domain.Parties;

namespace VendorGrid.Portal.Tests;

/// <summary>Issue 20 §4: each bug as a person meets it in the browser.</summary>
[Collection(PortalCollection.Name)]
public sealed class BugFixTests(PortalFixture fixture)
{
    private const string Chaoyang = "/contracts/c2-chaoyang-his-2026";
    private static string Admin => DemoAccounts.InstitutionAdmin(DemoAccounts.ChaoyangInstitution);
    /// <summary>A ledger row's decisions: every button but 说明, which opens the entry's explanation in any view.</summary>
    private static readonly By DecisionButtons = By.CssSelector("button:not([data-testid=explain])");

    [Fact]
    public void B1_AWaivedPenalty_ShowsWaivedAtOnce_AndNoDecisionIsOfferedInAViewOfAnotherDay()
    {
        const string entry = "c2-safety-breach:c2-fire-drill@2026-02-05";
        using var browser = new Browser(fixture.BaseAddress);
        browser.SignIn(Admin, PortalFixture.DemoPassword);
        browser.Open(Chaoyang);
        // A what-if view of an earlier day shows the ledger as it stood then: a decision made now would not show in
        // it, so none is offered there.
        browser.Wait(By.CssSelector("[data-entry='c2-late-performance:escalation']"));
        browser.SetValue(By.Id("as-of"), "2026-06-30");
        browser.WaitFor(d => d.FindElements(By.CssSelector($"[data-entry='{entry}']")).Count == 0); // proposed only in August
        // Only 说明 (the explanation, issue 20 §1), which reads and decides nothing.
        Assert.Empty(browser.Wait(By.CssSelector("[data-entry='c2-late-performance:escalation']")).FindElements(DecisionButtons));
        browser.Button("今天").Click();
        var row = By.CssSelector($"[data-entry='{entry}']");
        browser.Wait(By.XPath($"//tr[@data-entry='{entry}']//button[normalize-space()='免除']")).Click();
        browser.Type("decision-reason", "院方同意免除");
        browser.Button("提交").Click();

        Assert.Contains("已免除该违约金", browser.Wait(By.CssSelector(".notice")).Text);
        browser.WaitFor(d => d.FindElement(row).FindElement(By.CssSelector(".badge")).Text == "已免除");
        Assert.Empty(browser.Driver.FindElement(row).FindElements(DecisionButtons));
    }

    [Fact]
    public async Task B2_TheContractsAuditTrail_ShowsTheChangesUnderIt()
    {
        // An incident and its steps: audit rows filed under "c2-chaoyang-his-2026/<incident>", the contract's own.
        var incident = $"audit-{Guid.NewGuid():N}"[..20];
        using var hospital = await fixture.SignedInApiAsync(Admin);
        Assert.Equal(HttpStatusCode.Created, (await hospital.PostAsJsonAsync($"/api{Chaoyang}/incidents",
            new { id = incident, openedAt = "2026-11-22T09:40:00+08:00", severity = "normal", summary = "审计测试：打印机脱机" })).StatusCode);
        foreach (var (type, at) in new[] { ("responded", "2026-11-22T09:42:00+08:00"), ("restored", "2026-11-22T09:45:00+08:00") })
            Assert.Equal(HttpStatusCode.Created, (await hospital.PostAsJsonAsync($"/api{Chaoyang}/incidents/{incident}/events", new { type, at })).StatusCode);

        using var browser = new Browser(fixture.BaseAddress);
        browser.SignIn(Admin, PortalFixture.DemoPassword);
        browser.Open(Chaoyang);
        var step = browser.Wait(By.CssSelector("[data-testid=contract-audit] tr[data-route='/api/contracts/{id}/incidents/{incidentId}/events']"));
        Assert.Contains("记录事件步骤", step.Text);
        Assert.Contains("成功", step.Text);
    }

    [Fact]
    public void B3_AnUnknownPage_SaysPageNotFound_NotThatTheServiceIsDown()
    {
        using var browser = new Browser(fixture.BaseAddress);
        browser.SignIn(Admin, PortalFixture.DemoPassword);
        browser.Open("/no-such-page");
        browser.ExpectText(By.CssSelector("main h1"), "页面不存在");
        Assert.DoesNotContain("服务暂时不可用", browser.Driver.FindElement(By.TagName("main")).Text);
        Assert.Empty(browser.Driver.FindElements(By.CssSelector("main [role=alert]")));
    }

    [Fact]
    public async Task B5_ThePasswordRuleIsTheServers_TenCharacters_SaidInChinese()
    {
        var institution = $"pw-{Guid.NewGuid():N}"[..20];
        using var platform = await fixture.SignedInApiAsync(DemoAccounts.Platform);
        await platform.PostAsJsonAsync("/api/institutions", new { id = institution, name = "北京密码测试医院" });
        var invited = await platform.PostAsJsonAsync($"/api/institutions/{institution}/admins", new { email = $"{institution}@hospital.org.cn", displayName = "王主任" });
        Assert.Equal(System.Net.HttpStatusCode.Created, invited.StatusCode);
        var (page, token) = await fixture.Mailbox.LinkAsync($"{institution}@hospital.org.cn", "invitation");

        using var browser = new Browser(fixture.BaseAddress);
        browser.Driver.Navigate().GoToUrl($"{page}#{token}");
        browser.Type("password", "123456789");
        browser.Type("repeat", "123456789");
        browser.Button("提交").Click();
        browser.ExpectText(By.Id("password-error"), "密码至少 10 位");
        Assert.DoesNotContain("must be", browser.Driver.PageSource);

        browser.Type("password", "1234567890");
        browser.Type("repeat", "1234567890");
        browser.Button("提交").Click();
        browser.ExpectText(By.CssSelector("[role=status]"), "邀请已接受，请登录");
    }

    [Fact]
    public void B6_TheLedgerExport_HasChineseHeadersAndWords_AndAmountsAsNumbers()
    {
        using var browser = new Browser(fixture.BaseAddress);
        browser.SignIn(Admin, PortalFixture.DemoPassword);
        browser.Open(Chaoyang);
        browser.Wait(By.CssSelector("[data-testid=ledger-export]")).Click();

        using var workbook = new XLWorkbook(browser.WaitForDownload(".xlsx"));
        var sheet = workbook.Worksheets.First();
        Assert.Equal(["条款", "类别", "依据", "提出日期", "金额", "状态"], sheet.Row(1).CellsUsed().Select(c => c.GetString()));
        var goLive = sheet.RowsUsed().Skip(1).Single(r => r.Cell(3).GetString().Contains("四个模块上线"));
        Assert.Equal("第八条第4款", goLive.Cell(1).GetString().Split(' ')[0]);
        Assert.Equal("违约金", goLive.Cell(2).GetString());
        Assert.Equal(XLDataType.Number, goLive.Cell(5).DataType);
        // Issue 15: a delay penalty still running is posted as it accrues (累计中) until the module goes live.
        Assert.Contains(goLive.Cell(6).GetString(), new[] { "待确认", "已确认", "累计中" });
        var words = sheet.RowsUsed().SelectMany(r => r.CellsUsed()).Select(c => c.GetString()).ToList();
        Assert.DoesNotContain(words, w => w is "proposed" or "confirmed" or "accrual" || w.StartsWith("c2-", StringComparison.Ordinal));
    }

    [Fact]
    public void B8_TheStatementMonthPicker_OffersOnlyEndedMonthsOfTheTerm()
    {
        using var browser = new Browser(fixture.BaseAddress);
        browser.SignIn(Admin, PortalFixture.DemoPassword);
        browser.Open(Chaoyang);
        var months = browser.Wait(By.Id("statement-month")).FindElements(By.TagName("option")).Select(o => o.GetAttribute("value")).ToList();

        // C2 runs 2026-02-05 to 2027-03-02; on the server's 2026-11-22 the last ended month is 2026-10.
        Assert.Equal("2026-10", months.First());
        Assert.Equal("2026-02", months.Last());
        Assert.Equal(9, months.Count);
    }

    [Fact]
    public void B9_AcceptanceWithoutDocuments_SaysSoOnce_AndAsksBeforeAccepting()
    {
        using var browser = new Browser(fixture.BaseAddress);
        browser.SignIn(Admin, PortalFixture.DemoPassword);
        browser.Open(Chaoyang);
        var state = browser.Wait(By.CssSelector("[data-testid=acceptance-state]")).Text;
        Assert.Equal("本合同无需提交验收资料，可直接验收", state);
        Assert.DoesNotContain("资料齐备", browser.Wait(By.CssSelector("[data-testid=acceptance]")).Text);

        browser.Button("确认验收…").Click();
        Assert.Contains("不能撤销", browser.Wait(By.CssSelector("[data-testid=accept-confirm]")).Text);
        Assert.Empty(browser.SeriousAccessibilityViolations());
        browser.Button("取消").Click(); // the shared contract stays unaccepted for the other tests
        browser.ExpectText(By.CssSelector("[data-testid=acceptance-state]"), "本合同无需提交验收资料，可直接验收");
    }

    [Fact]
    public void B10_TheVendorHome_BuildsAHandfulOfDateFormatters_NotThousands()
    {
        using var browser = new Browser(fixture.BaseAddress);
        browser.SignIn(DemoAccounts.Vendor(DemoAccounts.ChaoyangVendor), PortalFixture.DemoPassword);
        browser.BeforeEveryPage("""
            window.__formatters = 0;
            const Original = Intl.DateTimeFormat;
            Intl.DateTimeFormat = new Proxy(Original, { construct(target, args) { window.__formatters++; return new target(...args); },
              apply(target, self, args) { window.__formatters++; return target(...args); } });
            """);
        browser.Open("/vendor");
        browser.Wait(By.CssSelector("[data-testid=contract-summary] tbody tr"));
        foreach (var group in browser.Driver.FindElements(By.CssSelector(".list-group > summary"))) group.Click(); // every group open
        browser.Wait(By.CssSelector(".list-group[open] tbody tr"));
        var built = Convert.ToInt64(browser.Driver.ExecuteScript("return window.__formatters;"));
        Assert.InRange(built, 1, 20);
    }

    [Fact]
    public async Task Onboarding_RefusesToRenameAParty_AndChecksTheUsccCheckCharacter()
    {
        var id = $"rename-{Guid.NewGuid():N}"[..24];
        using (var platform = await fixture.SignedInApiAsync(DemoAccounts.Platform))
            Assert.Equal(HttpStatusCode.Created, (await platform.PostAsJsonAsync("/api/institutions", new { id, name = "北京原名医院" })).StatusCode);

        using var browser = new Browser(fixture.BaseAddress);
        browser.SignIn(DemoAccounts.Platform, PortalFixture.DemoPassword);
        browser.Type("institution-id", "121100004006863123"); // 朝阳医院's code with its last character mistyped
        browser.Type("institution-name", "北京测试医院");
        browser.Wait(By.CssSelector("[data-testid=onboard-institution] button[type=submit]")).Click();
        browser.ExpectText(By.Id("institution-id-error"), "统一社会信用代码校验位不正确");
        Assert.True(UnifiedSocialCreditCode.IsValid("121100004006863122"));

        browser.Type("institution-id", id);
        browser.Type("institution-name", "北京改名医院");
        browser.Wait(By.CssSelector("[data-testid=onboard-institution] button[type=submit]")).Click();
        browser.ExpectText(By.CssSelector("[data-testid=onboard-institution-failure]"), "该标识已入驻，名称为「北京原名医院」；入驻不会更改名称");
        using var check = await fixture.SignedInApiAsync(DemoAccounts.Platform);
        var again = await check.PostAsJsonAsync("/api/institutions", new { id, name = "北京原名医院" });
        Assert.Equal("北京原名医院", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("name").GetString());
    }

    [Fact]
    public void AnInvitationToAnAddressWithoutADomain_IsRefusedBeforeSending_AndYourOwnAccountHasNoDisableButton()
    {
        using var browser = new Browser(fixture.BaseAddress);
        browser.SignIn(Admin, PortalFixture.DemoPassword);
        browser.Open("/users");
        var me = browser.Wait(By.CssSelector($"tr[data-user='{Admin}']"));
        Assert.Contains("本人", me.Text);
        Assert.Empty(me.FindElements(By.TagName("button")));

        browser.Type("invite-email", "a@b");
        browser.Type("invite-name", "测试");
        browser.Button("邀请用户").Click();
        browser.ExpectText(By.Id("invite-email-error"), "邮箱格式不正确");
        Assert.Empty(browser.Driver.FindElements(By.CssSelector("[data-invitation='a@b']")));
        Assert.Empty(browser.SeriousAccessibilityViolations());
    }

    [Fact]
    public void AfterSigningOut_TheNextPersonLandsOnTheirOwnHome_NotThePreviousUsersPage()
    {
        using var browser = new Browser(fixture.BaseAddress);
        browser.SignIn(Admin, PortalFixture.DemoPassword);
        browser.Open(Chaoyang);
        browser.Wait(By.CssSelector("[data-testid=total]"));
        browser.SignOut();

        browser.Type("username", DemoAccounts.Vendor(DemoAccounts.ChildrensVendor));
        browser.Type("password", PortalFixture.DemoPassword);
        browser.Button("登录").Click();
        browser.WaitFor(d => d.Url.EndsWith("/vendor"));
        Assert.Empty(browser.Driver.FindElements(By.CssSelector("[data-testid=not-found]")));
        Assert.Empty(browser.Driver.FindElements(By.CssSelector("[data-testid=session-expired]")));
    }

    [Theory]
    [InlineData("institution")]
    [InlineData("vendor")]
    public void OnAPhone_TheLedgerAndPaymentsFitTheScreen(string who)
    {
        using var browser = new Browser(fixture.BaseAddress, 390, 844);
        browser.SignIn(who == "vendor" ? DemoAccounts.Vendor(DemoAccounts.ChaoyangVendor) : Admin, PortalFixture.DemoPassword);
        browser.Open(Chaoyang);
        foreach (var list in new[] { "ledger", "payments", "obligations" })
        {
            var box = browser.Wait(By.CssSelector($"[data-testid={list}]"));
            var (content, visible) = ((long)(browser.Driver.ExecuteScript("return arguments[0].scrollWidth;", box) ?? 0L),
                (long)(browser.Driver.ExecuteScript("return arguments[0].clientWidth;", box) ?? 0L));
            Assert.True(content <= visible, $"{list}: {content} px of content in a {visible} px box");
        }
        browser.Reveal(By.CssSelector("[data-testid=ledger]"));
        browser.Screenshot($"contract-ledger-cards-{who}-390");
    }
}
