using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace VendorGrid.Tests.Gateway;

/// <summary>Issue 6, staffing through the API: vacancies from assignments, replacement deadlines, notice and consent.</summary>
[Collection(GatewayCollection.Name)]
public sealed class StaffingApiTests(GatewayFixture fixture)
{
    private static async Task<JsonElement> OkJson(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static Task<HttpResponseMessage> Post(HttpClient client, string path, string json) => client.PostAsync(path, ContractApiClient.Json(json));

    /// <summary>Engineer ids are unique across the platform and the tests share one: each test hires people no other test does.</summary>
    private static async Task Hire(HttpClient vendor, string id, string extra = "") =>
        await OkJson(await Post(vendor, "/api/engineers", $$"""{ "id": "{{id}}", "name": "工程师 {{id}}", "education": "本科", "years": 6 {{extra}} }"""));

    private static Task<HttpResponseMessage> Assign(HttpClient client, ContractApiClient contract, string engineer, string role, string from, string? replaces = null) =>
        Post(client, $"/api/contracts/{contract.Id}/assignments",
            $$"""{ "engineer": "{{engineer}}", "role": "{{role}}", "from": "{{from}}" {{(replaces is null ? "" : $", \"replaces\": \"{replaces}\"")}} }""");

    /// <summary>DOMAIN.md §5 example 8 end to end: ten seats staffed, two people leave on 09-14, two join on 09-22.</summary>
    [Fact]
    public async Task C1_TwoCustomerServiceSeatsEmptiedByDepartures_Charge12000InTheLedger()
    {
        var c1 = await ContractApiClient.CopyOfSeedAsync(fixture, "c1-childrens-internet-hospital-2016");
        var vendor = c1.As("vendor");
        for (var i = 1; i <= 12; i++) await Hire(vendor, $"cs-{i:00}");
        for (var i = 1; i <= 10; i++) await OkJson(await Assign(vendor, c1, $"cs-{i:00}", "customer-service", "2016-04-20T09:00:00+08:00"));
        foreach (var leaver in new[] { "cs-01", "cs-02" })
            await OkJson(await c1.PostEventAsync($$"""{ "id": "left-{{leaver}}", "type": "staff-released", "engineer": "{{leaver}}", "role": "customer-service", "occurredAt": "2016-09-14T09:00:00+08:00" }""", vendor));

        var during = (await c1.GetAsync("staffing", "2016-09-20")).GetProperty("roles").EnumerateArray().Single(r => r.GetProperty("role").GetString() == "customer-service");
        Assert.Equal((10, 8, 2), (during.GetProperty("required").GetInt32(), during.GetProperty("assigned").GetInt32(), during.GetProperty("vacant").GetInt32()));
        Assert.Equal("2016-09-14T09:00:00+08:00", during.GetProperty("vacantSince").GetString());

        // Filling seats it emptied itself is a change of staff the vendor may not make alone (C1 needs notice and consent):
        // the hospital records the newcomers, and the departures without notice show as breaches.
        Assert.Equal(HttpStatusCode.Conflict, (await Assign(vendor, c1, "cs-11", "customer-service", "2016-09-22T09:00:00+08:00")).StatusCode);
        foreach (var joiner in new[] { "cs-11", "cs-12" }) await OkJson(await Assign(c1.Admin, c1, joiner, "customer-service", "2016-09-22T09:00:00+08:00"));
        Assert.Equal(2, (await c1.GetAsync("staffing", "2016-09-23")).GetProperty("breaches").GetArrayLength());
        await c1.AcknowledgeVendorReportsAsync();
        var entry = (await c1.GetAsync("ledger", "2016-09-23")).GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("clauseId").GetString() == "c1-vacancy-refill");
        Assert.Equal(12_000.00m, entry.GetProperty("amount").GetDecimal());
        Assert.Equal("proposed", entry.GetProperty("status").GetString());
    }

