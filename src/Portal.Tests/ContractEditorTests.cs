using System.Net;
using OpenQA.Selenium;
using VendorGrid.Tests.Infrastructure;

namespace VendorGrid.Portal.Tests;

/// <summary>
/// Issue 18 §2 in the browser: C3 drafted from its text, corrected beside the text (the sentence of a chosen rule
/// highlighted, what the draft could not read marked), checked and previewed as it is typed, saved, and accepted by the
/// vendor. Bad input is shown at its field and stores nothing.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ContractEditorTests(PortalFixture fixture)
{
    private static string C3Text() => File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, "text", "c3-medical-registration-ops-2024.txt"));

    /// <summary>A textarea's value as typing would set it (React listens for the input event).</summary>
    private static void SetTextArea(Browser browser, By by, string value) => browser.Driver.ExecuteScript(
        "const [el, v] = arguments; Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set.call(el, v);" +
        "el.dispatchEvent(new Event('input', { bubbles: true }));", browser.Wait(by), value);

    private static string FieldError(Browser browser, string path) =>
        browser.Wait(By.CssSelector($"[data-path='{path}']")).Text;

    /// <summary>
    /// Waits until the server has answered the last change (the preview shown or, for a definition it refuses, taken away):
    /// the answer reshapes the page, and a click while it lands could hit whatever moved under the pointer.
    /// </summary>
    private static void PreviewSettled(Browser admin, bool shown) => admin.WaitFor(d =>
        d.FindElement(By.CssSelector("[data-testid=preview]")).GetAttribute("aria-busy") == "false"
        && d.FindElements(By.CssSelector("[data-testid=preview-penalties]")).Count > 0 == shown);

    private static void DraftC3(Browser admin)
    {
        admin.SignIn(DemoAccounts.InstitutionAdmin(DemoAccounts.RegistrationInstitution), PortalFixture.DemoPassword);
        admin.Open("/contracts/new");
        SetTextArea(admin, By.Id("contract-text"), C3Text());
        admin.Button("起草合同").Click();
        admin.Wait(By.CssSelector("[data-testid=draft-warnings]"));
    }

    [Fact]
    public async Task InstitutionAdmin_DraftsC3FromItsText_FixesTheDraft_SeesAnExample_Saves_AndTheVendorAccepts()
    {
        var id = $"c3-editor-{Guid.NewGuid():N}"[..24];
        var text = C3Text();
        using (var admin = new Browser(fixture.BaseAddress))
        {
            DraftC3(admin);
            // What the draft says is missing: the contract's id and the parties' codes (the text prints none).
            var warnings = admin.Wait(By.CssSelector("[data-testid=draft-warnings]"));
            Assert.Equal(["id", "institution.id", "vendor.id"],
                warnings.FindElements(By.CssSelector("li[data-path]")).Select(li => li.GetAttribute("data-path")).Order().ToArray());
            // The institution is the admin's own: filled in.
            Assert.Equal(DemoAccounts.RegistrationInstitution, admin.Wait(By.Id("def-institution-id")).GetAttribute("value"));
            // The sentence the draft could not read is marked in the text, with its reason.
            var unread = admin.Wait(By.CssSelector("[data-testid=source-unrecognized]"));
            Assert.StartsWith("任何一方未履行本协议项下的任一条款均视为违约", unread.Text);
            Assert.Equal("未能识别：a penalty without an amount or rate that can be computed", unread.GetAttribute("title"));

            // A drafted rule → its sentence, highlighted and scrolled into view in the text beside the form.
            admin.Wait(By.CssSelector("fieldset[data-rule='penalty-1'] [data-testid=show-source]")).Click();
            var sentence = admin.Wait(By.CssSelector("[data-testid=source-selected]"));
            Assert.Equal("由于乙方的原因造成总体工程延期，每延期 2 天，乙方同意甲方扣除延期项目金额的 1%。", sentence.Text);
            Assert.Equal(text[2511..2554], sentence.Text);
            Assert.True((bool)admin.Driver.ExecuteScript(
                "const [m] = arguments; const box = m.closest('.source-text').getBoundingClientRect(), r = m.getBoundingClientRect();" +
                "return r.top >= box.top && r.bottom <= box.bottom;", sentence)!, "the chosen sentence is scrolled into view");

            // Fix what the draft could not know.
            admin.Type("def-id", id);
            admin.Type("def-vendor-id", DemoAccounts.RegistrationVendor);
            // The live preview: the domain's formula on ten days late (1 % of the first line item, ¥120,000.00, per 2 days).
            admin.WaitFor(d => d.FindElements(By.CssSelector("fieldset[data-rule='penalty-1'] [data-testid=rule-example]")).FirstOrDefault()?.Text
                == "示例：逾期 10 天 → ¥6,000.00");
            Assert.Contains("第九章9.1: 5 个2天周期 × 1% × ¥120,000.00", admin.Wait(By.CssSelector("[data-testid=preview-penalties] li[data-penalty='penalty-1']")).Text);
            Assert.NotEmpty(admin.Driver.FindElements(By.CssSelector("[data-testid=preview-deadlines] li")));
            Assert.Empty(admin.SeriousAccessibilityViolations());
            admin.Screenshot("contract-editor-c3-1280");

            PreviewSettled(admin, shown: true);
            admin.Button("保存合同").Click();
            admin.WaitFor(d => new Uri(d.Url).AbsolutePath == $"/contracts/{id}");
            var confirmation = admin.Wait(By.CssSelector("[data-testid=definition-confirmation]"));
            Assert.Equal("pending", confirmation.GetAttribute("data-status"));
            Assert.Contains("待乙方确认", confirmation.Text);
        }

        using (var vendor = new Browser(fixture.BaseAddress))
        {
            vendor.SignIn(DemoAccounts.Vendor(DemoAccounts.RegistrationVendor), PortalFixture.DemoPassword);
            vendor.Open($"/contracts/{id}");
            // The same preview the editor showed, before accepting.
            var example = vendor.Wait(By.CssSelector("[data-testid=definition-confirmation] li[data-penalty='penalty-1'] [data-testid=penalty-example]"));
            Assert.Equal("逾期 10 天 → ¥6,000.00", example.Text);
            vendor.Button("确认无误").Click();
            vendor.ExpectText(By.CssSelector(".notice"), "已确认合同录入内容");
            vendor.WaitFor(d => d.FindElement(By.CssSelector("[data-testid=definition-confirmation]")).GetAttribute("data-status") == "accepted");
        }

        using var api = await fixture.SignedInApiAsync(DemoAccounts.InstitutionAdmin(DemoAccounts.RegistrationInstitution));
        var stored = System.Text.Json.JsonDocument.Parse(await api.GetStringAsync($"/api/contracts/{id}")).RootElement;
        Assert.Equal("accepted", stored.GetProperty("definitionConfirmation").GetProperty("status").GetString());
        Assert.Equal(1_809_000.00m, stored.GetProperty("total").GetDecimal());
    }

    [Fact]
    public async Task AMissingPartyName_OrSharesNotAddingUpTo100Percent_AreShownAtTheirField_AndNothingIsStored()
    {
        var id = $"c3-bad-{Guid.NewGuid():N}"[..24];
        using var admin = new Browser(fixture.BaseAddress);
        DraftC3(admin);
        admin.Type("def-id", id);
        admin.Type("def-vendor-id", DemoAccounts.RegistrationVendor);
        admin.Wait(By.CssSelector("[data-testid=preview-penalties]"));

        admin.SetValue(By.Id("def-vendor-name"), "");
        Assert.Equal("名称必填", FieldError(admin, "vendor.name"));
        PreviewSettled(admin, shown: false);
        admin.Button("保存合同").Click();
        admin.ExpectText(By.CssSelector("[data-testid=save-failure]"), "未保存：请先改正标出的字段");
        admin.Type("def-vendor-name", "北京民科医疗科技有限公司");
        admin.WaitFor(d => d.FindElements(By.CssSelector("[data-path='vendor.name']")).Count == 0);
        PreviewSettled(admin, shown: true);

        // C3 pays 50 % + 50 %: the second installment mistyped as 40 %.
        admin.Type("def-payments-1-share", "40");
        Assert.Equal("各期付款比例合计须为 100%，现为 90%", FieldError(admin, "payments"));
        admin.ExpectText(By.CssSelector("[data-testid=share-sum]"), "比例合计 90%");
        PreviewSettled(admin, shown: false);
        admin.Button("保存合同").Click();
        admin.ExpectText(By.CssSelector("[data-testid=save-failure]"), "未保存：请先改正标出的字段");
        Assert.Equal("/contracts/new", new Uri(admin.Driver.Url).AbsolutePath);

        using var api = await fixture.SignedInApiAsync(DemoAccounts.InstitutionAdmin(DemoAccounts.RegistrationInstitution));
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/contracts/{id}")).StatusCode);
    }
}
