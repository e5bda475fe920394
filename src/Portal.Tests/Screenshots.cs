using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using OpenQA.Selenium;
using VendorGrid.Silo.Seeding;
using VendorGrid.Domain.Calendar;
using VendorGrid.Tests.Infrastructure;

namespace VendorGrid.Portal.Tests;

/// <summary>
/// The screenshots of docs/PORTAL.md (issue 20 "Show it"): the main pages of each role at 1280 px and 390 px, taken from
/// the lived-in demo on the server's Tuesday 2026-06-16 (the demo history played as `./vg up` does) into docs/images/.
/// On demand only: <c>VG_SCREENSHOTS=1 dotnet test src/Portal.Tests --filter FullyQualifiedName~Screenshots</c>; skipped
/// otherwise, so CI never rewrites the pictures.
/// </summary>
public sealed class Screenshots
{
    public static bool Requested => Environment.GetEnvironmentVariable("VG_SCREENSHOTS") == "1";

    private sealed class LivedInPortal() : PortalFixture(DateTimeOffset.Parse("2026-06-16T10:00:00+08:00", System.Globalization.CultureInfo.InvariantCulture));

    private static readonly (string Role, string Username, string[] Pages)[] Roles =
    [
        ("institution-admin", DemoAccounts.InstitutionAdmin(DemoAccounts.ChaoyangInstitution), ["/institution", "/contracts/c2-chaoyang-his-2026", "/waiting"]),
        ("institution-staff", Staff, ["/institution", "/waiting"]),
        ("vendor", DemoAccounts.Vendor(DemoAccounts.ChaoyangVendor), ["/vendor", "/contracts/c2-chaoyang-his-2026", "/waiting"]),
        ("platform-admin", DemoAccounts.Platform, ["/admin", "/admin/holidays"]),
    ];

    private static WorkingCalendar National => WorkingCalendar.FromNational(
        HolidayCalendarData.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "data", "calendar", "cn-holidays.json"))));

    private const string Staff = "staff@121100004006863122.local";

    [Fact(Skip = "on demand: set VG_SCREENSHOTS=1", SkipUnless = nameof(Requested))]
    public async Task MainPagesOfEachRole_At1280And390()
    {
        var portal = new LivedInPortal();
        await portal.InitializeAsync();
        try
        {
            await new DemoHistorySeeder(portal.Grains, _ => National, portal.Clock, NullLogger<DemoHistorySeeder>.Instance)
                .SeedAsync(RepositoryPaths.Seeds);
            await DemoAccounts.EnsureAsync(portal);
            await portal.Services.GetRequiredService<VendorGrid.Gateway.Accounts.AccountStore>().CreateAccountAsync(Staff, "王芳", "institution-staff",
                DemoAccounts.ChaoyangInstitution, null, PortalFixture.DemoPassword, "portal-tests");
            var folder = Path.Combine(RepositoryPaths.Root, "docs", "images");
            Directory.CreateDirectory(folder);
            foreach (var (role, username, pages) in Roles)
                foreach (var (width, height) in new[] { (1280, 900), (390, 844) })
                {
                    using var browser = new Browser(portal.BaseAddress, width, height);
                    browser.SignIn(username, PortalFixture.DemoPassword);
                    foreach (var page in pages)
                    {
                        browser.Open(page);
                        browser.Wait(By.CssSelector("main h1"));
                        browser.WaitFor(d => d.FindElements(By.CssSelector("main .loading")).Count == 0);
                        var name = page.Trim('/').Replace('/', '-').Replace("c2-chaoyang-his-2026", "c2");
                        browser.Driver.GetScreenshot().SaveAsFile(Path.Combine(folder, $"{role}-{name}-{width}.png"));
                    }
                }
        }
        finally
        {
            await portal.DisposeAsync();
        }
    }
}
