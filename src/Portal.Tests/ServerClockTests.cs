using OpenQA.Selenium;

namespace VendorGrid.Portal.Tests;

/// <summary>
/// The portal's "today" is the server's (GET /api/calendar/today), never the browser's: on a cluster whose clock reads
/// 2031-02-28, far from any day the suite runs, the deadline calendar and the statement month picker follow the server.
/// </summary>
[Collection(FarClockPortalCollection.Name)]
public sealed class ServerClockTests(FarClockPortalFixture fixture)
{
    [Fact]
    public void TheCalendarAndTheStatementPicker_FollowTheServersClock()
    {
        using var browser = new Browser(fixture.BaseAddress);
        browser.SignIn(DemoAccounts.InstitutionAdmin(DemoAccounts.ChaoyangInstitution), PortalFixture.DemoPassword);

        browser.Open("/institution");
        Assert.Equal("截止日历 · 2031-02", browser.Wait(By.Id("calendar-title")).Text);
        Assert.Equal("2031-02-28", browser.Wait(By.CssSelector(".day.today")).GetAttribute("data-date"));
        browser.Screenshot("institution-calendar-server-2031-02");

        // C2 ended on 2027-03-02: the server's last ended month (2031-01) lies past the term, so the picker stops at its last month.
        browser.Open("/contracts/c2-chaoyang-his-2026");
        var picker = browser.Wait(By.Id("statement-month"));
        var months = picker.FindElements(By.TagName("option")).Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal(("2027-03", "2027-03", "2026-02"), (picker.GetAttribute("value"), months.First(), months.Last()));
    }
}

/// <summary>A portal whose cluster clock starts on 2031-02-28 (a clock is only ever moved forward, and by little).</summary>
public sealed class FarClockPortalFixture() : PortalFixture(new DateTimeOffset(2031, 2, 28, 10, 0, 0, TimeSpan.FromHours(8)));

[CollectionDefinition(Name)]
public sealed class FarClockPortalCollection : ICollectionFixture<FarClockPortalFixture>
{
    public const string Name = "portal-far-clock";
}
