using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace VendorGrid.Tests.Gateway;

/// <summary>
/// Issue 6's evaluations and acceptance through the real API: who may score and who may read; 422 naming the field;
/// a failing score raising C1's termination right with its basis; the checklist from submission to acceptance, and
/// acceptance making C1's acceptance payment due.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class EvaluationsAndAcceptanceApiTests(GatewayFixture fixture)
{
    private const string C1 = "c1-childrens-internet-hospital-2016";
    private const string Documents = "c1-acceptance-documents";

    private static string Scores(decimal rules, decimal workflow, decimal supervision, decimal targets) =>
        $$"""{ "management-rules": {{rules}}, "workflow": {{workflow}}, "supervision": {{supervision}}, "targets": {{targets}} }""";

    private static Task<HttpResponseMessage> EvaluateAsync(ContractApiClient c, string id, string period, string scores, HttpClient? as_ = null) =>
        (as_ ?? c.Admin).PostAsync($"/api/contracts/{c.Id}/evaluations",
            ContractApiClient.Json($$"""{ "id": "{{id}}", "period": "{{period}}", "evaluatedAt": "{{period}}-28T16:00:00+08:00", "scores": {{scores}}, "note": "月度考评" }"""));

    private static Task<HttpResponseMessage> StepAsync(ContractApiClient c, int index, string step, string body, HttpClient? as_ = null) =>
        (as_ ?? c.Admin).PostAsync($"/api/contracts/{c.Id}/acceptance/documents/{Documents}/{index}/{step}", ContractApiClient.Json(body));

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static async Task<string[]> InvalidFieldsAsync(HttpResponseMessage response) =>
        [.. (await JsonAsync(response, HttpStatusCode.UnprocessableEntity)).GetProperty("errors").EnumerateObject().Select(e => e.Name)];

    [Fact]
    public async Task OnlyTheInstitutionAdminScores_TheVendorReadsItsOwn_AnotherVendorSeesNoSuchContract()
    {
        var c1 = await ContractApiClient.CopyOfSeedAsync(fixture, C1);
        var otherVendor = await ContractApiClient.CopyOfSeedAsync(fixture, C1, institution: c1.Institution);
        Assert.Equal(HttpStatusCode.Forbidden, (await EvaluateAsync(c1, "ev-6", "2016-06", Scores(8, 25, 25, 24), c1.As("vendor"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await EvaluateAsync(c1, "ev-6", "2016-06", Scores(8, 25, 25, 24), c1.As("institution-staff"))).StatusCode);

        var created = await JsonAsync(await EvaluateAsync(c1, "ev-6", "2016-06", Scores(8, 25, 25, 24)), HttpStatusCode.Created);
        Assert.Equal(("ev-6", "2016-06", 82m, true), (created.GetProperty("id").GetString(), created.GetProperty("period").GetString(),
            created.GetProperty("total").GetDecimal(), created.GetProperty("passed").GetBoolean()));
        Assert.Equal(["管理制度:8/10", "工作流程:25/30", "监督检查:25/30", "目标完成:24/30"], created.GetProperty("sections").EnumerateArray()
            .Select(s => $"{s.GetProperty("title").GetString()}:{s.GetProperty("points").GetDecimal():0.##}/{s.GetProperty("max").GetDecimal():0.##}"));
        var template = created.GetProperty("template");
        Assert.Equal(("c1-monthly-evaluation", 100m, 80m, 4), (template.GetProperty("obligationId").GetString(), template.GetProperty("total").GetDecimal(),
            template.GetProperty("passAt").GetDecimal(), template.GetProperty("sections").GetArrayLength()));
        Assert.Equal(HttpStatusCode.OK, (await EvaluateAsync(c1, "ev-6", "2016-06", Scores(8, 25, 25, 24))).StatusCode);

        var seenByVendor = await JsonAsync(await c1.As("vendor").GetAsync($"/api/contracts/{c1.Id}/evaluations"), HttpStatusCode.OK);
        Assert.Equal(["ev-6"], seenByVendor.EnumerateArray().Select(e => e.GetProperty("id").GetString()));
        var stranger = await otherVendor.As("vendor").GetAsync($"/api/contracts/{c1.Id}/evaluations");
        Assert.Equal("urn:vendorgrid:problem:contract-not-found", (await JsonAsync(stranger, HttpStatusCode.NotFound)).GetProperty("type").GetString());

        var met = (await c1.GetAsync("obligations", "2016-07-10")).EnumerateArray().Single(o => o.GetProperty("id").GetString() == "c1-monthly-evaluation@2016-06-01");
        Assert.Equal("met", met.GetProperty("status").GetString());
    }

    [Fact]
    public async Task ABadEvaluation_Is422NamingEachField_AndAContractWithoutAScorecardHasNone()
    {
        var c1 = await ContractApiClient.CopyOfSeedAsync(fixture, C1);
        Assert.Equal(["scores.bonus", "scores.targets", "scores.workflow"], (await InvalidFieldsAsync(await EvaluateAsync(c1, "ev-6", "2016-06",
            """{ "management-rules": 8, "workflow": 31, "supervision": 25, "bonus": 3 }"""))).Order(StringComparer.Ordinal));
        Assert.Equal(["period"], await InvalidFieldsAsync(await EvaluateAsync(c1, "ev-3", "2016-03", Scores(8, 25, 25, 24))));
        Assert.Equal(HttpStatusCode.Created, (await EvaluateAsync(c1, "ev-6", "2016-06", Scores(8, 25, 25, 24))).StatusCode);
        Assert.Equal(["period"], await InvalidFieldsAsync(await EvaluateAsync(c1, "ev-6b", "2016-06", Scores(8, 25, 25, 20))));
        Assert.Equal(["id"], await InvalidFieldsAsync(await EvaluateAsync(c1, "ev-6", "2016-07", Scores(8, 25, 25, 24))));

        var c2 = await ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026");
        var none = await EvaluateAsync(c2, "ev-1", "2026-03", Scores(8, 25, 25, 24));
        Assert.Equal("urn:vendorgrid:problem:scorecard-not-found", (await JsonAsync(none, HttpStatusCode.NotFound)).GetProperty("type").GetString());
    }

    [Fact]
    public async Task AFailingScore_ShowsTheTerminationRightWithTheEvaluationAsItsBasis()
    {
        var c1 = await ContractApiClient.CopyOfSeedAsync(fixture, C1);
        var failed = await JsonAsync(await EvaluateAsync(c1, "ev-7", "2016-07", Scores(6, 22, 24, 20)), HttpStatusCode.Created);
        Assert.Equal((72m, false), (failed.GetProperty("total").GetDecimal(), failed.GetProperty("passed").GetBoolean()));

        var right = (await c1.GetAsync("ledger", "2016-07-31")).GetProperty("terminationRights").EnumerateArray()
            .Single(r => r.GetProperty("clauseId").GetString() == "c1-evaluation-failed");
        Assert.Equal("第三条2.3: 运营人员服务质量月度考评 2016-07：72 分（满分 100），低于合格线 80 分（评估 ev-7）", right.GetProperty("basis").GetString());
        Assert.Equal(DateTimeOffset.Parse("2016-07-28T16:00:00+08:00"), right.GetProperty("since").GetDateTimeOffset());
        Assert.DoesNotContain((await c1.GetAsync("ledger", "2016-07-27")).GetProperty("terminationRights").EnumerateArray(),
            r => r.GetProperty("clauseId").GetString() == "c1-evaluation-failed");
    }

    private async Task<Dictionary<string, (string Title, string Status)>> IndexedDocumentsAsync(ContractApiClient c)
    {
        await using var database = fixture.Cluster.Database.CreateDataSource();
        await using var command = database.CreateCommand(
            "SELECT obligation_id, title, status FROM vg.deadline_index WHERE contract_key = $1 AND obligation_id LIKE 'c4-acceptance-documents@%'");
        command.Parameters.AddWithValue($"{c.Institution}/{c.Id}");
        var rows = new Dictionary<string, (string, string)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) rows[reader.GetString(0)] = (reader.GetString(1), reader.GetString(2));
        return rows;
    }

    [Fact]
    public async Task LateDocuments_AreInTheDeadlineIndexLikeAnyObligation_LeavingOnSubmissionAndReturningOnRejection()
    {
        // C4's checklist was due by the end of 2025-07-29; the test clock stands in 2026-11, so every document is late.
        var c4 = await ContractApiClient.CopyOfSeedAsync(fixture, "c4-health-commission-medadmin-ops-2024");
        var indexed = await IndexedDocumentsAsync(c4);
        Assert.Equal(13, indexed.Count);
        Assert.Equal(("验收文档清单（13项）：项目合同", "late"), indexed["c4-acceptance-documents@document-1"]);

        var path = $"/api/contracts/{c4.Id}/acceptance/documents/c4-acceptance-documents/1";
        Assert.Equal(HttpStatusCode.Created, (await c4.As("vendor").PostAsync($"{path}/submit",
            ContractApiClient.Json("""{ "at": "2025-07-01T10:00:00+08:00" }"""))).StatusCode);
        Assert.False((await IndexedDocumentsAsync(c4)).ContainsKey("c4-acceptance-documents@document-1"));
        Assert.Equal(HttpStatusCode.Created, (await c4.Admin.PostAsync($"{path}/review",
            ContractApiClient.Json("""{ "at": "2025-07-03T10:00:00+08:00", "outcome": "rejected", "reason": "缺少盖章" }"""))).StatusCode);
        Assert.Equal(("验收文档清单（13项）：项目合同", "late"), (await IndexedDocumentsAsync(c4))["c4-acceptance-documents@document-1"]);
    }

    [Fact]
    public async Task TheChecklist_FromSubmissionThroughRejectionToAcceptance_MakesTheAcceptancePaymentDue()
    {
        var c1 = await ContractApiClient.CopyOfSeedAsync(fixture, C1);
        var vendor = c1.As("vendor");
        var staff = c1.As("institution-staff");
        var start = await c1.GetAsync("acceptance", "2017-04-01");
        Assert.Equal((10, "pending", false), (start.GetProperty("documents").GetArrayLength(),
            start.GetProperty("documents")[0].GetProperty("status").GetString(), start.GetProperty("readyForAcceptance").GetBoolean()));
        Assert.Equal(JsonValueKind.Null, start.GetProperty("accepted").ValueKind);

        var submitted = await JsonAsync(await StepAsync(c1, 1, "submit", """{ "at": "2017-04-10T10:00:00+08:00", "note": "纸质一份" }""", vendor), HttpStatusCode.Created);
        Assert.Equal(("submitted", "开工申请"), (submitted.GetProperty("status").GetString(), submitted.GetProperty("name").GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, (await StepAsync(c1, 1, "review", """{ "at": "2017-04-11T10:00:00+08:00", "outcome": "approved" }""", vendor)).StatusCode);
        Assert.Equal(["reason"], await InvalidFieldsAsync(await StepAsync(c1, 1, "review", """{ "at": "2017-04-11T10:00:00+08:00", "outcome": "rejected" }""", staff)));
        var rejected = await JsonAsync(await StepAsync(c1, 1, "review",
            """{ "at": "2017-04-11T10:00:00+08:00", "outcome": "rejected", "reason": "缺少盖章" }""", staff), HttpStatusCode.Created);
        Assert.Equal(("rejected", "缺少盖章"), (rejected.GetProperty("status").GetString(), rejected.GetProperty("reason").GetString()));
        Assert.Equal(HttpStatusCode.Created, (await StepAsync(c1, 1, "submit", """{ "at": "2017-04-12T10:00:00+08:00" }""", vendor)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await StepAsync(c1, 1, "submit", """{ "at": "2017-04-12T11:00:00+08:00" }""", vendor)).StatusCode);
        var missing = await StepAsync(c1, 11, "submit", """{ "at": "2017-04-12T11:00:00+08:00" }""", vendor);
        Assert.Equal("urn:vendorgrid:problem:document-not-found", (await JsonAsync(missing, HttpStatusCode.NotFound)).GetProperty("type").GetString());

        var early = await c1.Admin.PostAsync($"/api/contracts/{c1.Id}/acceptance", ContractApiClient.Json("""{ "at": "2017-04-20T10:00:00+08:00" }"""));
        Assert.Equal([.. Enumerable.Range(0, 10).Select(i => $"documents[{i}]")], (await InvalidFieldsAsync(early)).Order(StringComparer.Ordinal));

        for (var n = 2; n <= 10; n++)
            Assert.Equal(HttpStatusCode.Created, (await StepAsync(c1, n, "submit", """{ "at": "2017-04-13T10:00:00+08:00" }""", vendor)).StatusCode);
        for (var n = 1; n <= 10; n++)
            Assert.Equal(HttpStatusCode.Created, (await StepAsync(c1, n, "review", """{ "at": "2017-04-18T10:00:00+08:00", "outcome": "approved" }""")).StatusCode);
        Assert.True((await c1.GetAsync("acceptance", "2017-04-19")).GetProperty("readyForAcceptance").GetBoolean());
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsync($"/api/contracts/{c1.Id}/acceptance", ContractApiClient.Json("""{ "at": "2017-04-20T10:00:00+08:00" }"""))).StatusCode);
        var paymentBefore = (await c1.GetAsync("payments", "2017-04-19")).EnumerateArray().Single(p => p.GetProperty("id").GetString() == "c1-pay-acceptance");
        Assert.Equal(JsonValueKind.Null, paymentBefore.GetProperty("dueAt").ValueKind);

        var accepted = await JsonAsync(await c1.Admin.PostAsync($"/api/contracts/{c1.Id}/acceptance",
            ContractApiClient.Json("""{ "at": "2017-04-20T10:00:00+08:00" }""")), HttpStatusCode.Created);
        Assert.Equal(DateTimeOffset.Parse("2017-04-20T10:00:00+08:00"), accepted.GetProperty("accepted").GetProperty("at").GetDateTimeOffset());
        // 30 working days after Thursday 2017-04-20: May Day (05-01) and the Dragon Boat days (05-29, 05-30) are off, Saturday 05-27 is worked.
        var payment = (await c1.GetAsync("payments", "2017-04-21")).EnumerateArray().Single(p => p.GetProperty("id").GetString() == "c1-pay-acceptance");
        Assert.Equal(DateTimeOffset.Parse("2017-06-05T23:59:59+08:00"), payment.GetProperty("dueAt").GetDateTimeOffset());
    }
}
