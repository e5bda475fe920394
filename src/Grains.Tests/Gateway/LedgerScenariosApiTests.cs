using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using VendorGrid.Tests.Infrastructure;

using static VendorGrid.Tests.Gateway.ProblemResponses;

namespace VendorGrid.Tests.Gateway;

/// <summary>
/// Issue 15, "Why this issue", as a new user tried it through the API: staff accepting a deliverable, a second hospital
/// taking C2's id, a client taking an id the platform derives, and a batch with one bad fact. Each is refused with the
/// status the issue names, and nothing is recorded.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class LedgerScenariosApiTests(GatewayFixture fixture)
{
    private Task<ContractApiClient> C2() => ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026");


    private static async Task<int> CountEventsAsync(ContractApiClient c2) =>
        (await c2.GetAsync("events", "2026-12-01T00:00:00+08:00")).GetArrayLength();

    [Fact]
    public async Task InstitutionStaff_PostingAccepted_Is403_AndOnlyTheAdminAccepts()
    {
        var c2 = await C2();
        const string accepted = """{ "id": "acc-1", "type": "accepted", "occurredAt": "2026-04-01T10:00:00+08:00" }""";
        var problem = await ProblemAsync(await c2.PostEventAsync(accepted, c2.As("institution-staff")), HttpStatusCode.Forbidden);
        Assert.Contains("accepted", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await CountEventsAsync(c2));
        Assert.Equal(HttpStatusCode.Created, (await c2.PostEventAsync(accepted)).StatusCode);
    }

    [Fact]
    public async Task AnotherInstitutionCreatingAContractUnderAnExistingId_Is409_RevealingNothing_AndTheVendorStillReadsTheRealOne()
    {
        var c2 = await C2();
        var fake = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Seeds, "c2-chaoyang-his-2026.json")))!.AsObject();
        var other = $"inst-{Guid.NewGuid():N}"[..24];
        fake["id"] = c2.Id;
        fake["title"] = "假医院";
        fake["institution"]!["id"] = other;
        fake["vendor"]!["id"] = c2.Vendor;
        var admin = fixture.Client(Tokens.For(fixture, "institution-admin", institution: other));

        var response = await admin.PostAsync("/api/contracts", ContractApiClient.Json(fake.ToJsonString()));
        var problem = await ProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal("urn:vendorgrid:problem:contract-id-taken", problem.GetProperty("type").GetString());
        Assert.DoesNotContain(c2.Institution, problem.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/contracts/{c2.Id}")).StatusCode);

        var seen = await (await c2.As("vendor").GetAsync($"/api/contracts/{c2.Id}")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(c2.Institution, seen.GetProperty("institution").GetProperty("id").GetString());
        Assert.NotEqual("假医院", seen.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("acceptance")]
    [InlineData("incident:inc-9")]
    [InlineData("evaluation:2026-04")]
    [InlineData("vacancy:developer:1")]
    public async Task AFactUnderAnIdThePlatformDerives_Is422NamingTheId_AndNothingIsStored(string id)
    {
        var c2 = await C2();
        var milestone = $$"""{ "id": "{{id}}", "type": "milestone", "occurredAt": "2026-04-01T10:00:00+08:00", "name": "inspection" }""";
        var problem = await ProblemAsync(await c2.PostEventAsync(milestone), HttpStatusCode.UnprocessableEntity);
        Assert.True(problem.GetProperty("errors").TryGetProperty("id", out _), problem.ToString());
        Assert.Equal(0, await CountEventsAsync(c2));
    }

    [Fact]
    public async Task ABatchWithOneBadFact_Is422NamingItsPosition_AndNoFactOfItIsRecorded()
    {
        var c2 = await C2();
        const string batch = """
            { "facts": [
              { "id": "b-1", "type": "obligation-met", "occurredAt": "2026-03-27T10:00:00+08:00", "obligationId": "c2-go-live" },
              { "id": "b-2", "type": "milestone", "occurredAt": "2026-03-28T10:00:00+08:00", "name": "inspection" },
              { "id": "b-3", "type": "obligation-met", "occurredAt": "2026-03-29T10:00:00+08:00", "obligationId": "c2-no-such-thing" } ] }
            """;
        var problem = await ProblemAsync(await c2.Admin.PostAsync($"/api/contracts/{c2.Id}/events:batch", ContractApiClient.Json(batch)),
            HttpStatusCode.UnprocessableEntity);
        Assert.True(problem.GetProperty("errors").TryGetProperty("facts[2].obligationId", out _), problem.ToString());
        Assert.Equal(0, await CountEventsAsync(c2));
        var goLive = (await c2.GetAsync("obligations", "2026-04-10T00:00:00+08:00")).EnumerateArray().Single(o => o.GetProperty("id").GetString() == "c2-go-live");
        Assert.Equal(JsonValueKind.Null, goLive.GetProperty("metAt").ValueKind);

        var fixedBatch = batch.Replace("c2-no-such-thing", "c2-go-live");
        Assert.Equal(HttpStatusCode.Created, (await c2.Admin.PostAsync($"/api/contracts/{c2.Id}/events:batch", ContractApiClient.Json(fixedBatch))).StatusCode);
        Assert.Equal(3, await CountEventsAsync(c2));
    }

    /// <summary>
    /// "Why this issue", C1, through the API: the on-site start was late and the 20 % cap (¥194,400) is posted; the
    /// hospital gives claim notice and the vendor confirms. A vendor user then reports the start met ten years earlier:
    /// the confirmed entry stays, the report is a late-reported claim, and only the hospital's acknowledgment turns it
    /// into a −¥194,400 adjustment dated then, which the hospital (the party owed) has yet to confirm.
    /// </summary>
    [Fact]
    public async Task C1_ABackdatedReportAfterTheConfirmation_LeavesTheConfirmed194400_AndItsAcknowledgmentPostsAnAdjustmentAwaitingConfirmation()
    {
        const string line = "c1-late-service:c1-staff-onsite-start";
        var c1 = await ContractApiClient.CopyOfSeedAsync(fixture, "c1-childrens-internet-hospital-2016");
        var vendor = c1.As("vendor");
        // As of now (2026-11-22; an explicit asOf is bounded to the term ± 5 years): the decisions were taken now.
        async Task<JsonElement> Ledger() => await c1.Admin.GetFromJsonAsync<JsonElement>($"/api/contracts/{c1.Id}/ledger");
        async Task<JsonElement> Entry() => (await Ledger()).GetProperty("entries").EnumerateArray()
            .Single(e => e.GetProperty("id").GetString() == line);
        Assert.Equal((194_400.00m, "proposed", "vendor"), (Amount(await Entry()), Str(await Entry(), "status"), Str(await Entry(), "confirmedBy")));
        Assert.Equal(HttpStatusCode.OK, (await c1.Admin.PostAsync($"/api/contracts/{c1.Id}/ledger/{line}/notice", ContractApiClient.Json("{}"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await vendor.PostAsync($"/api/contracts/{c1.Id}/ledger/{line}/confirm", ContractApiClient.Json("{}"))).StatusCode);

        var backdated = await c1.PostEventAsync(
            """{ "id": "onsite-2006", "type": "obligation-met", "occurredAt": "2006-04-20T09:00:00+08:00", "obligationId": "c1-staff-onsite-start" }""", vendor);
        Assert.Equal(HttpStatusCode.Created, backdated.StatusCode);
        var claimed = await Entry();
        Assert.Equal((194_400.00m, "confirmed", 194_400.00m, 0), (Amount(claimed), Str(claimed, "status"), claimed.GetProperty("net").GetDecimal(),
            claimed.GetProperty("adjustments").GetArrayLength()));
        var report = (await c1.GetAsync("events", "2022-04-15T00:00:00+08:00")).EnumerateArray().Single(f => f.GetProperty("fact").GetProperty("id").GetString() == "onsite-2006");
        Assert.Equal(("reported", true), (Str(report, "status"), report.GetProperty("lateReported").GetBoolean()));  // years on: never deemed

        Assert.Equal(HttpStatusCode.OK, (await c1.Admin.PostAsync($"/api/contracts/{c1.Id}/events/onsite-2006/acknowledge", ContractApiClient.Json("{}"))).StatusCode);
        var entry = await Entry();
        var adjustment = Assert.Single(entry.GetProperty("adjustments").EnumerateArray());
        Assert.Equal((194_400.00m, "confirmed", 0m), (Amount(entry), Str(entry, "status"), entry.GetProperty("net").GetDecimal()));
        Assert.Equal((line + ":adj-1", -194_400.00m, "proposed", "institution", fixture.Clock.GetUtcNow(), "onsite-2006"),
            (Str(adjustment, "id"), Amount(adjustment), Str(adjustment, "status"), Str(adjustment, "confirmedBy"), adjustment.GetProperty("postedAt").GetDateTimeOffset(),
                Str(adjustment, "cause")));
        Assert.Equal(194_400.00m, (await Ledger()).GetProperty("totals").GetProperty("confirmed").GetDecimal());
    }

    private static decimal Amount(JsonElement e) => e.GetProperty("amount").GetDecimal();
    private static string? Str(JsonElement e, string name) => e.GetProperty(name).GetString();

    /// <summary>Issue 15's bad input: each is a 422 naming the field at fault, and nothing is recorded (no fact, no answer, no decision).</summary>
    [Theory]
    [InlineData("unknown-obligation", "obligationId")]
    [InlineData("future-occurred-at", "occurredAt")]
    [InlineData("dispute-without-reason", "reason")]
    [InlineData("acknowledged-by-its-reporter", "factId")]
    [InlineData("confirmed-by-the-wrong-party", "party")]
    public async Task ABadInput_Is422NamingTheField_AndNothingIsRecorded(string input, string field)
    {
        var c2 = await C2();
        var vendor = c2.As("vendor");
        await c2.RecordAsync("""{ "id": "live", "type": "obligation-met", "occurredAt": "2026-03-27T10:00:00+08:00", "obligationId": "c2-go-live" }""");
        Assert.Equal(HttpStatusCode.Created, (await c2.PostEventAsync(
            """{ "id": "training-1", "type": "milestone", "occurredAt": "2026-04-29T09:00:00+08:00", "name": "training" }""", vendor)).StatusCode);
        var before = await c2.Admin.GetStringAsync($"/api/contracts/{c2.Id}/events?asOf=2026-05-01T00%3A00%3A00%2B08%3A00");
        var ledgerBefore = await c2.GetAsync("ledger", "2026-05-01T00:00:00+08:00");

        var response = input switch
        {
            "unknown-obligation" => await c2.PostEventAsync(
                """{ "id": "x", "type": "obligation-met", "occurredAt": "2026-04-01T10:00:00+08:00", "obligationId": "c2-no-such-thing" }""", vendor),
            // The clock stands at 2026-11-22 10:00 (Beijing): a minute later is the future.
            "future-occurred-at" => await c2.PostEventAsync(
                """{ "id": "x", "type": "milestone", "occurredAt": "2026-11-22T10:01:00+08:00", "name": "inspection" }""", vendor),
            "dispute-without-reason" => await c2.Admin.PostAsync($"/api/contracts/{c2.Id}/events/training-1/dispute", ContractApiClient.Json("{}")),
            "acknowledged-by-its-reporter" => await vendor.PostAsync($"/api/contracts/{c2.Id}/events/training-1/acknowledge", ContractApiClient.Json("{}")),
            // 「经乙方确认后」: the vendor confirms what it owes under C2, never the hospital in its stead.
            _ => await c2.Admin.PostAsync($"/api/contracts/{c2.Id}/ledger/c2-late-performance:c2-go-live/confirm", ContractApiClient.Json("{}")),
        };

        var problem = await ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal([field], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Equal(before, await c2.Admin.GetStringAsync($"/api/contracts/{c2.Id}/events?asOf=2026-05-01T00%3A00%3A00%2B08%3A00"));
        Assert.Equal(ledgerBefore.GetProperty("entries").GetRawText(), (await c2.GetAsync("ledger", "2026-05-01T00:00:00+08:00")).GetProperty("entries").GetRawText());
    }

    [Fact]
    public async Task ABatchWhoseFourthFactHappensInTheFuture_Is422OnFacts3OccurredAt_AndRecordsNone()
    {
        Assert.Equal(VendorGridTestCluster.DefaultNow, fixture.Clock.GetUtcNow());
        var c2 = await C2();
        const string batch = """
            { "facts": [
              { "id": "r-1", "type": "milestone", "occurredAt": "2026-11-02T10:00:00+08:00", "name": "inspection" },
              { "id": "r-2", "type": "milestone", "occurredAt": "2026-11-09T10:00:00+08:00", "name": "inspection" },
              { "id": "r-3", "type": "milestone", "occurredAt": "2026-11-16T10:00:00+08:00", "name": "inspection" },
              { "id": "r-4", "type": "milestone", "occurredAt": "2026-11-23T10:00:00+08:00", "name": "inspection" } ] }
            """;
        var problem = await ProblemAsync(await c2.Admin.PostAsync($"/api/contracts/{c2.Id}/events:batch", ContractApiClient.Json(batch)),
            HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["facts[3].occurredAt"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Equal(0, await CountEventsAsync(c2));
    }
}
