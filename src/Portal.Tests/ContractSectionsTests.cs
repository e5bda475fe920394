using System.Net;
using System.Net.Http.Json;
using OpenQA.Selenium;
using VendorGrid.Gateway.Security;

namespace VendorGrid.Portal.Tests;

/// <summary>
/// The contract page's incidents, evaluations, acceptance checklist and statements, the calendar marked from the API,
/// and a session that ends mid-page.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ContractSectionsTests(PortalFixture fixture)
{
    private const string Chaoyang = "c2-chaoyang-his-2026";

    /// <summary>Waits until the section is on the page and done loading (showing content, "not in this contract" or an error).</summary>
    private static void WaitForSection(Browser browser, string section) => browser.WaitFor(d =>
        d.FindElements(By.CssSelector($"[data-testid={section}] h2")).Count > 0 && d.FindElements(By.CssSelector($"[data-testid={section}] .loading")).Count == 0);

    [Fact]
    public async Task Vendor_AnswersAnIncident_AndSeesTheClockMet()
    {
        // A Sunday morning call (outside working time: the 30-minute reply clock runs), opened by the hospital.
        var incident = $"portal-{Guid.NewGuid():N}"[..20];
        using var hospital = await fixture.SignedInApiAsync(DemoAccounts.InstitutionAdmin(DemoAccounts.ChaoyangInstitution));
        var opened = await hospital.PostAsJsonAsync($"/api/contracts/{Chaoyang}/incidents",
            new { id = incident, openedAt = "2026-11-22T09:50:00+08:00", severity = "normal", summary = "门诊挂号系统无法登录" });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);

        using var browser = new Browser(fixture.BaseAddress);
        browser.SignIn(DemoAccounts.Vendor(DemoAccounts.ChaoyangVendor), PortalFixture.DemoPassword);
        browser.Open($"/contracts/{Chaoyang}");
        var row = By.CssSelector($"[data-incident='{incident}'] [data-clock=reply] .badge");
        browser.ExpectText(row, "计时中");
        browser.Wait(By.CssSelector($"[data-incident='{incident}'] button")).Click(); // 响应事件
        browser.SetValue(By.Id($"answer-{incident}-at"), "2026-11-22T09:55");
        Assert.Empty(browser.SeriousAccessibilityViolations()); // the incident, its clocks and the answer form
        browser.Reveal(By.CssSelector($"[data-incident='{incident}']"));
        browser.Screenshot("contract-incident-answer");
        browser.Button("提交").Click();

        Assert.Contains("已记录事件响应", browser.Wait(By.CssSelector(".notice")).Text);
        browser.WaitFor(d => d.FindElement(row).Text == "按时完成");
        Assert.Contains("已响应", browser.Wait(By.CssSelector($"[data-incident='{incident}'] p")).Text);
        browser.Screenshot("contract-incident-met");

        // Restored too, so no clock runs out later in the shared contract and proposes a penalty other tests would see.
        var restored = await hospital.PostAsJsonAsync($"/api/contracts/{Chaoyang}/incidents/{incident}/events",
            new { type = "restored", at = "2026-11-22T09:58:00+08:00" });
        Assert.Equal(HttpStatusCode.Created, restored.StatusCode);
    }

    [Fact]
    public void InstitutionAdmin_SeesEvaluationsAcceptanceAndTheStatementDownload()
    {
        using var browser = new Browser(fixture.BaseAddress);
        browser.SignIn(DemoAccounts.InstitutionAdmin(DemoAccounts.ChaoyangInstitution), PortalFixture.DemoPassword);
        browser.Open($"/contracts/{Chaoyang}");

        // Each section shows its content or says the contract has none; never a spinner left behind or an error.
        foreach (var section in new[] { "evaluations", "acceptance", "incidents", "statements" })
        {
            WaitForSection(browser, section);
            Assert.Empty(browser.Driver.FindElements(By.CssSelector($"[data-testid={section}] [role=alert]")));
        }
        Assert.NotNull(browser.Wait(By.XPath("//h2[normalize-space()='考核评价']")));
        Assert.NotNull(browser.Wait(By.XPath("//h2[normalize-space()='验收清单']")));

        // The last ended month by the server's clock (2026-11-22), whatever day the browser's clock says it is.
        Assert.Equal("2026-10", browser.Wait(By.Id("statement-month")).GetAttribute("value"));
        var link = browser.Wait(By.CssSelector("[data-testid=statement-download]"));
        Assert.EndsWith("/api/contracts/c2-chaoyang-his-2026/statements/2026-10", link.GetAttribute("href"));
        // The link downloads with the session cookie alone: the same request the browser makes on a click.
        var answer = (string)browser.Driver.ExecuteAsyncScript(
            "const done = arguments[arguments.length - 1];" +
            "fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('Content-Type')), e => done(String(e)));",
            link.GetAttribute("href"))!;
        Assert.Equal("200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", answer);
        // The printable statement beside it: the same month as an A4 PDF and a print view, also on the cookie alone.
        var pdf = browser.Wait(By.CssSelector("[data-testid=statement-pdf]")).GetAttribute("href");
        Assert.Equal(link.GetAttribute("href") + ".pdf", pdf);
        Assert.Equal(link.GetAttribute("href") + ".html", browser.Wait(By.CssSelector("[data-testid=statement-print]")).GetAttribute("href"));
        Assert.Equal("200 application/pdf", (string)browser.Driver.ExecuteAsyncScript(
            "const done = arguments[arguments.length - 1];" +
            "fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('Content-Type')), e => done(String(e)));", pdf)!);

        browser.Reveal(By.CssSelector("[data-testid=evaluations]"));
        browser.Screenshot("contract-evaluations-acceptance");
        browser.Reveal(By.CssSelector("[data-testid=statements]"));
        browser.Screenshot("contract-statements");
    }

    /// <summary>
    /// C1 scores the vendor monthly and hands over ten acceptance documents. Until the gateway offers evaluations and
    /// acceptance (issue branch evalaccept) both sections say the contract has none, and that is all this test can see.
    /// </summary>
    [Fact]
    public void Evaluations_AndTheAcceptanceChecklist_WorkThroughThePortal()
    {
        const string c1 = "/contracts/c1-childrens-internet-hospital-2016";
        using (var hospital = new Browser(fixture.BaseAddress))
        {
            hospital.SignIn(DemoAccounts.InstitutionAdmin(DemoAccounts.ChildrensInstitution), PortalFixture.DemoPassword);
            hospital.Open(c1);
            WaitForSection(hospital, "evaluations");
            WaitForSection(hospital, "acceptance");
            if (hospital.Driver.FindElements(By.CssSelector("[data-testid=evaluations-absent]")).Count > 0)
            {
                Assert.NotEmpty(hospital.Driver.FindElements(By.CssSelector("[data-testid=acceptance-absent]")));
                return;
            }

            hospital.Button("记录考核").Click();
            hospital.Button("提交").Click();
            hospital.ExpectText(By.Id("evaluation-period-error"), "请选择月份"); // checked before sending
            hospital.SetValue(By.Id("evaluation-period"), "2016-06");
            hospital.SetValue(By.Id("evaluation-at"), "2016-06-28T16:00");
            foreach (var (section, points) in new[] { ("management-rules", "8"), ("workflow", "25"), ("supervision", "25"), ("targets", "24") })
                hospital.Type($"evaluation-score-{section}", points);
            hospital.Button("提交").Click();
            Assert.Contains("已记录考核评价", hospital.Wait(By.CssSelector(".notice")).Text);
            var row = hospital.Wait(By.CssSelector("[data-evaluation='2016-06']")).Text;
            Assert.Contains("82", row);
            Assert.Contains("考核合格", row);
            hospital.ExpectText(By.CssSelector("[data-document='c1-acceptance-documents:1'] .badge"), "待提交");
            hospital.Reveal(By.CssSelector("[data-testid=evaluations]"));
            hospital.Screenshot("c1-evaluations-acceptance");
            Assert.Empty(hospital.SeriousAccessibilityViolations());
        }

        using (var vendor = new Browser(fixture.BaseAddress))
        {
            // The page stamps the submission with the server's now (GET /api/calendar/today), the cluster's fake clock.
            vendor.SignIn(DemoAccounts.Vendor(DemoAccounts.ChildrensVendor), PortalFixture.DemoPassword);
            vendor.Open(c1);
            vendor.Wait(By.CssSelector("[data-document='c1-acceptance-documents:1'] button")).Click(); // 提交资料
            vendor.WaitFor(d => d.FindElement(By.CssSelector("[data-document='c1-acceptance-documents:1'] .badge")).Text == "待审核");
        }

        using (var reviewer = new Browser(fixture.BaseAddress))
        {
            fixture.Clock.Advance(TimeSpan.FromMinutes(5)); // the review comes after the submission
            reviewer.SignIn(DemoAccounts.InstitutionAdmin(DemoAccounts.ChildrensInstitution), PortalFixture.DemoPassword);
            reviewer.Open(c1);
            reviewer.Wait(By.CssSelector("[data-document='c1-acceptance-documents:1'] button")).Click(); // 审核
            reviewer.Button("提交").Click(); // approved is preselected
            reviewer.WaitFor(d => d.FindElement(By.CssSelector("[data-document='c1-acceptance-documents:1'] .badge")).Text == "已通过");
            Assert.Contains("资料尚未齐备", reviewer.Wait(By.CssSelector("[data-testid=acceptance-state]")).Text);
        }
    }

    [Fact]
    public async Task TheDeadlineCalendar_MarksHolidaysMakeUpDaysAndClosuresFromTheApi()
    {
        using var hospital = await fixture.SignedInApiAsync(DemoAccounts.InstitutionAdmin(DemoAccounts.ChaoyangInstitution));
        Assert.Equal(HttpStatusCode.OK, (await hospital.PutAsJsonAsync("/api/calendar/institution", new { closures = new[] { "2026-10-16" } })).StatusCode);
        try
        {
            using var browser = new Browser(fixture.BaseAddress);
            browser.SignIn(DemoAccounts.InstitutionAdmin(DemoAccounts.ChaoyangInstitution), PortalFixture.DemoPassword);
            var title = By.Id("calendar-title");
            for (var i = 0; i < 24 && !browser.Wait(title).Text.EndsWith("2026-10"); i++)
                browser.Wait(By.CssSelector(string.CompareOrdinal(browser.Wait(title).Text[^7..], "2026-10") > 0
                    ? "button[aria-label='上个月']" : "button[aria-label='下个月']")).Click();

            string Kind(string date) => browser.Wait(By.CssSelector($"[data-date='{date}']")).GetAttribute("data-kind")!;
            Assert.Equal("holiday", Kind("2026-10-01"));
            Assert.Contains("国庆节", browser.Wait(By.CssSelector("[data-date='2026-10-01']")).GetAttribute("title"));
            Assert.Equal("makeup", Kind("2026-10-10"));   // the Saturday worked for 国庆节
            browser.ExpectText(By.CssSelector("[data-date='2026-10-10'] [data-testid=makeup-mark]"), "班");
            Assert.Equal("closure", Kind("2026-10-16"));  // the hospital's own
            Assert.Equal("weekend", Kind("2026-10-11"));
            Assert.Equal("working", Kind("2026-10-12"));
            browser.Reveal(By.Id("calendar-title"));
            browser.Screenshot("institution-calendar-2026-10");
        }
        finally
        {
            await hospital.PutAsJsonAsync("/api/calendar/institution", new { closures = Array.Empty<string>() });
        }
    }

    [Fact]
    public async Task ASessionRevokedMidPage_LandsOnSignIn_AndSigningInReturnsThere()
    {
        using var browser = new Browser(fixture.BaseAddress);
        browser.SignIn(DemoAccounts.InstitutionAdmin(DemoAccounts.ChaoyangInstitution), PortalFixture.DemoPassword);
        browser.Open($"/contracts/{Chaoyang}");
        browser.Wait(By.Id("as-of"));

        // Signed out elsewhere (the same session revoked on the server), then the page asks the API for something.
        var cookies = browser.Driver.Manage().Cookies;
        string Cookie(string name) => cookies.GetCookieNamed(name)?.Value ?? throw new InvalidOperationException($"no {name} cookie");
        using (var sameSession = fixture.CookieApi(Cookie(SessionCookies.Session), Uri.UnescapeDataString(Cookie(SessionCookies.Csrf))))
            Assert.Equal(HttpStatusCode.NoContent, (await sameSession.PostAsync("/api/auth/logout", null)).StatusCode);
        browser.SetValue(By.Id("as-of"), "2026-06-30");

        browser.ExpectText(By.CssSelector("[data-testid=session-expired]"), "登录已过期，请重新登录");
        Assert.EndsWith("/login", browser.Driver.Url);
        Assert.DoesNotContain("Exception", browser.Driver.PageSource);
        browser.Screenshot("session-expired");

        browser.Type("username", DemoAccounts.InstitutionAdmin(DemoAccounts.ChaoyangInstitution));
        browser.Type("password", PortalFixture.DemoPassword);
        browser.Button("登录").Click();
        browser.WaitFor(d => d.Url.EndsWith($"/contracts/{Chaoyang}"));
        browser.Wait(By.Id("as-of"));
        Assert.Empty(browser.Driver.FindElements(By.CssSelector("[data-testid=session-expired]")));
    }
}
