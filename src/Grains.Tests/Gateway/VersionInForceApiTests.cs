using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace VendorGrid.Tests.Gateway;

/// <summary>
/// Issue 18 §3: once an amendment is accepted, every view of the contract reads as the version in force on the server's
/// day — the institution's and the vendor's lists, the contract's detail and its definition — and /versions/{n} still
/// reads any version. A copy of C3 (term 2024-08-11 … 2025-08-10, ¥1,809,000.00, 76 line items) is extended to 2026-02-10
/// with one more line item of 1 × 10 × ¥10,000 = ¥100,000, total ¥1,909,000.00, effective 2025-08-01.
/// </summary>
public sealed class VersionInForceApiTests
{
    private static DateTimeOffset At(string local) => DateTimeOffset.Parse(local, CultureInfo.InvariantCulture);

    private static void Extension(JsonObject d)
    {
        d["term"]!["end"] = "2026-02-10";
        d["total"] = 1_909_000;
        d["lineItems"]!.AsArray().Add(new JsonObject
        {
            ["id"] = "extension-ops", ["name"] = "延长期运行维护", ["people"] = 1, ["months"] = 10, ["unitPrice"] = 10_000, ["amount"] = 100_000,
        });
        foreach (var payment in d["payments"]!.AsArray()) payment!["amount"] = 954_500;
    }

    private static (int Version, string EffectiveFrom, string End, decimal Total) Shown(JsonElement c) => (c.GetProperty("version").GetInt32(),
        c.GetProperty("effectiveFrom").GetString()!, c.GetProperty("end").GetString()!, c.GetProperty("total").GetDecimal());

    private static async Task<(string Version, string EffectiveFrom, string End, decimal Total)> DefinitionAsync(HttpClient client, string id)
    {
        var response = await client.GetAsync($"/api/contracts/{id}/definition");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var d = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return (response.Headers.GetValues("X-VG-Version").Single(), response.Headers.GetValues("X-VG-Effective-From").Single(),
            d["term"]!["end"]!.GetValue<string>(), d["total"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task ATermExtension_ShowsTheOldTermBeforeItsEffectiveDate_AndTheNewFromIt_InListsDetailAndDefinition()
    {
        await using var gateway = await GatewayFixture.StartAtAsync(At("2025-07-20T10:00:00+08:00"));
        var c3 = await ContractApiClient.CopyOfSeedAsync(gateway, "c3-medical-registration-ops-2024");
        var vendor = c3.As("vendor");
        var amended = JsonNode.Parse(await c3.Admin.GetStringAsync($"/api/contracts/{c3.Id}/definition"))!.AsObject();
        Extension(amended);
        var proposed = await c3.Admin.PostAsync($"/api/contracts/{c3.Id}/amendments", ContractApiClient.Json(new JsonObject
        {
            ["effectiveFrom"] = "2025-08-01", ["title"] = "补充协议一：服务期延长至2026-02-10", ["definition"] = amended,
        }.ToJsonString()));
        Assert.True(proposed.StatusCode == HttpStatusCode.Created, await proposed.Content.ReadAsStringAsync());
        var accepted = await vendor.PostAsync($"/api/contracts/{c3.Id}/amendments/2/accept", ContractApiClient.Json("{}"));
        Assert.True(accepted.StatusCode == HttpStatusCode.OK, await accepted.Content.ReadAsStringAsync());

        async Task Shows((int, string, string, decimal) expected, string definitionVersion)
        {
            var listed = await c3.Admin.GetFromJsonAsync<JsonElement>("/api/contracts");
            Assert.Equal(expected, Shown(listed.EnumerateArray().Single(c => c.GetProperty("id").GetString() == c3.Id)));
            var vendorListed = await vendor.GetFromJsonAsync<JsonElement>("/api/contracts");
            Assert.Equal(expected, Shown(vendorListed.EnumerateArray().Single(c => c.GetProperty("id").GetString() == c3.Id)));
            Assert.Equal(expected, Shown(await c3.Admin.GetFromJsonAsync<JsonElement>($"/api/contracts/{c3.Id}")));
            var detail = await vendor.GetFromJsonAsync<JsonElement>($"/api/contracts/{c3.Id}");
            Assert.Equal(expected, Shown(detail));
            Assert.Equal((definitionVersion, expected.Item2, expected.Item3, expected.Item4), await DefinitionAsync(c3.Admin, c3.Id));
            Assert.Equal((definitionVersion, expected.Item2, expected.Item3, expected.Item4), await DefinitionAsync(vendor, c3.Id));
        }

        // Accepted on 2025-07-20, in force from 2025-08-01: until then version 1 governs.
        await Shows((1, "2024-08-11", "2025-08-10", 1_809_000.00m), "1");
        var before = await c3.Admin.GetFromJsonAsync<JsonElement>($"/api/contracts/{c3.Id}");
        Assert.Equal("壹佰捌拾万玖仟元整", before.GetProperty("totalInWords").GetString());

        // 2025-08-11: past version 1's end (the portal would show 已到期), within the extended term (履行中).
        gateway.Clock.SetUtcNow(At("2025-08-11T10:00:00+08:00"));
        await Shows((2, "2025-08-01", "2026-02-10", 1_909_000.00m), "2");
        var detail = await c3.Admin.GetFromJsonAsync<JsonElement>($"/api/contracts/{c3.Id}");
        Assert.Equal("壹佰玖拾万玖仟元整", detail.GetProperty("totalInWords").GetString());
        var definition = await c3.Admin.GetAsync($"/api/contracts/{c3.Id}/definition");
        Assert.Equal($"/api/contracts/{c3.Id}/versions/2", definition.Content.Headers.ContentLocation?.OriginalString);

        var first = JsonNode.Parse(await c3.Admin.GetStringAsync($"/api/contracts/{c3.Id}/versions/1"))!;
        Assert.Equal(("2025-08-10", 1_809_000m, 76), (first["term"]!["end"]!.GetValue<string>(), first["total"]!.GetValue<decimal>(), first["lineItems"]!.AsArray().Count));
    }
}