    /// <summary>C2 第五条第5款: a qualified engineer within 2 days of the demand; three days late is 逾期履行 under 第八条第4款.</summary>
    [Fact]
    public async Task C2_ReplacementDemanded_IsDueInTwoDays_ThreeDaysLateCosts13275()
    {
        var c2 = await ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026");
        var vendor = c2.As("vendor");
        await Hire(vendor, "han-zhaodong");
        await Hire(vendor, "li-wei");
        await OkJson(await Assign(vendor, c2, "han-zhaodong", "ops-engineer", "2026-02-05T09:00:00+08:00"));

        var demand = await OkJson(await Post(c2.As("institution-staff"), $"/api/contracts/{c2.Id}/replacements",
            """{ "id": "replace-han", "role": "ops-engineer", "engineer": "han-zhaodong", "requestedAt": "2026-05-11T10:00:00+08:00", "reason": "服务不符合约定" }"""));
        Assert.Equal("c2-engineer-replacement@replace-han", demand.GetProperty("obligationId").GetString());
        Assert.Equal("2026-05-13T23:59:59+08:00", demand.GetProperty("dueAt").GetString());

        await OkJson(await Assign(vendor, c2, "li-wei", "ops-engineer", "2026-05-16T09:00:00+08:00", replaces: "han-zhaodong"));
        var obligation = (await c2.GetAsync("obligations", "2026-05-20")).EnumerateArray().Single(o => o.GetProperty("id").GetString() == "c2-engineer-replacement@replace-han");
        Assert.Equal(("met", 3), (obligation.GetProperty("status").GetString(), obligation.GetProperty("lateDays").GetInt32()));
        await c2.AcknowledgeVendorReportsAsync();
        var charged = (await c2.GetAsync("ledger", "2026-05-20")).GetProperty("entries").EnumerateArray()
            .Where(e => e.GetProperty("obligationId").GetString() == "c2-engineer-replacement@replace-han").Sum(e => e.GetProperty("amount").GetDecimal());
        Assert.Equal(13_275.00m, charged);
    }

    [Fact]
    public async Task C2_ReplacementOnTime_IsMetAndCostsNothing()
    {
        var c2 = await ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026");
        var vendor = c2.As("vendor");
        await Hire(vendor, "zhou-jun");
        await Hire(vendor, "chen-jing");
        await OkJson(await Assign(vendor, c2, "zhou-jun", "ops-engineer", "2026-02-05T09:00:00+08:00"));
        await OkJson(await Post(c2.Admin, $"/api/contracts/{c2.Id}/replacements",
            """{ "id": "replace-han", "role": "ops-engineer", "engineer": "zhou-jun", "requestedAt": "2026-05-11T10:00:00+08:00" }"""));
        await OkJson(await Assign(vendor, c2, "chen-jing", "ops-engineer", "2026-05-13T09:00:00+08:00", replaces: "zhou-jun"));
        await c2.AcknowledgeVendorReportsAsync();

        var ledger = await c2.GetAsync("ledger", "2026-05-20");
        Assert.DoesNotContain(ledger.GetProperty("entries").EnumerateArray(), e => e.GetProperty("obligationId").GetString() == "c2-engineer-replacement@replace-han");
    }

