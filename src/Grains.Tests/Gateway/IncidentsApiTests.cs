using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace VendorGrid.Tests.Gateway;

/// <summary>
/// Issue 6's incidents through the API: opened and stepped once (idempotent, conflicts refused), refused with the
/// field named, read back with their clocks at any instant, and a missed clock proposed in the ledger.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class IncidentsApiTests(GatewayFixture fixture)
{
    private Task<ContractApiClient> Seed(string seed = "c2-chaoyang-his-2026") => ContractApiClient.CopyOfSeedAsync(fixture, seed);

    private static string Opening(string id, string openedAt, string severity = "normal") =>
        $$"""{ "id": "{{id}}", "openedAt": "{{openedAt}}", "severity": "{{severity}}", "campus": "本部", "summary": "门诊挂号系统无法登录" }""";

    private static Task<HttpResponseMessage> OpenAsync(ContractApiClient c, string body, HttpClient? as_ = null) =>
        (as_ ?? c.Admin).PostAsync($"/api/contracts/{c.Id}/incidents", ContractApiClient.Json(body));

    private static Task<HttpResponseMessage> StepAsync(ContractApiClient c, string incident, string type, string at, HttpClient? as_ = null) =>
        (as_ ?? c.Admin).PostAsync($"/api/contracts/{c.Id}/incidents/{incident}/events",
            ContractApiClient.Json($$"""{ "type": "{{type}}", "at": "{{at}}" }"""));

    private static async Task<JsonElement> IncidentAsync(ContractApiClient c, string incident, string asOf)
    {
        var response = await c.Admin.GetAsync($"/api/contracts/{c.Id}/incidents/{incident}?asOf={Uri.EscapeDataString(asOf)}");
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static JsonElement ClockOf(JsonElement incident, string clause, string name) => incident.GetProperty("clocks").EnumerateArray()
        .Single(c => c.GetProperty("clauseId").GetString() == clause && c.GetProperty("name").GetString() == name);

    private static (string? Due, string? Met, string Status) Shape(JsonElement clock) => (
        clock.GetProperty("dueAt").ValueKind == JsonValueKind.Null ? null : clock.GetProperty("dueAt").GetString(),
        clock.GetProperty("metAt").ValueKind == JsonValueKind.Null ? null : clock.GetProperty("metAt").GetString(),
        clock.GetProperty("status").GetString()!);

    private static async Task<string> ProblemTypeAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString()!;
    }

    private static async Task<string[]> InvalidFieldsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        return [.. (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(e => e.Name)];
    }

    [Fact]
    public async Task OnAMakeUpSaturday_WorkingTimeClocksRun_AndALateSolveIsChargedOnlyOnceAnObjectionsPeriodEndsUnrectified()
    {
        var c2 = await Seed();
        var vendor = c2.As("vendor");
        Assert.Equal(HttpStatusCode.Created, (await OpenAsync(c2, Opening("inc-1", "2026-02-14T10:00:00+08:00"))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await StepAsync(c2, "inc-1", "responded", "2026-02-14T10:10:00+08:00", vendor)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await StepAsync(c2, "inc-1", "restored", "2026-02-14T10:50:00+08:00", vendor)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await StepAsync(c2, "inc-1", "closed", "2026-02-14T11:00:00+08:00")).StatusCode);

        var incident = await IncidentAsync(c2, "inc-1", "2026-02-14T12:00:00+08:00");
        Assert.Equal(("inc-1", "normal", "本部", 3), (incident.GetProperty("id").GetString(), incident.GetProperty("severity").GetString(),
            incident.GetProperty("campus").GetString(), incident.GetProperty("events").GetArrayLength()));
        Assert.Equal(("2026-02-14T10:15:00+08:00", "2026-02-14T10:10:00+08:00", "met"), Shape(ClockOf(incident, "c2-sla-working-hours", "feedback")));
        Assert.Equal(("2026-02-14T10:30:00+08:00", "2026-02-14T10:50:00+08:00", "met-late"), Shape(ClockOf(incident, "c2-sla-working-hours", "solve")));
        Assert.DoesNotContain(incident.GetProperty("clocks").EnumerateArray(), c => c.GetProperty("clauseId").GetString() == "c2-sla-off-hours");
        await c2.AcknowledgeVendorReportsAsync();
        // 第八条第3款「且乙方未在合理期限内整改的」: the missed clock is a ground for the hospital's objection, not yet a charge.
        Assert.Equal(0m, await c2.PostedAsync("c2-quality-not-rectified", "2026-02-14T12:00:00+08:00"));
        await c2.RecordAsync("""
            { "id": "obj-inc-1", "type": "rectification-requested", "occurredAt": "2026-02-14T13:00:00+08:00", "clauseId": "c2-quality-not-rectified",
              "rectifyBy": "2026-02-16T18:00:00+08:00", "reason": "inc-1 未在30分钟内解决" }
            """);
        Assert.Equal(29_500.00m, await c2.PostedAsync("c2-quality-not-rectified", "2026-02-17T09:00:00+08:00"));  // 2 % of ¥1,475,000
    }

    [Fact]
    public async Task ASpringFestivalHoliday_IsOutsideWorkingTime_AndTheOnSiteClockStartsWhenTheRemoteFixRunsOut()
    {
        var c2 = await Seed();
        await OpenAsync(c2, Opening("inc-2", "2026-02-17T10:00:00+08:00"));  // 春节, a Tuesday off
        await StepAsync(c2, "inc-2", "responded", "2026-02-17T10:20:00+08:00");

        var running = await IncidentAsync(c2, "inc-2", "2026-02-17T10:30:00+08:00");
        Assert.Equal((null, null, "pending"), Shape(ClockOf(running, "c2-sla-off-hours", "onsite")));
        var escalated = await IncidentAsync(c2, "inc-2", "2026-02-17T11:30:00+08:00");
        Assert.Equal(("2026-02-17T13:00:00+08:00", null, "running"), Shape(ClockOf(escalated, "c2-sla-off-hours", "onsite")));

        // 第一条4.3「2小时内抵达甲方服务现场并解决问题」: arriving in time does not stop the clock, solving the problem does.
        await StepAsync(c2, "inc-2", "onsite", "2026-02-17T12:50:00+08:00");
        await StepAsync(c2, "inc-2", "restored", "2026-02-17T13:20:00+08:00");
        var late = await IncidentAsync(c2, "inc-2", "2026-02-17T14:00:00+08:00");
        Assert.Equal("met-late", Shape(ClockOf(late, "c2-sla-off-hours", "onsite")).Status);
        Assert.Equal(("2026-02-17T10:30:00+08:00", "met"), (Shape(ClockOf(late, "c2-sla-off-hours", "reply")).Due, Shape(ClockOf(late, "c2-sla-off-hours", "reply")).Status));
        Assert.Equal(0m, await c2.PostedAsync("c2-quality-not-rectified", "2026-02-17T14:00:00+08:00"));  // a ground for an objection only
    }

    [Fact]
    public async Task AnEmergencyAtNight_OnlineSupportInFifteenMinutes_ExcusesTheOnSiteHour()
    {
        var c2 = await Seed();
        await OpenAsync(c2, Opening("inc-3", "2026-03-10T22:00:00+08:00", "emergency"));
        await StepAsync(c2, "inc-3", "remote-support", "2026-03-10T22:10:00+08:00", c2.As("vendor"));
        await StepAsync(c2, "inc-3", "responded", "2026-03-10T22:10:00+08:00", c2.As("vendor"));
        await StepAsync(c2, "inc-3", "restored", "2026-03-10T22:50:00+08:00", c2.As("vendor"));

        var incident = await IncidentAsync(c2, "inc-3", "2026-03-11T09:00:00+08:00");
        Assert.Equal("waived", Shape(ClockOf(incident, "c2-sla-emergency", "onsite")).Status);
        Assert.Equal("met", Shape(ClockOf(incident, "c2-sla-emergency", "remote-support")).Status);
        await c2.AcknowledgeVendorReportsAsync();
        Assert.Equal(0m, await c2.PostedAsync("c2-quality-not-rectified", "2026-03-11T09:00:00+08:00"));
    }

    [Fact]
    public async Task C3_AnswersInAnHourAndRestoresInFour_RoundTheClock()
    {
        var c3 = await Seed("c3-medical-registration-ops-2024");
        await OpenAsync(c3, Opening("inc-4", "2024-09-01T03:00:00+08:00"));  // a Sunday night
        await StepAsync(c3, "inc-4", "responded", "2024-09-01T03:40:00+08:00", c3.As("vendor"));

        var incident = await IncidentAsync(c3, "inc-4", "2024-09-01T08:00:00+08:00");
        Assert.Equal(("2024-09-01T04:00:00+08:00", "2024-09-01T03:40:00+08:00", "met"), Shape(ClockOf(incident, "c3-fault-response", "answer")));
        Assert.Equal(("2024-09-01T07:00:00+08:00", null, "missed"), Shape(ClockOf(incident, "c3-fault-response", "restore")));
    }

    [Fact]
    public async Task TheInstitutionsOwnWorkingHours_DecideWhichClocksApply()
    {
        var c2 = await Seed();
        Assert.Equal(HttpStatusCode.OK, (await c2.Admin.PutAsJsonAsync("/api/calendar/institution",
            new { closures = Array.Empty<string>(), workStarts = "08:30:00", workEnds = "17:30:00" })).StatusCode);
        await OpenAsync(c2, Opening("inc-5", "2026-03-10T17:15:00+08:00"));
        await OpenAsync(c2, Opening("inc-6", "2026-03-10T08:15:00+08:00"));

        var afternoon = await IncidentAsync(c2, "inc-5", "2026-03-10T18:00:00+08:00");
        var morning = await IncidentAsync(c2, "inc-6", "2026-03-10T18:00:00+08:00");
        Assert.Contains(afternoon.GetProperty("clocks").EnumerateArray(), c => c.GetProperty("clauseId").GetString() == "c2-sla-working-hours");
        Assert.Contains(morning.GetProperty("clocks").EnumerateArray(), c => c.GetProperty("clauseId").GetString() == "c2-sla-off-hours");
    }

    [Fact]
    public async Task TheSameBodyAgainIs200_AnotherBodyUnderTheSameIdIs409()
    {
        var c2 = await Seed();
        var body = Opening("inc-7", "2026-03-10T10:00:00+08:00");
        Assert.Equal(HttpStatusCode.Created, (await OpenAsync(c2, body)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await OpenAsync(c2, body)).StatusCode);
        Assert.Equal(Problems409, await ProblemTypeAsync(await OpenAsync(c2, Opening("inc-7", "2026-03-10T10:00:00+08:00", "major")), HttpStatusCode.Conflict));

        Assert.Equal(HttpStatusCode.Created, (await StepAsync(c2, "inc-7", "responded", "2026-03-10T10:05:00+08:00")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(c2, "inc-7", "responded", "2026-03-10T10:05:00+08:00")).StatusCode);
        Assert.Equal(Problems409, await ProblemTypeAsync(await StepAsync(c2, "inc-7", "responded", "2026-03-10T10:06:00+08:00"), HttpStatusCode.Conflict));
        Assert.Single((await IncidentAsync(c2, "inc-7", "2026-03-10T12:00:00+08:00")).GetProperty("events").EnumerateArray());
    }

    private const string Problems409 = "urn:vendorgrid:problem:conflict";

    [Theory]
    [InlineData("""{ "id": "inc-8", "openedAt": "2026-03-10T10:00:00", "severity": "normal", "summary": "x" }""", "openedAt")]
    [InlineData("""{ "id": "inc-8", "openedAt": "2026-03-10T10:00:00+08:00", "severity": "critical", "summary": "x" }""", "severity")]
    [InlineData("""{ "id": "inc 8", "openedAt": "2026-03-10T10:00:00+08:00", "severity": "normal", "summary": "x" }""", "id")]
    [InlineData("""{ "id": "inc-8", "openedAt": "2026-03-10T10:00:00+08:00", "severity": "normal" }""", "summary")]
    public async Task ABadIncident_Is422NamingTheField_AndNothingIsStored(string body, string field)
    {
        var c2 = await Seed();
        Assert.Equal([field], await InvalidFieldsAsync(await OpenAsync(c2, body)));
        Assert.Equal(0, (await c2.Admin.GetFromJsonAsync<JsonElement>($"/api/contracts/{c2.Id}/incidents")).GetArrayLength());
    }

    [Fact]
    public async Task ABadStep_Is422NamingTheField_AnUnknownIncidentIs404()
    {
        var c2 = await Seed();
        await OpenAsync(c2, Opening("inc-9", "2026-03-10T10:00:00+08:00"));
        Assert.Equal(["type"], await InvalidFieldsAsync(await StepAsync(c2, "inc-9", "fixed-itself", "2026-03-10T10:05:00+08:00")));
        Assert.Equal(["at"], await InvalidFieldsAsync(await StepAsync(c2, "inc-9", "responded", "2026-03-10T09:55:00+08:00")));
        Assert.Equal(["at"], await InvalidFieldsAsync(await StepAsync(c2, "inc-9", "responded", "2026-03-10 10:05")));
        Assert.Equal("urn:vendorgrid:problem:incident-not-found",
            await ProblemTypeAsync(await StepAsync(c2, "no-such-incident", "responded", "2026-03-10T10:05:00+08:00"), HttpStatusCode.NotFound));
        Assert.Equal("urn:vendorgrid:problem:incident-not-found",
            await ProblemTypeAsync(await c2.Admin.GetAsync($"/api/contracts/{c2.Id}/incidents/no-such-incident"), HttpStatusCode.NotFound));
        Assert.Equal(["incidentId"], await InvalidFieldsAsync(await c2.PostEventAsync(
            """{ "id": "stray", "type": "incident-event", "occurredAt": "2026-03-10T10:05:00+08:00", "incidentId": "no-such-incident", "name": "responded" }""")));
        Assert.Empty((await IncidentAsync(c2, "inc-9", "2026-03-10T12:00:00+08:00")).GetProperty("events").EnumerateArray());
    }

    /// <summary>
    /// The orders the clause model cannot use are refused on <c>at</c> and change nothing: a step after the closing, a
    /// closing before a recorded step, and (off hours, where C2 escalates to on-site support) restored before the escalation.
    /// </summary>
    [Fact]
    public async Task AStepOutOfOrder_Is422OnAt_AndChangesNothing()
    {
        var c2 = await Seed();
        var vendor = c2.As("vendor");
        Assert.Equal(HttpStatusCode.Created, (await OpenAsync(c2, Opening("inc-order", "2026-03-07T22:00:00+08:00"))).StatusCode);  // a Saturday night
        Assert.Equal(HttpStatusCode.Created, (await StepAsync(c2, "inc-order", "escalated-onsite", "2026-03-07T23:00:00+08:00")).StatusCode);
        Assert.Equal(["at"], await InvalidFieldsAsync(await StepAsync(c2, "inc-order", "restored", "2026-03-07T22:50:00+08:00", vendor)));
        Assert.Equal(HttpStatusCode.Created, (await StepAsync(c2, "inc-order", "restored", "2026-03-08T00:30:00+08:00", vendor)).StatusCode);
        Assert.Equal(["at"], await InvalidFieldsAsync(await StepAsync(c2, "inc-order", "closed", "2026-03-08T00:20:00+08:00")));
        Assert.Equal(HttpStatusCode.Created, (await StepAsync(c2, "inc-order", "closed", "2026-03-08T01:00:00+08:00")).StatusCode);
        Assert.Equal(["at"], await InvalidFieldsAsync(await StepAsync(c2, "inc-order", "responded", "2026-03-08T01:05:00+08:00", vendor)));
        // The same rule holds for a step sent as a plain fact.
        Assert.Equal(["occurredAt"], await InvalidFieldsAsync(await c2.PostEventAsync(
            """{ "id": "late-step", "type": "incident-event", "occurredAt": "2026-03-08T02:00:00+08:00", "incidentId": "inc-order", "name": "responded" }""")));

        var steps = (await IncidentAsync(c2, "inc-order", "2026-03-09T00:00:00+08:00")).GetProperty("events").EnumerateArray()
            .Select(e => e.GetProperty("type").GetString()!).ToArray();
        Assert.Equal(["escalated-onsite", "restored", "closed"], steps);
        // A step that happened before the closing may still be reported after it.
        Assert.Equal(HttpStatusCode.Created, (await StepAsync(c2, "inc-order", "responded", "2026-03-07T22:10:00+08:00", vendor)).StatusCode);
    }

    [Fact]
    public async Task TheVendorReportsWhatItDid_TheInstitutionOpensEscalatesAndCloses()
    {
        var c2 = await Seed();
        var vendor = c2.As("vendor");
        Assert.Equal(HttpStatusCode.Forbidden, (await OpenAsync(c2, Opening("inc-10", "2026-03-10T10:00:00+08:00"), vendor)).StatusCode);
        await OpenAsync(c2, Opening("inc-10", "2026-03-10T10:00:00+08:00"), c2.As("institution-staff"));
        Assert.Equal(HttpStatusCode.Forbidden, (await StepAsync(c2, "inc-10", "closed", "2026-03-10T11:00:00+08:00", vendor)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await StepAsync(c2, "inc-10", "escalated-onsite", "2026-03-10T11:00:00+08:00", vendor)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await StepAsync(c2, "inc-10", "onsite", "2026-03-10T10:40:00+08:00", vendor)).StatusCode);
        var seenByVendor = await vendor.GetFromJsonAsync<JsonElement>($"/api/contracts/{c2.Id}/incidents/inc-10");
        Assert.Equal("vendor", seenByVendor.GetProperty("events")[0].GetProperty("reportedBy").GetString());
    }

    [Fact]
    public async Task TheListIsPagedByIncidentId()
    {
        var c2 = await Seed();
        foreach (var n in new[] { "a", "b", "c" }) await OpenAsync(c2, Opening($"inc-{n}", "2026-03-10T10:00:00+08:00"));

        var first = await c2.Admin.GetAsync($"/api/contracts/{c2.Id}/incidents?limit=2&asOf=2026-03-10");
        var page = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["inc-a", "inc-b"], page.EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToArray());
        Assert.NotEmpty(page[0].GetProperty("clocks").EnumerateArray());
        var next = first.Headers.GetValues("Link").Single();
        var rest = await c2.Admin.GetFromJsonAsync<JsonElement>(next[1..next.IndexOf('>')]);
        Assert.Equal(["inc-c"], rest.EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToArray());
    }
}
