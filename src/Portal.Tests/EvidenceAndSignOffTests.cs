using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using OpenQA.Selenium;

namespace VendorGrid.Portal.Tests;

/// <summary>
/// Issue 20 §2 in the browser: evidence attached to a fact through the file input (listed with its name, its link naming
/// the file's SHA-256, and the bytes downloaded back identical), and a month's statement signed off by both parties,
/// after which the month is closed.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class EvidenceAndSignOffTests(PortalFixture fixture)
{
    private const string Chaoyang = "c2-chaoyang-his-2026";

    [Fact]
    public async Task Vendor_AttachesAScanToItsReport_ThenSeesItListed_AndDownloadsTheSameBytes()
    {
        var factId = $"evidence-{Guid.NewGuid():N}"[..20];
        using (var api = await fixture.SignedInApiAsync(DemoAccounts.Vendor(DemoAccounts.ChaoyangVendor)))
        {
            var recorded = await api.PostAsJsonAsync($"/api/contracts/{Chaoyang}/events",
                new { id = factId, type = "obligation-met", obligationId = "c2-monthly-report@2026-10-01", occurredAt = "2026-10-30T16:00:00+08:00" });
            Assert.True(recorded.StatusCode == HttpStatusCode.Created, await recorded.Content.ReadAsStringAsync());
        }
        var pdf = Encoding.ASCII.GetBytes($"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n% {factId}\n%%EOF\n");
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(pdf));
        var file = Path.Combine(Path.GetTempPath(), $"月度汇报签收单-{factId}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            using var browser = new Browser(fixture.BaseAddress);
            browser.SignIn(DemoAccounts.Vendor(DemoAccounts.ChaoyangVendor), PortalFixture.DemoPassword);
            browser.Open($"/contracts/{Chaoyang}");
            browser.Wait(By.CssSelector($"#facts-table [data-fact='{factId}']")).FindElement(By.XPath(".//button[normalize-space()='证据']")).Click();
            browser.Wait(By.CssSelector("[data-testid=fact-evidence] input[type=file]")).SendKeys(file);
            Assert.Contains($"月度汇报签收单-{factId}.pdf", browser.Wait(By.CssSelector("[data-testid=evidence-upload] [role=group]")).Text);
            browser.Button("确认上传").Click();
            Assert.Contains("证据已上传", browser.Wait(By.CssSelector(".notice")).Text);

            var link = browser.Wait(By.CssSelector("[data-testid=fact-evidence] [data-testid=evidence-list] a"));
            Assert.Equal($"月度汇报签收单-{factId}.pdf", link.Text);
            Assert.EndsWith($"/api/contracts/{Chaoyang}/evidence/{sha256}", link.GetAttribute("href"), StringComparison.OrdinalIgnoreCase);
            // The download, fetched in the signed-in page and hashed there: the very bytes that were chosen.
            var downloaded = (string?)((IJavaScriptExecutor)browser.Driver).ExecuteAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], { credentials: "same-origin" }).then((r) => r.arrayBuffer()).then((b) => crypto.subtle.digest("SHA-256", b))
                  .then((h) => done([...new Uint8Array(h)].map((x) => x.toString(16).padStart(2, "0")).join(""))).catch((e) => done(String(e)));
                """, link.GetAttribute("href"));
            Assert.Equal(sha256, downloaded);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task BothPartiesSignJulysStatement_InTheBrowser_AndTheMonthCloses()
    {
        const string month = "2026-07";
        using (var api = await fixture.SignedInApiAsync(DemoAccounts.InstitutionAdmin(DemoAccounts.ChaoyangInstitution)))
        {
            var issued = await api.PostAsJsonAsync($"/api/contracts/{Chaoyang}/statements/{month}/issue", new { });
            Assert.True(issued.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, await issued.Content.ReadAsStringAsync());
        }
        By row = By.CssSelector($"[data-testid=statements] li[data-statement='{month}']");

        using (var vendor = new Browser(fixture.BaseAddress))
        {
            vendor.SignIn(DemoAccounts.Vendor(DemoAccounts.ChaoyangVendor), PortalFixture.DemoPassword);
            vendor.Open($"/contracts/{Chaoyang}");
            vendor.Reveal(row).FindElement(By.XPath(".//button[normalize-space()='签署']")).Click();
            Assert.Contains("签署不能撤回", vendor.Wait(By.CssSelector("[data-testid=sign-off-confirm]")).Text);
            vendor.Button("确认签署").Click();
            Assert.Contains("已签署对账单", vendor.Wait(By.CssSelector(".notice")).Text);
            vendor.WaitFor(d => d.FindElement(row).Text.Contains("乙方") && d.FindElement(row).Text.Contains("已签署"));
            Assert.DoesNotContain("已关账", vendor.Wait(row).Text);
            Assert.Empty(vendor.Wait(row).FindElements(By.XPath(".//button[normalize-space()='签署']")));
        }

        using var hospital = new Browser(fixture.BaseAddress);
        hospital.SignIn(DemoAccounts.InstitutionAdmin(DemoAccounts.ChaoyangInstitution), PortalFixture.DemoPassword);
        hospital.Open($"/contracts/{Chaoyang}");
        hospital.Reveal(row).FindElement(By.XPath(".//button[normalize-space()='签署']")).Click();
        hospital.Button("确认签署").Click();
        Assert.Contains("已签署对账单", hospital.Wait(By.CssSelector(".notice")).Text);
        hospital.WaitFor(d => d.FindElement(row).Text.Contains("已关账"));
        var text = hospital.Wait(row).Text;
        Assert.Contains("甲方", text);
        Assert.Contains("乙方", text);
    }
}