    /// <summary>C1 第三条2.2(3): changing on-site staff needs notice a month ahead and the hospital's consent.</summary>
    [Fact]
    public async Task C1_VendorChangesOnsiteStaff_OnlyWithAMonthsNoticeAndConsent()
    {
        var c1 = await ContractApiClient.CopyOfSeedAsync(fixture, "c1-childrens-internet-hospital-2016");
        var vendor = c1.As("vendor");
        await Hire(vendor, "promoter-a");
        await Hire(vendor, "promoter-b");
        await OkJson(await Assign(vendor, c1, "promoter-a", "onsite-promoter", "2016-04-20T09:00:00+08:00"));

        var unannounced = await Assign(vendor, c1, "promoter-b", "onsite-promoter", "2016-07-20T09:00:00+08:00", replaces: "promoter-a");
        Assert.Equal(HttpStatusCode.Conflict, unannounced.StatusCode);
        Assert.Equal("urn:vendorgrid:problem:staff-change-needs-consent", (await unannounced.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString());

        await OkJson(await c1.PostEventAsync("""{ "id": "notice-a", "type": "staff-change-noticed", "engineer": "promoter-a", "role": "onsite-promoter", "occurredAt": "2016-07-01T10:00:00+08:00" }""", vendor));
        var tooSoon = await Assign(vendor, c1, "promoter-b", "onsite-promoter", "2016-07-20T09:00:00+08:00", replaces: "promoter-a");
        Assert.Equal(HttpStatusCode.Conflict, tooSoon.StatusCode);
        var unapproved = await Assign(vendor, c1, "promoter-b", "onsite-promoter", "2016-08-01T09:00:00+08:00", replaces: "promoter-a");
        Assert.Contains("consent", (await unapproved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());

        await c1.RecordAsync("""{ "id": "consent-a", "type": "staff-change-approved", "engineer": "promoter-a", "role": "onsite-promoter", "occurredAt": "2016-07-05T10:00:00+08:00" }""");
        Assert.Equal(HttpStatusCode.Created, (await Assign(vendor, c1, "promoter-b", "onsite-promoter", "2016-08-01T09:00:00+08:00", replaces: "promoter-a")).StatusCode);
        Assert.Empty((await c1.GetAsync("staffing", "2016-08-02")).GetProperty("breaches").EnumerateArray());
    }

    /// <summary>
    /// The loophole of issue 6: releasing the on-site promoter and assigning someone else to the role is the same change as
    /// `replaces`. Refused without notice and consent and nothing is stored; when the hospital demanded the replacement,
    /// the assignment is recorded.
    /// </summary>
    [Fact]
    public async Task C1_ReleaseThenFreshAssignment_IsAChangeOfStaff_RefusedWithoutNoticeAndConsent()
    {
        var c1 = await ContractApiClient.CopyOfSeedAsync(fixture, "c1-childrens-internet-hospital-2016");
        var vendor = c1.As("vendor");
        foreach (var id in new[] { "sun-li", "zhou-min", "wu-gang" }) await Hire(vendor, id);
        Assert.Equal(HttpStatusCode.Created, (await Assign(vendor, c1, "sun-li", "onsite-promoter", "2016-04-20T09:00:00+08:00")).StatusCode);

        await OkJson(await c1.PostEventAsync("""{ "id": "release-a", "type": "staff-released", "engineer": "sun-li", "role": "onsite-promoter", "occurredAt": "2016-07-20T09:00:00+08:00" }""", vendor));
        var swap = await Assign(vendor, c1, "zhou-min", "onsite-promoter", "2016-07-20T09:00:00+08:00");
        Assert.Equal(HttpStatusCode.Conflict, swap.StatusCode);
        var problem = await swap.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("urn:vendorgrid:problem:staff-change-needs-consent", problem.GetProperty("type").GetString());
        Assert.Contains("sun-li", problem.GetProperty("detail").GetString());
        var staffing = await c1.GetAsync("staffing", "2016-07-21");
        Assert.DoesNotContain(staffing.GetProperty("assignments").EnumerateArray(), a => a.GetProperty("engineer").GetString() == "zhou-min");

        // The hospital demands sun-li's replacement: filling the seat is then no change the vendor needs consent for.
        await OkJson(await Post(c1.As("institution-staff"), $"/api/contracts/{c1.Id}/replacements",
            """{ "id": "replace-a", "role": "onsite-promoter", "engineer": "sun-li", "requestedAt": "2016-07-20T10:00:00+08:00" }"""));
        Assert.Equal(HttpStatusCode.Created, (await Assign(vendor, c1, "wu-gang", "onsite-promoter", "2016-07-21T09:00:00+08:00")).StatusCode);
        Assert.Empty((await c1.GetAsync("staffing", "2016-07-22")).GetProperty("breaches").EnumerateArray());
    }

    /// <summary>C1's staffing obligations read the assignments and attendance recorded through the API.</summary>
    [Fact]
    public async Task C1_PromoterAttendance_MeetsTheWeeklyOnsiteMinimum()
    {
        var c1 = await ContractApiClient.CopyOfSeedAsync(fixture, "c1-childrens-internet-hospital-2016");
        var vendor = c1.As("vendor");
        await Hire(vendor, "zheng-yu");
        await OkJson(await Assign(vendor, c1, "zheng-yu", "onsite-promoter", "2016-04-20T09:00:00+08:00"));
        await OkJson(await Post(vendor, "/api/engineers/zheng-yu/attendance", $$"""{ "contract": "{{c1.Id}}", "date": "2016-04-28", "onSite": true }"""));

        var weeks = (await c1.GetAsync("obligations", "2016-05-10")).EnumerateArray()
            .Where(o => o.GetProperty("clauseId").GetString() == "c1-promoter-weekly-onsite")
            .ToDictionary(o => o.GetProperty("id").GetString()!, o => o.GetProperty("status").GetString());
        Assert.Equal(("met", "breached"), (weeks["c1-promoter-weekly-onsite@2016-04-23"], weeks["c1-promoter-weekly-onsite@2016-04-30"]));
    }

    [Fact]
    public async Task C1_ChangeTheHospitalRecordsWithoutConsent_ShowsAsABreach()
    {
        var c1 = await ContractApiClient.CopyOfSeedAsync(fixture, "c1-childrens-internet-hospital-2016");
        var vendor = c1.As("vendor");
        await Hire(vendor, "wang-fang");
        await Hire(vendor, "feng-tao");
        await OkJson(await Assign(vendor, c1, "wang-fang", "onsite-promoter", "2016-04-20T09:00:00+08:00"));

        await OkJson(await Assign(c1.Admin, c1, "feng-tao", "onsite-promoter", "2016-07-20T09:00:00+08:00", replaces: "wang-fang"));

        var breach = Assert.Single((await c1.GetAsync("staffing", "2016-07-21")).GetProperty("breaches").EnumerateArray());
        Assert.Equal(("wang-fang", "2016-07-20T09:00:00+08:00"), (breach.GetProperty("engineer").GetString(), breach.GetProperty("at").GetString()));
        Assert.Contains("须提前报备并经甲方同意", breach.GetProperty("basis").GetString());
    }

    [Fact]
    public async Task Validation_ExpiredBeforeIssued_UnknownRole_InstantWithoutOffset_Are422NamingTheField()
    {
        var c2 = await ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026");
        var vendor = c2.As("vendor");
        await Hire(vendor, "he-ping");

        async Task FieldAtFault(HttpResponseMessage response, string field)
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _), await response.Content.ReadAsStringAsync());
        }

        await FieldAtFault(await Post(vendor, "/api/engineers",
            """{ "id": "bad-dates", "name": "证书日期错误", "certificates": [ { "name": "ITSS 项目经理", "number": "ITSS-1", "issuedOn": "2026-01-01", "expiresOn": "2025-12-31" } ] }"""),
            "certificates[0].expiresOn");
        await FieldAtFault(await Assign(vendor, c2, "he-ping", "dba", "2026-02-05T09:00:00+08:00"), "role");
        await FieldAtFault(await Assign(vendor, c2, "he-ping", "ops-engineer", "2026-02-05T09:00:00"), "from");
        await FieldAtFault(await Assign(vendor, c2, "nobody-here", "ops-engineer", "2026-02-05T09:00:00+08:00"), "engineer");
        Assert.Empty((await c2.GetAsync("staffing", "2026-03-01")).GetProperty("assignments").EnumerateArray());
    }
}
