using System.Net;
using System.Net.Http.Json;
using OpenQA.Selenium;

namespace VendorGrid.Portal.Tests;

/// <summary>
/// Issue 20 §1 and §2: each ledger amount explained (clause, the domain's formula, the facts, the cap and its use,
/// adjustments, termination rights); facts recorded, acknowledged and disputed from the portal with a confirmation step;
/// 待我处理 with its count in the navigation. Evidence and statement sign-off have no browser test here: their endpoints
/// come with the `evidence` and `ledgerfin` branches.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ExplainRecordAnswerTests(PortalFixture fixture)
{
    private const string Chaoyang = "c2-chaoyang-his-2026";
    private const string Childrens = "c1-childrens-internet-hospital-2016";

    private static By Entry(string id) => By.CssSelector($"[data-entry='{id}']");
    private static By Fact(string id) => By.CssSelector($"#facts-table [data-fact='{id}']");

    [Theory]
    [InlineData(1280, 900)]
    [InlineData(390, 844)]
    public void InstitutionAdmin_OpensC1sLateStart_AndSeesFormulaCapFactsAndTheRightItGave(int width, int height)
    {
        using var browser = new Browser(fixture.BaseAddress, width, height);
        browser.SignIn(DemoAccounts.InstitutionAdmin(DemoAccounts.ChildrensInstitution), PortalFixture.DemoPassword);
        browser.Open($"/contracts/{Childrens}");
        const string line = "c1-late-service:c1-staff-onsite-start";
        browser.Wait(Entry(line)).FindElement(By.CssSelector("[data-testid=explain]")).Click();

        var panel = browser.Wait(By.CssSelector("[data-testid=explanation]"));
        Assert.StartsWith("第八条第13款", panel.FindElement(By.CssSelector("[data-testid=explain-clause]")).Text);
        // 354 late days × 2 % × the total would be ¥6.9M: the server charged the 20 % cap, and the panel says so.
        Assert.Equal("354 天 × 2% × ¥972,000.00，已达本条上限，按上限计 ¥194,400.00",
            panel.FindElement(By.CssSelector("[data-testid=explain-formula] .formula")).Text);
        Assert.Equal("合同总额 × 20% = ¥194,400.00\n已用 ¥194,400.00（100%），剩余 ¥0.00",
            panel.FindElement(By.CssSelector("[data-testid=explain-cap]")).Text);
        Assert.Contains("原始金额 ¥194,400.00", panel.FindElement(By.CssSelector("[data-testid=explain-adjustments]")).Text);
        Assert.Contains("净额 ¥194,400.00", panel.FindElement(By.CssSelector("[data-testid=explain-adjustments]")).Text);
        Assert.Equal("按期限自动计算：没有按时完成的记录", panel.FindElement(By.CssSelector("[data-testid=explain-facts]")).Text);
        Assert.Equal("第八条第13款: 违约金达到上限，甲方有权解除合同（自 2016/05/06）",
            panel.FindElement(By.CssSelector("[data-testid=explain-rights]")).Text);
        // Exposure against the cap: the clause's bar is full.
        Assert.Contains("100%", browser.Wait(By.CssSelector("[data-testid=cap-chart] [data-clause='c1-late-service']")).Text);

        Assert.Empty(browser.SeriousAccessibilityViolations());
        var pageWidth = (long)browser.Driver.ExecuteScript("return document.documentElement.scrollWidth;")!;
        Assert.True(pageWidth <= width, $"the page is {pageWidth} px wide in a {width} px window");
        browser.Reveal(By.CssSelector("[data-testid=explanation]"));
        browser.Screenshot($"contract-explain-c1-{width}");
    }

    [Fact]
    public void Vendor_OpensC2sGoLiveDelay_AndSeesTheFormulaWithoutACap()
    {
        using var browser = new Browser(fixture.BaseAddress);
        browser.SignIn(DemoAccounts.Vendor(DemoAccounts.ChaoyangVendor), PortalFixture.DemoPassword);
        browser.Open($"/contracts/{Chaoyang}");
        browser.Wait(Entry("c2-late-performance:c2-go-live")).FindElement(By.CssSelector("[data-testid=explain]")).Click();
        var panel = browser.Wait(By.CssSelector("[data-testid=explanation]"));
        Assert.Equal("245 天 × 0.3% × ¥1,475,000.00 = ¥1,084,125.00", panel.FindElement(By.CssSelector("[data-testid=explain-formula] .formula")).Text);
        Assert.Equal("本条无上限", panel.FindElement(By.CssSelector("[data-testid=explain-cap]")).Text);
        // The clause as the contract prints it (the seed's quoted text), not a summary.
        Assert.StartsWith("4、乙方逾期履行合同义务，乙方以每逾期一日承担本合同总价款千分之三的违约金标准",
            panel.FindElement(By.CssSelector("[data-testid=explain-clause-text]")).Text);
        Assert.Equal("第八条第4款: 逾期累计达到 10 日，甲方有权解除合同（自 2026/04/01）",
            panel.FindElement(By.CssSelector("[data-testid=explain-rights]")).Text);
    }

    [Fact]
    public void Vendor_RecordsADeliverableMet_ThenTheHospitalAcknowledgesItFromWaitingForYou()
    {
        using (var vendor = new Browser(fixture.BaseAddress))
        {
            vendor.SignIn(DemoAccounts.Vendor(DemoAccounts.ChaoyangVendor), PortalFixture.DemoPassword);
            vendor.Open($"/contracts/{Chaoyang}");
            vendor.Button("记录完成").Click();
            vendor.Button("下一步").Click(); // nothing chosen: the form says what is missing and sends nothing
            vendor.ExpectText(By.Id("record-obligation-error"), "请选择义务");
            vendor.Choose("record-obligation", "月度汇报（截止 2026/11/30 23:59）");
            vendor.SetValue(By.Id("record-at"), "2026-11-22T09:30");
            vendor.Button("下一步").Click();
            // The confirmation step reads back what will be recorded, and that the portal cannot take it back.
            var review = vendor.Wait(By.CssSelector("[data-testid=record-review]")).Text;
            Assert.Contains("义务已完成：月度汇报，完成时间 2026/11/22 09:30", review);
            Assert.Contains("记录后不能在门户中撤回", review);
            Assert.Empty(vendor.SeriousAccessibilityViolations());
            vendor.Button("确认记录").Click();
            Assert.Contains("已记录", vendor.Wait(By.CssSelector(".notice")).Text);
        }

        using var hospital = new Browser(fixture.BaseAddress);
        hospital.SignIn(DemoAccounts.InstitutionAdmin(DemoAccounts.ChaoyangInstitution), PortalFixture.DemoPassword);
        hospital.Open("/waiting");
        var item = hospital.Wait(By.XPath("//li[@data-fact][contains(., '义务已完成「月度汇报」 · 发生 2026/11/22 09:30')]"));
        var factId = item.GetAttribute("data-fact")!;
        var before = int.Parse(hospital.Wait(By.CssSelector("[data-testid=waiting-total]")).Text);
        hospital.WaitFor(d => d.FindElements(By.CssSelector("[data-testid=waiting-count]")).FirstOrDefault()?.Text == before.ToString());
        Assert.Equal(before, hospital.Driver.FindElements(By.CssSelector("main li[data-fact], main li[data-entry], main li[data-statement]")).Count);
        Assert.Empty(hospital.SeriousAccessibilityViolations());
        hospital.Screenshot("waiting-institution-1280");

        item.FindElement(By.XPath(".//button[normalize-space()='确认属实']")).Click();
        Assert.Contains("确认不能撤回", hospital.Wait(By.CssSelector("[data-testid=fact-acknowledge]")).Text);
        hospital.Wait(By.CssSelector("[data-testid=fact-acknowledge] button[type=submit]")).Click();
        Assert.Contains("已确认该事实", hospital.Wait(By.CssSelector(".notice")).Text);
        hospital.WaitFor(d => d.FindElements(By.CssSelector($"li[data-fact='{factId}']")).Count == 0);
        hospital.WaitFor(d => d.FindElement(By.CssSelector("[data-testid=waiting-total]")).Text == (before - 1).ToString());

        hospital.Open($"/contracts/{Chaoyang}");
        Assert.Contains("对方已确认", hospital.Wait(Fact(factId)).Text);
    }

    [Fact]
    public async Task Hospital_DisputesAVendorReportWithAReason_AndTheVendorSeesIt()
    {
        using var vendorApi = await fixture.SignedInApiAsync(DemoAccounts.Vendor(DemoAccounts.ChaoyangVendor));
        var factId = $"portal-test-{Guid.NewGuid():N}"[..30];
        var recorded = await vendorApi.PostAsJsonAsync($"/api/contracts/{Chaoyang}/events",
            new { id = factId, type = "obligation-met", obligationId = "c2-backup-check@2026-11-01", occurredAt = "2026-11-21T16:00:00+08:00" });
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);

        using (var hospital = new Browser(fixture.BaseAddress))
        {
            hospital.SignIn(DemoAccounts.InstitutionAdmin(DemoAccounts.ChaoyangInstitution), PortalFixture.DemoPassword);
            hospital.Open($"/contracts/{Chaoyang}");
            var row = hospital.Wait(Fact(factId));
            Assert.Contains("待对方确认", row.Text);
            row.FindElement(By.XPath(".//button[normalize-space()='异议']")).Click();
            hospital.Button("提交异议").Click(); // no reason: refused in the form, nothing sent
            hospital.ExpectText(By.CssSelector("[data-testid=fact-dispute] .field-error"), "请填写原因");
            hospital.Wait(By.CssSelector("[data-testid=fact-dispute] textarea")).SendKeys("备份量监测报告未提交，系统中无记录");
            Assert.Empty(hospital.SeriousAccessibilityViolations());
            hospital.Button("提交异议").Click();
            Assert.Contains("已对该事实提出异议", hospital.Wait(By.CssSelector(".notice")).Text);
            hospital.WaitFor(d => d.FindElement(Fact(factId)).Text.Contains("对方有异议"));
        }

        using var vendor = new Browser(fixture.BaseAddress, 390, 844);
        vendor.SignIn(DemoAccounts.Vendor(DemoAccounts.ChaoyangVendor), PortalFixture.DemoPassword);
        vendor.Open($"/contracts/{Chaoyang}");
        var disputed = vendor.Wait(Fact(factId));
        Assert.Equal("异议理由: 备份量监测报告未提交，系统中无记录", disputed.FindElement(By.CssSelector("[data-testid=dispute-reason]")).Text);
        var pageWidth = (long)vendor.Driver.ExecuteScript("return document.documentElement.scrollWidth;")!;
        Assert.True(pageWidth <= 390, $"the page is {pageWidth} px wide on a 390 px phone");
        vendor.Driver.ExecuteScript("arguments[0].scrollIntoView({ block: 'start' });", disputed);
        vendor.Screenshot("contract-fact-disputed-vendor-390");
    }

    [Fact]
    public async Task Hospital_OpensAnIncidentFromThePortal_AfterReadingItBack()
    {
        var summary = $"自助机无法打印 {Guid.NewGuid():N}"[..18];
        using var browser = new Browser(fixture.BaseAddress);
        browser.SignIn(DemoAccounts.InstitutionAdmin(DemoAccounts.ChaoyangInstitution), PortalFixture.DemoPassword);
        browser.Open($"/contracts/{Chaoyang}");
        browser.Button("报修").Click();
        browser.Type("record-summary", summary);
        browser.Choose("record-severity", "一般");
        browser.Type("record-campus", "常营院区");
        browser.SetValue(By.Id("record-at"), "2026-11-22T09:40");
        browser.Button("下一步").Click();
        Assert.Contains($"报修：{summary}（一般，常营院区），报修时间 2026/11/22 09:40", browser.Wait(By.CssSelector("[data-testid=record-review]")).Text);
        browser.Button("确认记录").Click();
        Assert.Contains("已记录", browser.Wait(By.CssSelector(".notice")).Text);
        var incident = browser.Wait(By.XPath($"//article[@data-incident][.//h3[contains(., '{summary}')]]"));
        var incidentId = incident.GetAttribute("data-incident")!;

        // Answered and restored, so no clock runs out later in the shared contract and proposes a penalty other tests would see.
        using var vendorApi = await fixture.SignedInApiAsync(DemoAccounts.Vendor(DemoAccounts.ChaoyangVendor));
        Assert.Equal(HttpStatusCode.Created, (await vendorApi.PostAsJsonAsync($"/api/contracts/{Chaoyang}/incidents/{incidentId}/events",
            new { type = "responded", at = "2026-11-22T09:45:00+08:00" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await vendorApi.PostAsJsonAsync($"/api/contracts/{Chaoyang}/incidents/{incidentId}/events",
            new { type = "restored", at = "2026-11-22T09:50:00+08:00" })).StatusCode);
    }

    [Fact]
    public async Task Vendor_RecordsADayOfAttendance_ForItsAssignedEngineer()
    {
        // An engineer of the vendor's own, assigned to C2's vacant ops seat (C2's role has no attendance rule, so no amount moves).
        var engineer = $"portal-eng-{Guid.NewGuid():N}"[..20];
        using var vendorApi = await fixture.SignedInApiAsync(DemoAccounts.Vendor(DemoAccounts.ChaoyangVendor));
        Assert.Equal(HttpStatusCode.Created, (await vendorApi.PostAsJsonAsync("/api/engineers", new { id = engineer, name = "驻场测试" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await vendorApi.PostAsJsonAsync($"/api/contracts/{Chaoyang}/assignments",
            new { engineer, role = "ops-engineer", from = "2026-11-20T09:00:00+08:00" })).StatusCode);

        using var browser = new Browser(fixture.BaseAddress);
        browser.SignIn(DemoAccounts.Vendor(DemoAccounts.ChaoyangVendor), PortalFixture.DemoPassword);
        browser.Open($"/contracts/{Chaoyang}");
        browser.Button("记录出勤").Click();
        browser.Choose("record-engineer", engineer);
        browser.SetValue(By.Id("record-date"), "2026-11-21");
        browser.Choose("record-onsite", "在岗");
        browser.Button("下一步").Click();
        Assert.Contains($"驻场出勤：{engineer}，2026-11-21，在岗", browser.Wait(By.CssSelector("[data-testid=record-review]")).Text);
        browser.Button("确认记录").Click();
        Assert.Contains("已记录", browser.Wait(By.CssSelector(".notice")).Text);
        var row = browser.Wait(Fact($"attendance-{engineer}-20261121"));
        Assert.Contains($"{engineer} · 在岗", row.Text);
        Assert.Contains("韩昭东", row.Text); // the reporter: the signed-in vendor user, set by the server
    }

    [Fact]
    public void Vendor_WaitingForYou_ListsThePenaltiesItConfirms_AndTheNavigationCountsThem()
    {
        using var browser = new Browser(fixture.BaseAddress, 390, 844);
        browser.SignIn(DemoAccounts.Vendor(DemoAccounts.ChaoyangVendor), PortalFixture.DemoPassword);
        browser.Open("/waiting");
        // C2's penalties are confirmed by the vendor (「经乙方确认后」): each undecided one waits for it.
        var items = browser.Wait(By.CssSelector($"[data-contract='{Chaoyang}'] li[data-entry]"));
        Assert.NotNull(items);
        var total = int.Parse(browser.Wait(By.CssSelector("[data-testid=waiting-total]")).Text);
        Assert.Equal(total, browser.Driver.FindElements(By.CssSelector("main li[data-fact], main li[data-entry], main li[data-statement]")).Count);
        browser.WaitFor(d => d.FindElements(By.CssSelector("[data-testid=waiting-count]")).FirstOrDefault()?.GetAttribute("textContent") == total.ToString());
        Assert.Empty(browser.SeriousAccessibilityViolations());
        var pageWidth = (long)browser.Driver.ExecuteScript("return document.documentElement.scrollWidth;")!;
        Assert.True(pageWidth <= 390, $"the page is {pageWidth} px wide on a 390 px phone");
        browser.Screenshot("waiting-vendor-390");
    }
}
