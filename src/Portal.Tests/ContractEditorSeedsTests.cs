using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OpenQA.Selenium;
using VendorGrid.Gateway.Accounts;
using VendorGrid.Tests.Infrastructure;

namespace VendorGrid.Portal.Tests;

/// <summary>
/// Issue 18 §2, "works for the five seeds from their texts": C1, C2, C4 and C5 (C3 is ContractEditorTests) drafted in
/// the editor from their texts, each drafted rule beside its sentence, corrected through the forms (no JSON anywhere),
/// previewed with worked examples, and saved as a valid contract. And the line items' rule (they add up to the total, a
/// priced line is people × months × unit price) shown at its field as it is typed.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ContractEditorSeedsTests(PortalFixture fixture)
{
    private static JsonObject Seed(string name) => JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, name + ".json")))!.AsObject();
    private static string Text(string name) => File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, "text", name + ".txt"));

    private static void SetTextArea(Browser browser, By by, string value) => browser.Driver.ExecuteScript(
        "const [el, v] = arguments; Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set.call(el, v);" +
        "el.dispatchEvent(new Event('input', { bubbles: true }));", browser.Wait(by), value);

    private static decimal Money(string text) => decimal.Parse(text.Split('¥')[^1].Replace(",", ""), CultureInfo.InvariantCulture);

    private static string ExampleOf(Browser browser, string penalty) =>
        browser.Driver.FindElements(By.CssSelector($"fieldset[data-rule='{penalty}'] [data-testid=rule-example]")).FirstOrDefault()?.Text ?? "";

    private async Task<JsonObject> DraftThroughTheApi(string admin, string text)
    {
        using var api = await fixture.SignedInApiAsync(admin);
        var answer = await api.PostAsJsonAsync("/api/contract-drafts", new { text });
        answer.EnsureSuccessStatusCode();
        return JsonNode.Parse(await answer.Content.ReadAsStringAsync())!["definition"]!.AsObject();
    }

    [Theory]
    [InlineData("c1-childrens-internet-hospital-2016")]
    [InlineData("c2-chaoyang-his-2026")]
    [InlineData("c4-health-commission-medadmin-ops-2024")]
    [InlineData("c5-booking-platform-2024")]
    public async Task ASeedsText_IsDrafted_ShownBesideItsSentences_CorrectedInTheForms_Previewed_AndSaved(string name)
    {
        var seed = Seed(name);
        var text = Text(name);
        var institution = seed["institution"]!["id"]!.GetValue<string>();
        var vendor = seed["vendor"]!["id"]!.GetValue<string>();
        var admin = DemoAccounts.InstitutionAdmin(institution);
        // C5's institution has no demo admin in DemoAccounts: one is made here (false when it exists already).
        await fixture.Services.GetRequiredService<AccountStore>()
            .CreateAccountAsync(admin, "赵琳", "institution-admin", institution, null, PortalFixture.DemoPassword, "portal-tests");
        var id = $"{name[..2]}-seeded-editor-{Guid.NewGuid():N}"[..30];
        var drafted = await DraftThroughTheApi(admin, text);
        var penalties = drafted["penalties"]!.AsArray().Select(p => p!.AsObject()).ToList();
        // The first drafted penalty priced by a rate (each of the four has one): its rate is what the reviewer changes — halved,
        // which halves its worked example whether or not the doubled amount would have reached a cap.
        // A rate of the contract's total, so that the example is not ¥0.00 (C2's first rate is of payments not yet earned).
        var ratedIndex = penalties.FindIndex(p => p["amount"]?["rate"] is not null && p["amount"]?["base"]?.GetValue<string>() is null or "contract-total");
        var rated = penalties[ratedIndex];
        var ratedId = rated["id"]!.GetValue<string>();

        using var browser = new Browser(fixture.BaseAddress);
        browser.SignIn(admin, PortalFixture.DemoPassword);
        browser.Open("/contracts/new");
        SetTextArea(browser, By.Id("contract-text"), text);
        browser.Button("起草合同").Click();

        // The drafted rule beside its sentence: exactly the span the drafter gave, highlighted in the text.
        browser.Wait(By.CssSelector($"fieldset[data-rule='{ratedId}'] [data-testid=show-source]")).Click();
        var source = rated["source"]!;
        var (start, end) = (source["start"]!.GetValue<int>(), source["end"]!.GetValue<int>());
        browser.ExpectText(By.CssSelector("[data-testid=source-selected]"), text[start..end]);

        // What the draft could not know, through the forms: the contract's id, and the parties' codes the text does not print.
        browser.Type("def-id", id);
        if (drafted["vendor"]?["id"] is null) browser.Type("def-vendor-id", vendor);
        Assert.Equal(institution, browser.Wait(By.Id("def-institution-id")).GetAttribute("value"));
        // What the draft got wrong: C2 and C4 print their titles with full-width brackets, drafted half-width.
        var title = seed["title"]!.GetValue<string>();
        if (drafted["title"]!.GetValue<string>() != title) browser.Type("def-title", title);

        // The live preview: a worked example for the rated penalty; then its rate, changed in its form, halves the example.
        browser.WaitFor(_ => ExampleOf(browser, ratedId).Contains('¥'));
        var before = Money(ExampleOf(browser, ratedId));
        var rateField = $"def-penalties-{ratedIndex}-amount-rate";
        // More than ten penalties start folded (C1, C2, C5): the item is opened to edit it.
        var item = browser.Wait(By.CssSelector($"[data-item='penalties[{ratedIndex}]']"));
        if (item.FindElement(By.TagName("details")).GetAttribute("open") is null) item.FindElement(By.TagName("summary")).Click();
        var rate = decimal.Parse(browser.Wait(By.Id(rateField)).GetAttribute("value")!, CultureInfo.InvariantCulture);
        Assert.Equal(rated["amount"]!["rate"]!.GetValue<decimal>() * 100, rate);
        browser.Type(rateField, (rate / 2).ToString(CultureInfo.InvariantCulture));
        browser.WaitFor(_ => ExampleOf(browser, ratedId).Contains('¥') && Money(ExampleOf(browser, ratedId)) != before);
        Assert.Equal(Math.Round(before / 2, 2, MidpointRounding.AwayFromZero), Money(ExampleOf(browser, ratedId)));
        Assert.NotEmpty(browser.Driver.FindElements(By.CssSelector("[data-testid=preview-penalties] li")));
        Assert.Empty(browser.Driver.FindElements(By.CssSelector("[data-testid=definition-errors]")));
        // No raw JSON anywhere in the editor.
        Assert.Empty(browser.Driver.FindElements(By.Id("definition-json")));

        browser.Button("保存合同").Click();
        browser.WaitFor(d => new Uri(d.Url).AbsolutePath == $"/contracts/{id}");
        Assert.Equal("pending", browser.Wait(By.CssSelector("[data-testid=definition-confirmation]")).GetAttribute("data-status"));

        using var api = await fixture.SignedInApiAsync(admin);
        var stored = JsonNode.Parse(await api.GetStringAsync($"/api/contracts/{id}/versions/1"))!.AsObject();
        Assert.Equal(title, stored["title"]!.GetValue<string>());
        Assert.Equal(seed["total"]!.GetValue<decimal>(), stored["total"]!.GetValue<decimal>());
        Assert.Equal(vendor, stored["vendor"]!["id"]!.GetValue<string>());
        var storedRate = stored["penalties"]!.AsArray().Single(p => p!["id"]!.GetValue<string>() == ratedId)!["amount"]!["rate"]!.GetValue<decimal>();
        Assert.Equal(rated["amount"]!["rate"]!.GetValue<decimal>() / 2, storedRate);
    }

    [Fact]
    public void LineItems_NotAddingUpToTheTotal_OrAPricedLineOffItsProduct_AreShownAtTheirFieldsAsTyped()
    {
        const string name = "c4-health-commission-medadmin-ops-2024";
        using var browser = new Browser(fixture.BaseAddress);
        browser.SignIn(DemoAccounts.InstitutionAdmin(DemoAccounts.RegistrationInstitution), PortalFixture.DemoPassword);
        browser.Open("/contracts/new");
        SetTextArea(browser, By.Id("contract-text"), Text(name));
        browser.Button("起草合同").Click();

        // C4 lists 35 line items adding up to ¥744,700.00; the first (¥24,000.00) is opened and mistyped.
        var first = browser.Wait(By.CssSelector("[data-item='lineItems[0]']"));
        first.FindElement(By.TagName("summary")).Click();
        browser.Type("def-lineItems-0-amount", "25000");
        browser.ExpectText(By.CssSelector(".form-list > [data-path='lineItems']"), "分项金额合计 ¥745,700.00 与合同总额 ¥744,700.00 不一致");
        // Priced as people × months × unit price: 2 × 12 × ¥1,000.00 = ¥24,000.00, not the ¥25,000.00 typed.
        browser.Type("def-lineItems-0-people", "2");
        browser.Type("def-lineItems-0-months", "12");
        browser.Type("def-lineItems-0-unitPrice", "1000");
        browser.ExpectText(By.CssSelector("[data-path='lineItems[0].amount']"), "第 1 项：人数 × 月数 × 单价 = ¥24,000.00，与金额 ¥25,000.00 不一致");
        Assert.Equal("true", browser.Wait(By.Id("def-lineItems-0-amount")).GetAttribute("aria-invalid"));
        browser.Button("保存合同").Click();
        browser.ExpectText(By.CssSelector("[data-testid=save-failure]"), "未保存：请先改正标出的字段");

        browser.Type("def-lineItems-0-amount", "24000");
        browser.WaitFor(d => d.FindElements(By.CssSelector("[data-path^='lineItems']")).Count == 0);
    }
}
