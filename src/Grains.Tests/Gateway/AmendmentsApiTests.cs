using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

using static VendorGrid.Tests.Gateway.ProblemResponses;

namespace VendorGrid.Tests.Gateway;

/// <summary>
/// Issue 18 §3 through HTTP on copies of C2 (¥1,475,000; go-live due Sunday 2026-03-22; 第八条第4款 0.3 % a day = ¥4,425): a
/// hospital proposes a 补充协议, the vendor accepts or rejects it, each day is charged under the version in force, amounts
/// already confirmed change only by an adjustment, and every refusal names its field and stores nothing.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class AmendmentsApiTests(GatewayFixture fixture)
{
    private const string GoLive = "c2-late-performance:c2-go-live";

    private Task<ContractApiClient> C2() => ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026");

    /// <summary>The copy's definition as created, with <paramref name="edit"/> applied.</summary>
    private static async Task<JsonObject> DefinitionAsync(ContractApiClient c2, Action<JsonObject>? edit = null)
    {
        var node = JsonNode.Parse(await c2.Admin.GetStringAsync($"/api/contracts/{c2.Id}/definition"))!.AsObject();
        edit?.Invoke(node);
        return node;
    }

    private static Action<JsonObject> LateRate(decimal rate) => d =>
        d["penalties"]!.AsArray().Single(p => p!["id"]!.GetValue<string>() == "c2-late-performance")!["amount"]!["rate"] = rate;

    private static Task<HttpResponseMessage> ProposeAsync(ContractApiClient c2, string effectiveFrom, JsonNode? definition, HttpClient? as_ = null,
        string title = "补充协议一：逾期违约金调整") =>
        (as_ ?? c2.Admin).PostAsync($"/api/contracts/{c2.Id}/amendments",
            ContractApiClient.Json(new JsonObject { ["effectiveFrom"] = effectiveFrom, ["title"] = title, ["definition"] = definition?.DeepClone() }.ToJsonString()));

    private static Task<HttpResponseMessage> AnswerAsync(ContractApiClient c2, int version, string action, HttpClient by, string body = "{}") =>
        by.PostAsync($"/api/contracts/{c2.Id}/amendments/{version}/{action}", ContractApiClient.Json(body));

    private static async Task<JsonElement> VersionsAsync(ContractApiClient c2, HttpClient? as_ = null) =>
        await (as_ ?? c2.Admin).GetFromJsonAsync<JsonElement>($"/api/contracts/{c2.Id}/versions");

    /// <summary>Go-live's entry as of <paramref name="asOf"/>, or as of now (the decisions are taken now, 2026-11-22 on the test clock).</summary>
    private static async Task<JsonElement> EntryAsync(ContractApiClient c2, string? asOf = null) =>
        (asOf is null ? await c2.Admin.GetFromJsonAsync<JsonElement>($"/api/contracts/{c2.Id}/ledger") : await c2.GetAsync("ledger", asOf))
            .GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("id").GetString() == GoLive);

    /// <summary>
    /// 0.3 % → 0.5 % from 2026-03-26; go-live met 2026-03-29 (7 days late). 03-23, 03-24, 03-25 at ¥4,425 = ¥13,275;
    /// 03-26 … 03-29 at 0.5 % × ¥1,475,000 = ¥7,375 a day = ¥29,500; posted ¥42,775 (unamended it would be 7 × ¥4,425 = ¥30,975).
    /// </summary>
    [Fact]
    public async Task ARateChangeMidDelay_GivesTheOldRateBeforeItsEffectiveDate_AndTheNewFromIt()
    {
        var c2 = await C2();
        var vendor = c2.As("vendor");
        var proposed = await ProposeAsync(c2, "2026-03-26", await DefinitionAsync(c2, LateRate(0.005m)));
        Assert.True(proposed.StatusCode == HttpStatusCode.Created, await proposed.Content.ReadAsStringAsync());
        Assert.Equal($"/api/contracts/{c2.Id}/versions/2", proposed.Headers.Location!.OriginalString);
        var created = await proposed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((2, "proposed", "2026-03-26"), (created.GetProperty("version").GetInt32(), created.GetProperty("status").GetString(),
            created.GetProperty("effectiveFrom").GetString()));

        var accepted = await AnswerAsync(c2, 2, "accept", vendor);
        Assert.True(accepted.StatusCode == HttpStatusCode.OK, await accepted.Content.ReadAsStringAsync());
        await c2.RecordAsync("""{ "id": "live", "type": "obligation-met", "occurredAt": "2026-03-29T10:00:00+08:00", "obligationId": "c2-go-live" }""");

        Assert.Equal(13_275.00m, (await EntryAsync(c2, "2026-03-25T12:00:00+08:00")).GetProperty("amount").GetDecimal());
        var entry = await EntryAsync(c2, "2026-04-01T00:00:00+08:00");
        Assert.Equal((42_775.00m, "proposed"), (entry.GetProperty("amount").GetDecimal(), entry.GetProperty("status").GetString()));

        var versions = await VersionsAsync(c2, vendor);
        Assert.Equal([(1, "in-force", (string?)null), (2, "in-force", "institution")], versions.EnumerateArray().Select(v => (v.GetProperty("version").GetInt32(),
            v.GetProperty("status").GetString(), v.GetProperty("proposedBy").ValueKind == JsonValueKind.Null ? null : v.GetProperty("proposedBy").GetProperty("party").GetString())));
        Assert.Equal("vendor", versions[1].GetProperty("decidedBy").GetProperty("party").GetString());
        var diff = await vendor.GetFromJsonAsync<JsonElement>($"/api/contracts/{c2.Id}/versions/1/diff/2");
        var change = Assert.Single(diff.GetProperty("changes").EnumerateArray());
        Assert.Equal(("penalties[c2-late-performance].amount.rate", "0.003", "0.005"),
            (change.GetProperty("path").GetString(), change.GetProperty("before").GetString(), change.GetProperty("after").GetString()));
        Assert.Equal(("第八条第4款", "违约责任"), (change.GetProperty("article").GetString(), change.GetProperty("label").GetString()));
        var second = JsonNode.Parse(await vendor.GetStringAsync($"/api/contracts/{c2.Id}/versions/2"))!;
        Assert.Equal(0.005m, second["penalties"]!.AsArray().Single(p => p!["id"]!.GetValue<string>() == "c2-late-performance")!["amount"]!["rate"]!.GetValue<decimal>());
    }

    /// <summary>
    /// Go-live met 2026-03-27: ¥22,125 posted, confirmed by the vendor. The hospital then offers relief back to 2026-03-25 at
    /// 0.1 % (¥1,475 a day) and the vendor accepts: 2 × ¥4,425 + 3 × ¥1,475 = ¥13,275, so −¥8,850 is posted as an
    /// adjustment caused by the acceptance, for the hospital (the party owed) to confirm; the confirmed ¥22,125 stays.
    /// </summary>
    [Fact]
    public async Task APastDatedAmendment_PostsAnAdjustment_AndTheConfirmedEntryStays()
    {
        var c2 = await C2();
        var vendor = c2.As("vendor");
        await c2.RecordAsync("""{ "id": "live", "type": "obligation-met", "occurredAt": "2026-03-27T10:00:00+08:00", "obligationId": "c2-go-live" }""");
        Assert.Equal(HttpStatusCode.OK, (await vendor.PostAsync($"/api/contracts/{c2.Id}/ledger/{GoLive}/confirm", ContractApiClient.Json("{}"))).StatusCode);

        Assert.Equal(HttpStatusCode.Created, (await ProposeAsync(c2, "2026-03-25", await DefinitionAsync(c2, LateRate(0.001m)), title: "补充协议一：违约金减免")).StatusCode);
        Assert.Equal(0, (await EntryAsync(c2)).GetProperty("adjustments").GetArrayLength());  // proposed: nothing moves
        Assert.Equal(HttpStatusCode.OK, (await AnswerAsync(c2, 2, "accept", vendor)).StatusCode);

        var entry = await EntryAsync(c2);
        Assert.Equal((22_125.00m, "confirmed", 13_275.00m), (entry.GetProperty("amount").GetDecimal(), entry.GetProperty("status").GetString(),
            entry.GetProperty("net").GetDecimal()));
        var adjustment = Assert.Single(entry.GetProperty("adjustments").EnumerateArray());
        Assert.Equal((-8_850.00m, "proposed", "institution", "amendment:2:accepted"), (adjustment.GetProperty("amount").GetDecimal(),
            adjustment.GetProperty("status").GetString(), adjustment.GetProperty("confirmedBy").GetString(), adjustment.GetProperty("cause").GetString()));
    }

    [Fact]
    public async Task BadInput_Is422NamingTheField_AndStoresNothing()
    {
        var c2 = await C2();
        var vendor = c2.As("vendor");
        async Task Refused(HttpResponseMessage response, string field)
        {
            var problem = await ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        }

        var valid = await DefinitionAsync(c2, LateRate(0.005m));
        await Refused(await ProposeAsync(c2, "2026-02-04", valid), "effectiveFrom");  // the term starts 2026-02-05
        await Refused(await ProposeAsync(c2, "2026/04/01", valid), "effectiveFrom");
        await Refused(await ProposeAsync(c2, "2026-04-01", valid, title: " "), "title");
        await Refused(await ProposeAsync(c2, "2026-04-01", null), "definition");
        await Refused(await ProposeAsync(c2, "2026-04-01", await DefinitionAsync(c2, d => { LateRate(0.005m)(d); d["id"] = "c2-other"; })), "definition.id");
        await Refused(await ProposeAsync(c2, "2026-04-01", await DefinitionAsync(c2, d => { LateRate(0.005m)(d); d["vendor"]!["id"] = "vend-someone-else"; })),
            "definition.vendor.id");
        var invalid = await DefinitionAsync(c2, d => d["term"]!["end"] = "2025-01-01");
        var problem = await ProblemAsync(await ProposeAsync(c2, "2026-04-01", invalid), HttpStatusCode.UnprocessableEntity);
        Assert.Contains(problem.GetProperty("errors").EnumerateObject(), e => e.Name.StartsWith("definition.term", StringComparison.Ordinal));
        Assert.Equal(1, (await VersionsAsync(c2)).GetArrayLength());

        var unpriced = await DefinitionAsync(c2, d => { LateRate(0.005m)(d); d["lineItems"] = new JsonArray(new JsonObject { ["id"] = "his-ops", ["name"] = "运维服务", ["amount"] = 1_000_000 }); });
        var amounts = await ProblemAsync(await ProposeAsync(c2, "2026-04-01", unpriced), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("分项金额合计 ¥1,000,000.00 与合同总额 ¥1,475,000.00 不一致", amounts.GetProperty("errors").GetProperty("definition.lineItems")[0].GetString());
        Assert.Equal(1, (await VersionsAsync(c2)).GetArrayLength());

        Assert.Equal(HttpStatusCode.Created, (await ProposeAsync(c2, "2026-04-01", valid)).StatusCode);
        // Each amendment is the whole definition from its date to the end of the term, so two pending ones always overlap.
        var overlap = await ProblemAsync(await ProposeAsync(c2, "2026-05-01", await DefinitionAsync(c2, LateRate(0.004m)), vendor), HttpStatusCode.UnprocessableEntity);
        Assert.StartsWith("overlaps amendment version 2 (effective 2026-04-01, 「补充协议一：逾期违约金调整」), which awaits the other party's answer",
            overlap.GetProperty("errors").GetProperty("effectiveFrom")[0].GetString());
        var early = await ProblemAsync(await ProposeAsync(c2, "2026-02-04", valid, vendor), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("must not be before the contract's start (2026-02-05)", early.GetProperty("errors").GetProperty("effectiveFrom")[0].GetString());
        await Refused(await AnswerAsync(c2, 2, "accept", c2.Admin), "party");  // the proposer's own side
        await Refused(await AnswerAsync(c2, 2, "reject", vendor), "reason");
        var unknown = await ProblemAsync(await AnswerAsync(c2, 3, "accept", vendor), HttpStatusCode.NotFound);
        Assert.Equal("urn:vendorgrid:problem:version-not-found", unknown.GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await c2.Admin.GetAsync($"/api/contracts/{c2.Id}/versions/9")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await AnswerAsync(c2, 2, "accept", c2.As("institution-staff"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ProposeAsync(c2, "2026-04-01", valid, c2.As("institution-staff"))).StatusCode);
        var stranger = fixture.Client(Tokens.For(fixture, "vendor", vendor: "vend-not-this-one-0000"));
        Assert.Equal(HttpStatusCode.NotFound, (await AnswerAsync(c2, 2, "accept", stranger)).StatusCode);
        var versions = await VersionsAsync(c2);
        Assert.Equal(["in-force", "proposed"], versions.EnumerateArray().Select(v => v.GetProperty("status").GetString()));

        Assert.Equal(HttpStatusCode.OK, (await AnswerAsync(c2, 2, "reject", vendor, """{ "reason": "费率过高" }""")).StatusCode);
        var rejected = (await VersionsAsync(c2))[1];
        Assert.Equal(("rejected", "费率过高"), (rejected.GetProperty("status").GetString(), rejected.GetProperty("reason").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, (await AnswerAsync(c2, 2, "accept", vendor)).StatusCode);
    }
}
