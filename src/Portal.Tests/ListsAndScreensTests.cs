using System.Text.RegularExpressions;
using ClosedXML.Excel;
using OpenQA.Selenium;

namespace VendorGrid.Portal.Tests;

/// <summary>
/// Issue 20 §3: lists that can be searched, filtered, sorted, paged, saved and exported; the vendor's summary first;
/// contract states; and the screens for what was API-only (inbox, notification settings, users and pending
/// invitations, audit log, failed deliveries, holiday years), each without a serious accessibility violation.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed partial class ListsAndScreensTests(PortalFixture fixture)
{
    private static string Admin => DemoAccounts.InstitutionAdmin(DemoAccounts.ChaoyangInstitution);

    private static int Count(Browser browser, string list) =>
        int.Parse(CountPattern().Match(browser.Wait(By.CssSelector($"[data-testid={list}-count]")).Text).Groups[1].Value);

    [GeneratedRegex(@"共 (\d+) 条")]
    private static partial Regex CountPattern();

    [Fact]
    public void TheVendorHome_SummarisesEachContractFirst_ThenGroupsTheObligationsClosed()
    {
        using var browser = new Browser(fixture.BaseAddress);
        browser.SignIn(DemoAccounts.Vendor(DemoAccounts.ChaoyangVendor), PortalFixture.DemoPassword);
        var summary = browser.Wait(By.CssSelector("[data-testid=contract-summary] tr[data-contract='c2-chaoyang-his-2026']")).Text;
        Assert.Contains("首都医科大学附属北京朝阳医院", summary);
        Assert.Contains("履行中", summary);
        Assert.True(int.Parse(browser.Wait(By.CssSelector("[data-testid=late]")).Text) > 20);
        browser.Screenshot("vendor-home-summary");

        // Closed groups render no rows; opening one shows them, lateness with its unit.
        Assert.Empty(browser.Driver.FindElements(By.CssSelector(".list-group tbody tr")));
        browser.Wait(By.CssSelector(".list-group > summary")).Click();
        var badges = browser.Wait(By.CssSelector(".list-group[open] tbody")).FindElements(By.CssSelector(".badge-late")).Select(b => b.Text).ToList();
        Assert.NotEmpty(badges);
        Assert.All(badges, b => Assert.Matches(@"^逾期 \d+ 天$", b));
        var total = Count(browser, "vendor-obligations");

        browser.Type("vendor-obligations-q", "安全周检查");
        browser.WaitFor(_ => Count(browser, "vendor-obligations") < total);
        var weekly = Count(browser, "vendor-obligations");
        browser.Choose("vendor-obligations-f-status", "逾期");
        browser.WaitFor(_ => Count(browser, "vendor-obligations") < weekly);
        browser.Type("vendor-obligations-view-name", "逾期周检");
        browser.Button("保存视图").Click();

        browser.Driver.Navigate().Refresh();
        browser.Choose("vendor-obligations-view", "逾期周检");
        browser.WaitFor(_ => Count(browser, "vendor-obligations") < weekly);
        Assert.Equal("安全周检查", browser.Wait(By.Id("vendor-obligations-q")).GetAttribute("value"));

        browser.Wait(By.CssSelector("[data-testid=vendor-obligations-export]")).Click();
        using var workbook = new XLWorkbook(browser.WaitForDownload(".xlsx"));
        var sheet = workbook.Worksheets.First();
        Assert.Equal(["名称", "机构", "合同", "截止时间", "状态", "逾期天数"], sheet.Row(1).CellsUsed().Select(c => c.GetString()));
        var rows = sheet.RowsUsed().Skip(1).ToList();
        Assert.Equal(Count(browser, "vendor-obligations"), rows.Count);
        Assert.All(rows, r => Assert.Equal(("安全周检查", "逾期", XLDataType.Number), (r.Cell(1).GetString(), r.Cell(5).GetString(), r.Cell(6).DataType)));
        Assert.Empty(browser.SeriousAccessibilityViolations());
    }

    [Fact]
    public void TheInstitutionsLateList_IsNotCut_AndPages()
    {
        using var browser = new Browser(fixture.BaseAddress);
        browser.SignIn(Admin, PortalFixture.DemoPassword);
        var late = Count(browser, "late");
        Assert.True(late > 20, $"{late} late");
        browser.ExpectText(By.CssSelector("[data-testid=late-page]"), $"1 / {(late + 19) / 20}");
        Assert.Equal(20, browser.Driver.FindElements(By.CssSelector("#late-table tbody tr")).Count);
        browser.ExpectText(By.CssSelector("[data-testid=late]"), late.ToString());

        // Sorted by days late, longest first; the other way round on a click.
        var first = browser.Wait(By.CssSelector("#late-table tbody tr td.num")).Text;
        browser.Wait(By.XPath("//table[@id='late-table']//th//button[contains(normalize-space(),'逾期天数')]")).Click();
        browser.WaitFor(d => d.FindElement(By.CssSelector("#late-table tbody tr td.num")).Text != first);
        browser.ExpectText(By.CssSelector("tr[data-contract='c2-chaoyang-his-2026'] .badge-state-active"), "履行中");
    }

    [Fact]
    public void AnEndedContract_IsShownAsExpired_NotAsNeedingAttention()
    {
        using var browser = new Browser(fixture.BaseAddress);
        browser.SignIn(DemoAccounts.InstitutionAdmin(DemoAccounts.ChildrensInstitution), PortalFixture.DemoPassword);
        var row = browser.Wait(By.CssSelector("tr[data-contract='c1-childrens-internet-hospital-2016']"));
        Assert.Equal("已到期", row.FindElement(By.CssSelector(".badge-state-expired")).Text);
        Assert.DoesNotContain("需关注", row.Text);
        Assert.DoesNotContain("有风险", row.Text);
        browser.ExpectText(By.CssSelector("[data-testid=late]"), "0"); // its lateness is history
    }

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public void OnAPhone_AListShowsItsSearchFirst_AndFoldsItsFiltersAndViewsAway(int width)
    {
        using var browser = new Browser(fixture.BaseAddress, width, width < 600 ? 844 : 900);
        browser.SignIn(Admin, PortalFixture.DemoPassword);
        browser.Open("/contracts/c2-chaoyang-his-2026");
        var search = browser.Wait(By.Id("obligations-q"));
        var status = browser.Driver.FindElement(By.Id("obligations-f-status"));
        var toggle = browser.Driver.FindElement(By.CssSelector("[data-testid=obligations-tools-toggle]"));
        Assert.True(search.Displayed);
        if (width >= 640)
        {
            Assert.False(toggle.Displayed); // a laptop shows every field at once
            Assert.True(status.Displayed);
            return;
        }

        Assert.False(status.Displayed);
        Assert.False(browser.Driver.FindElement(By.CssSelector("[data-testid=obligations-export]")).Displayed);
        Assert.Equal("false", toggle.GetAttribute("aria-expanded"));
        browser.Reveal(By.CssSelector("[data-testid=obligations-tools-toggle]")).Click();
        Assert.True(status.Displayed);
        Assert.Equal("true", toggle.GetAttribute("aria-expanded"));
        var all = Count(browser, "obligations");
        browser.Choose("obligations-f-status", "逾期");
        browser.WaitFor(_ => Count(browser, "obligations") < all);
        Assert.Equal("筛选与视图（1） ▲", toggle.Text); // the folded toolbar still says a filter is on
    }

    [Theory]
    [InlineData("institution", "/inbox", 1280)]
    [InlineData("institution", "/settings", 1280)]
    [InlineData("institution", "/users", 1280)]
    [InlineData("institution", "/audit", 1280)]
    [InlineData("institution", "/inbox", 390)]
    [InlineData("vendor", "/users", 390)]
    [InlineData("vendor", "/settings", 390)]
    [InlineData("platform", "/admin/deliveries", 1280)]
    [InlineData("platform", "/admin/holidays", 1280)]
    [InlineData("platform", "/audit", 390)]
    [InlineData("platform", "/users", 1280)]
    public void EachNewScreen_OpensWithoutASeriousAccessibilityViolation(string who, string path, int width)
    {
        using var browser = new Browser(fixture.BaseAddress, width, width < 600 ? 844 : 900);
        browser.SignIn(who switch
        {
            "institution" => Admin,
            "vendor" => DemoAccounts.Vendor(DemoAccounts.ChaoyangVendor),
            _ => DemoAccounts.Platform,
        }, PortalFixture.DemoPassword);
        browser.Open(path);
        browser.Wait(By.CssSelector("main h1"));
        browser.WaitFor(d => d.FindElements(By.CssSelector(".loading")).Count == 0);
        Assert.Empty(browser.Driver.FindElements(By.CssSelector("main [role=alert]")));
        Assert.Equal("page", browser.Wait(By.CssSelector($"nav a[href='{path}']")).GetAttribute("aria-current"));
        browser.Screenshot($"{who}{path.Replace('/', '-')}-{width}");
        var violations = browser.SeriousAccessibilityViolations();
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public async Task NotificationSettings_SaveThePolicy_AddAndRemoveAWebhook_AndGiveAWorkingCalendarFeed()
    {
        using var browser = new Browser(fixture.BaseAddress);
        browser.SignIn(Admin, PortalFixture.DemoPassword);
        browser.Open("/settings");
        browser.Type("policy-days", "14, 3, 400");
        browser.Button("保存").Click();
        browser.ExpectText(By.Id("policy-days-error"), "天数须在 1 到 366 之间");
        browser.Type("policy-days", "14, 3");
        browser.Button("保存").Click();
        browser.ExpectText(By.CssSelector("[data-testid=policy-message]"), "提醒策略已保存");

        browser.Type("hook-url", "ftp://example.org/hook");
        browser.Button("添加").Click();
        browser.ExpectText(By.Id("hook-url-error"), "请填写以 http:// 或 https:// 开头的完整地址");
        var url = $"https://hooks.example.org/{Guid.NewGuid():N}";
        browser.Type("hook-url", url);
        browser.Button("添加").Click();
        var hook = browser.Wait(By.CssSelector($"[data-webhook='{url}']"));
        hook.FindElement(By.TagName("button")).Click();
        browser.WaitFor(d => d.FindElements(By.CssSelector($"[data-webhook='{url}']")).Count == 0);

        browser.Button("生成订阅链接").Click();
        var feed = browser.Wait(By.CssSelector("[data-testid=feed-url]")).Text;
        using var anonymous = fixture.Api();
        var ics = await anonymous.GetAsync(new Uri(feed).PathAndQuery);
        Assert.Equal("text/calendar", ics.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("BEGIN:VCALENDAR", await ics.Content.ReadAsStringAsync());
        browser.Button("作废此链接").Click();
        browser.Wait(By.XPath("//*[normalize-space()='订阅链接已作废']"));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await anonymous.GetAsync(new Uri(feed).PathAndQuery)).StatusCode);
        browser.Type("policy-days", "30, 7, 1");
        browser.Button("保存").Click();
    }

    [Fact]
    public void TheAuditLog_FiltersByContractOnTheServer()
    {
        using var browser = new Browser(fixture.BaseAddress);
        browser.SignIn(DemoAccounts.Platform, PortalFixture.DemoPassword);
        browser.Open("/audit");
        browser.Type("audit-resource", "no-such-contract-at-all");
        browser.Button("查询").Click();
        browser.WaitFor(_ => Count(browser, "audit") == 0);
        browser.Type("audit-resource", "c2-chaoyang-his-2026");
        browser.Button("查询").Click();
        browser.WaitFor(d => d.FindElements(By.CssSelector("#audit-table tbody tr")).Count > 0);
        Assert.All(browser.Driver.FindElements(By.CssSelector("#audit-table tbody tr td[data-label='对象']")),
            cell => Assert.StartsWith("c2-chaoyang-his-2026", cell.Text));
    }

    [Fact]
    public void TheHolidayYears_ShowEachYearsHolidaysAndMakeUpDays_AndABadNoticeIsSaid()
    {
        using var browser = new Browser(fixture.BaseAddress);
        browser.SignIn(DemoAccounts.Platform, PortalFixture.DemoPassword);
        browser.Open("/admin/holidays");
        browser.Wait(By.CssSelector("button[data-year='2026']")).Click();
        Assert.Contains("国庆节", browser.Wait(By.CssSelector("[data-testid=holidays]")).Text);
        Assert.Contains("2026-10-10", browser.Wait(By.CssSelector("[data-testid=makeup-days]")).Text.Replace('/', '-'));
        browser.Type("year-json", "{ not json");
        browser.Button("添加").Click();
        Assert.Contains("不是有效的 JSON", browser.Wait(By.Id("year-json-error")).Text);
    }
}
