using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using VendorGrid.Tests.Infrastructure;

namespace VendorGrid.Tests.Gateway;

/// <summary>
/// Issue 18 §2 on the server: the editor's validation is exactly POST /api/contracts' (nothing stored), its preview is the
/// domain's calendar and penalty formulas, and the vendor confirms or disputes the definition once the contract exists.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class DefinitionEditorApiTests(GatewayFixture fixture)
{
    private static JsonObject C2For(string institution, string id)
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, "c2-chaoyang-his-2026.json")))!.AsObject();
        json["id"] = id;
        json["institution"]!["id"] = institution;
        json["vendor"]!["id"] = $"vend-{Guid.NewGuid():N}"[..24];
        return json;
    }

    private static string NewInstitution() => $"inst-{Guid.NewGuid():N}"[..24];
    private static string NewId() => $"ed-{Guid.NewGuid():N}"[..24];

    private HttpClient AdminOf(string institution) => fixture.Client(Tokens.For(fixture, "institution-admin", institution: institution));

    private static async Task<JsonElement> ErrorsOf(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
    }

    [Fact]
    public async Task Validate_AcceptsWhatCreateAccepts_AndStoresNothing()
    {
        var institution = NewInstitution();
        var admin = AdminOf(institution);
        var id = NewId();

        var response = await admin.PostAsync("/api/contract-drafts/validate", ContractApiClient.Json(C2For(institution, id).ToJsonString()));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/contracts/{id}")).StatusCode);
    }

    [Fact]
    public async Task MissingVendorName_Is422NamingIt_InValidateAndInCreate_AndNothingIsStored()
    {
        var institution = NewInstitution();
        var admin = AdminOf(institution);
        var id = NewId();
        var definition = C2For(institution, id);
        definition["vendor"]!["name"] = "";

        var validated = await ErrorsOf(await admin.PostAsync("/api/contract-drafts/validate", ContractApiClient.Json(definition.ToJsonString())));
        var created = await ErrorsOf(await admin.PostAsync("/api/contracts", ContractApiClient.Json(definition.ToJsonString())));

        Assert.Equal("is required", validated.GetProperty("vendor.name")[0].GetString());
        Assert.Equal(validated.ToString(), created.ToString());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/contracts/{id}")).StatusCode);
    }

    /// <summary>
    /// C2 (¥1,475,000.00) given two line items: ¥1,000,000 and 2 人 × 10 月 × ¥21,000 = ¥420,000 written as ¥400,000 — wrong at
    /// the second item, and ¥1,400,000.00 in all; in the editor's messages, under the keys it checks as you type.
    /// </summary>
    [Fact]
    public async Task LineItemsDisagreeingWithTheTotalOrTheirOwnPrice_Are422_InValidateAndInCreate_AndNothingIsStored()
    {
        var institution = NewInstitution();
        var admin = AdminOf(institution);
        var id = NewId();
        var definition = C2For(institution, id);
        definition["lineItems"] = new JsonArray(
            new JsonObject { ["id"] = "his-upgrade", ["name"] = "HIS改造", ["amount"] = 1_000_000 },
            new JsonObject { ["id"] = "his-ops", ["name"] = "运维服务", ["people"] = 2, ["months"] = 10, ["unitPrice"] = 21_000, ["amount"] = 400_000 });

        var validated = await ErrorsOf(await admin.PostAsync("/api/contract-drafts/validate", ContractApiClient.Json(definition.ToJsonString())));
        var created = await ErrorsOf(await admin.PostAsync("/api/contracts", ContractApiClient.Json(definition.ToJsonString())));

        Assert.Equal("第 2 项：人数 × 月数 × 单价 = ¥420,000.00，与金额 ¥400,000.00 不一致", validated.GetProperty("lineItems[1].amount")[0].GetString());
        Assert.Equal("分项金额合计 ¥1,400,000.00 与合同总额 ¥1,475,000.00 不一致", validated.GetProperty("lineItems")[0].GetString());
        Assert.Equal(validated.ToString(), created.ToString());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/contracts/{id}")).StatusCode);

        definition["lineItems"]![1]!["amount"] = 420_000;
        definition["lineItems"]![0]!["amount"] = 1_055_000;
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync("/api/contract-drafts/validate", ContractApiClient.Json(definition.ToJsonString()))).StatusCode);
    }

    [Fact]
    public async Task PaymentSharesNotAddingUpTo100Percent_Is422NamingPayments_AndNothingIsStored()
    {
        var institution = NewInstitution();
        var admin = AdminOf(institution);
        var id = NewId();
        var definition = C2For(institution, id);
        // C2: 50 % + 50 %; the second installment misread as 20 % (and its amount with it, so only the sum is wrong).
        definition["payments"]![1]!["share"] = 0.2m;
        definition["payments"]![1]!["amount"] = 295_000m;

        var validated = await ErrorsOf(await admin.PostAsync("/api/contract-drafts/preview", ContractApiClient.Json(definition.ToJsonString())));
        var created = await ErrorsOf(await admin.PostAsync("/api/contracts", ContractApiClient.Json(definition.ToJsonString())));

        Assert.Equal("shares must add up to 100 % (they add up to 70 %)", validated.GetProperty("payments")[0].GetString());
        Assert.Equal(validated.ToString(), created.ToString());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/contracts/{id}")).StatusCode);
    }

    [Fact]
    public async Task AnAmountThatIsNotItsShareOfTheTotal_Is422NamingTheAmount()
    {
        var institution = NewInstitution();
        var definition = C2For(institution, NewId());
        definition["payments"]![1]!["amount"] = 735_000m;

        var errors = await ErrorsOf(await AdminOf(institution).PostAsync("/api/contract-drafts/validate", ContractApiClient.Json(definition.ToJsonString())));

        Assert.Equal("must be its share of the total (50 % × ¥1,475,000.00 = ¥737,500.00)", errors.GetProperty("payments[1].amount")[0].GetString());
    }

    [Fact]
    public async Task AnotherInstitutionsDefinition_Is422NamingInstitutionId()
    {
        var definition = C2For(NewInstitution(), NewId());

        var errors = await ErrorsOf(await AdminOf(NewInstitution()).PostAsync("/api/contract-drafts/validate", ContractApiClient.Json(definition.ToJsonString())));

        Assert.True(errors.TryGetProperty("institution.id", out _));
    }

    [Fact]
    public async Task Preview_GivesC2sLatePerformanceExample_WithTheDomainsFormula_AndItsFirstDeadlines()
    {
        var institution = NewInstitution();
        var admin = AdminOf(institution);
        var id = NewId();

        var response = await admin.PostAsync("/api/contract-drafts/preview", ContractApiClient.Json(C2For(institution, id).ToJsonString()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var preview = await response.Content.ReadFromJsonAsync<JsonElement>();
        var late = preview.GetProperty("penalties").EnumerateArray().Single(p => p.GetProperty("article").GetString() == "第八条第4款");
        // DOMAIN.md example 1: 5 days × 0.3 % × ¥1,475,000.00 = ¥22,125.00, so ten days are ¥44,250.00.
        Assert.Equal("逾期 10 天", late.GetProperty("case").GetString());
        Assert.Equal(44_250.00m, late.GetProperty("amount").GetDecimal());
        Assert.Equal("第八条第4款: 10 天 × 0.3% × ¥1,475,000.00; 逾期 10 天", late.GetProperty("formula").GetString());
        Assert.False(late.GetProperty("capped").GetBoolean());
        var first = preview.GetProperty("deadlines")[0];
        Assert.Equal(JsonValueKind.String, first.GetProperty("dueDate").ValueKind);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/contracts/{id}")).StatusCode);
    }

    [Fact]
    public async Task Preview_OfAStoredContract_IsTheSameForTheVendor()
    {
        var contract = await ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026");
        var definition = await contract.Admin.GetStringAsync($"/api/contracts/{contract.Id}/definition");

        var draft = await (await contract.Admin.PostAsync("/api/contract-drafts/preview", ContractApiClient.Json(definition))).Content.ReadAsStringAsync();
        var stored = await contract.As("vendor").GetStringAsync($"/api/contracts/{contract.Id}/definition/preview");

        Assert.Equal(draft, stored);
    }

    [Fact]
    public async Task ANewContract_IsPending_TheVendorDisputesWithAReason_ThenAccepts()
    {
        var contract = await ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026");
        var vendor = contract.As("vendor");
        var detail = await contract.Admin.GetFromJsonAsync<JsonElement>($"/api/contracts/{contract.Id}");
        Assert.Equal("""{"status":"pending"}""", detail.GetProperty("definitionConfirmation").GetRawText());

        var refused = await contract.Admin.PostAsync($"/api/contracts/{contract.Id}/definition/accept", null);
        var noReason = await vendor.PostAsJsonAsync($"/api/contracts/{contract.Id}/definition/dispute", new { reason = "  " });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.True((await ErrorsOf(noReason)).TryGetProperty("reason", out _));
        Assert.Equal("pending", (await contract.Admin.GetFromJsonAsync<JsonElement>($"/api/contracts/{contract.Id}"))
            .GetProperty("definitionConfirmation").GetProperty("status").GetString());

        var at = fixture.Clock.GetUtcNow();
        var disputed = await vendor.PostAsJsonAsync($"/api/contracts/{contract.Id}/definition/dispute", new { reason = "第八条第4款 应为千分之二" });
        Assert.Equal(HttpStatusCode.OK, disputed.StatusCode);
        var seen = (await contract.Admin.GetFromJsonAsync<JsonElement>($"/api/contracts/{contract.Id}")).GetProperty("definitionConfirmation");
        Assert.Equal(("disputed", "第八条第4款 应为千分之二", at), (seen.GetProperty("status").GetString(), seen.GetProperty("reason").GetString(),
            seen.GetProperty("at").GetDateTimeOffset()));
        Assert.False(string.IsNullOrEmpty(seen.GetProperty("by").GetString()));

        var accepted = await vendor.PostAsync($"/api/contracts/{contract.Id}/definition/accept", null);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var now = (await vendor.GetFromJsonAsync<JsonElement>($"/api/contracts/{contract.Id}")).GetProperty("definitionConfirmation");
        Assert.Equal("accepted", now.GetProperty("status").GetString());
        Assert.False(now.TryGetProperty("reason", out _));

        var late = await vendor.PostAsJsonAsync($"/api/contracts/{contract.Id}/definition/dispute", new { reason = "再想想" });
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
    }
}
