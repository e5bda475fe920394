using OpenQA.Selenium;

namespace VendorGrid.Portal.Tests;

/// <summary>
/// The portal's "today" is the server's (GET /api/calendar/today), never the browser's: on a cluster whose clock reads
/// 2026-07-15, months from the suite's usual clock (2026-11-22) and from any day the suite runs, the deadline calendar and the statement month picker follow the server.
/// The day lies in the past on purpose: Orleans measures some of its start-up deadlines against the wall clock, so a
/// cluster clock set years ahead of the machine's would cancel the silo's start (a test clock never leads the machine's).
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
        browser.ExpectText(By.Id("calendar-title"), "截止日历 · 2026-07");
        Assert.Equal("2026-07-15", browser.Wait(By.CssSelector(".day.today")).GetAttribute("data-date"));
        browser.Screenshot("institution-calendar-server-2026-07");

        // C2 runs from 2026-02-05: on the server's 2026-07-15 the last ended month is June, the first of the term February.
        browser.Open("/contracts/c2-chaoyang-his-2026");
        var picker = browser.Wait(By.Id("statement-month"));
        var months = picker.FindElements(By.TagName("option")).Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal(("2026-06", "2026-06", "2026-02"), (picker.GetAttribute("value"), months.First(), months.Last()));
    }
}

/// <summary>A portal whose cluster clock starts on 2026-07-15 (a clock is only ever moved forward, and by little).</summary>
public sealed class FarClockPortalFixture() : PortalFixture(new DateTimeOffset(2026, 7, 15, 10, 0, 0, TimeSpan.FromHours(8)));

[CollectionDefinition(Name)]
public sealed class FarClockPortalCollection : ICollectionFixture<FarClockPortalFixture>
{
    public const string Name = "portal-far-clock";
}
