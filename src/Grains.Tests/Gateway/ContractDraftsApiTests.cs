using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using VendorGrid.Tests.Domain.Drafting;

namespace VendorGrid.Tests.Gateway;

[Collection(GatewayCollection.Name)]
public sealed class ContractDraftsApiTests(GatewayFixture fixture)
{
    private const string Chaoyang = "121100004006863122";

    private Task<HttpResponseMessage> PostAsync(string token, object body) =>
        fixture.Client(token).PostAsJsonAsync("/api/contract-drafts", body);

    [Fact]
    public async Task InstitutionAdmin_DraftsC2FromItsText_WithSpansIntoThePostedText_AndNothingIsStored()
    {
        var token = Tokens.For(fixture, "institution-admin", institution: Chaoyang);
        var before = await fixture.Client(token).GetStringAsync("/api/contracts");
        var text = SeedDraftComparison.Text("c2-chaoyang-his-2026");

        var response = await PostAsync(token, new { text });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var draft = await response.Content.ReadFromJsonAsync<JsonElement>();
        var definition = draft.GetProperty("definition");
        Assert.Equal(1_475_000m, definition.GetProperty("total").GetDecimal());
        Assert.Equal("91110106MA01A51E7B", definition.GetProperty("vendor").GetProperty("id").GetString());
        var late = definition.GetProperty("penalties").EnumerateArray().Single(p => p.GetProperty("article").GetString() == "第八条第4款");
        Assert.Equal(0.003m, late.GetProperty("amount").GetProperty("rate").GetDecimal());
        Assert.Equal(10, late.GetProperty("escalation").GetProperty("atLateDays").GetInt32());
        var source = late.GetProperty("source");
        Assert.StartsWith("4、乙方逾期履行合同义务", text[source.GetProperty("start").GetInt32()..source.GetProperty("end").GetInt32()]);
        Assert.Equal("medium", late.GetProperty("confidence").GetProperty("level").GetString());
        Assert.Equal(before, await fixture.Client(token).GetStringAsync("/api/contracts"));
    }

    [Theory]
    [InlineData("institution-staff")]
    [InlineData("vendor")]
    public async Task OtherRoles_AreRefused(string role)
    {
        var token = role == "vendor" ? Tokens.For(fixture, role, vendor: "91110106MA01A51E7B") : Tokens.For(fixture, role, institution: Chaoyang);

        var response = await PostAsync(token, new { text = "甲方：某医院" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("", "must not be blank")]
    [InlineData("今天天气很好，我们去公园散步。", "does not read as a contract: no 甲方 or 乙方 is named")]
    [InlineData(null, "is required")]
    public async Task BadText_Is422NamingText(string? text, string message)
    {
        var response = await PostAsync(Tokens.For(fixture, "platform-admin"), new { text });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(message, problem.GetProperty("errors").GetProperty("text")[0].GetString());
    }

    [Fact]
    public async Task TextOverTheLimit_Is422NamingText()
    {
        // ASCII, so the body stays under the 1 MiB guard (escaped Chinese would be six bytes a character and a 413).
        var response = await PostAsync(Tokens.For(fixture, "platform-admin"), new { text = new string('a', 200_001) });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("must be at most 200000 characters", problem.GetProperty("errors").GetProperty("text")[0].GetString());
    }
}
