using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using VendorGrid.Tests.Infrastructure;

using static VendorGrid.Tests.Gateway.ProblemResponses;

namespace VendorGrid.Tests.Gateway;

/// <summary>Issue 3's API rules: facts recorded once, bad input refused with the field named and nothing stored, roles.</summary>
[Collection(GatewayCollection.Name)]
public sealed class ContractEngineApiTests(GatewayFixture fixture)
{
    private const string GoLive = """{ "id": "live", "type": "obligation-met", "occurredAt": "2026-03-27T10:00:00+08:00", "obligationId": "c2-go-live" }""";

    private Task<ContractApiClient> C2() => ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026");


    private static JsonElement GoLiveOf(JsonElement obligations) =>
        obligations.EnumerateArray().Single(o => o.GetProperty("id").GetString() == "c2-go-live");

    [Fact]
    public async Task RecordingTheSameEventTwice_ReturnsTheFirstRecording_AndDoublesNothing()
    {
        var c2 = await C2();
        var first = await c2.PostEventAsync(GoLive);
        var again = await c2.PostEventAsync(GoLive.Replace("2026-03-27", "2026-04-05"));

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK), (first.StatusCode, again.StatusCode));
        Assert.Equal("2026-03-27T10:00:00+08:00", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("occurredAt").GetString());
        Assert.Equal(22125.00m, await c2.PostedAsync("c2-late-performance", "2026-04-10"));
    }

    [Theory]
    [InlineData("""{ "id": "e1", "type": "obligation-met", "occurredAt": "2026-03-27T10:00:00", "obligationId": "c2-go-live" }""", "occurredAt")]
    [InlineData("""{ "id": "e1", "type": "obligation-met", "occurredAt": "2026-03-27T10:00:00+08:00", "obligationId": "c2-no-such-thing" }""", "obligationId")]
    [InlineData("""{ "id": "e1", "type": "occurrence", "occurredAt": "2026-03-27T10:00:00+08:00", "clauseId": "c2-nope" }""", "clauseId")]
    [InlineData("""{ "id": "e1", "type": "payment-made", "occurredAt": "2026-03-27T10:00:00+08:00", "paymentId": "c2-pay-advance", "amount": -5 }""", "amount")]
    [InlineData("""{ "id": "e1", "type": "obligation-met", "occurredAt": "2026-03-27T10:00:00+08:00", "obligationId": "c2-go-live", "recordedBy": "someone-else" }""", "recordedBy")]
    public async Task ABadEvent_Is422NamingTheField_AndNothingIsStored(string json, string field)
    {
        var c2 = await C2();
        var problem = await ProblemAsync(await c2.PostEventAsync(json), HttpStatusCode.UnprocessableEntity);

        Assert.Equal("urn:vendorgrid:problem:validation", problem.GetProperty("type").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Equal(JsonValueKind.Null, GoLiveOf(await c2.GetAsync("obligations", "2026-04-10")).GetProperty("metAt").ValueKind);
        Assert.Equal(HttpStatusCode.Created, (await c2.PostEventAsync(json.Replace("\"e1\"", "\"e1-fixed\"").Replace("2026-03-27T10:00:00\"", "2026-03-27T10:00:00+08:00\"")
            .Replace("c2-no-such-thing", "c2-go-live").Replace("c2-nope", "c2-subcontracting").Replace("-5", "5").Replace(", \"recordedBy\": \"someone-else\"", ""))).StatusCode);
    }

    [Theory]
    [InlineData("shape", "per-fortnight", "penalties[0].shape")]
    [InlineData("amount", """{ "rate": -0.003 }""", "penalties[0].amount.rate")]
    [InlineData("cap", """{ "rate": -0.2 }""", "penalties[0].cap.rate")]
    [InlineData("amount", """{ "amount": -100 }""", "penalties[0].amount.amount")]
    public async Task ABadDefinition_Is422NamingTheField_AndNoContractIsCreated(string member, string value, string path)
    {
        var json = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Seeds, "c2-chaoyang-his-2026.json")))!.AsObject();
        var id = $"c2-bad-{Guid.NewGuid():N}"[..20];
        json["id"] = id;
        json["penalties"]![0]![member] = value.StartsWith('{') ? JsonNode.Parse(value) : JsonValue.Create(value);
        var admin = fixture.Client(Tokens.For(fixture, "institution-admin", institution: "121100004006863122"));

        var problem = await ProblemAsync(await admin.PostAsync("/api/contracts", ContractApiClient.Json(json.ToJsonString())), HttpStatusCode.UnprocessableEntity);

        Assert.True(problem.GetProperty("errors").TryGetProperty(path, out _), problem.ToString());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/contracts/{id}")).StatusCode);
    }

    [Fact]
    public async Task AContractForAnotherInstitution_IsRefused()
    {
        var json = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Seeds, "c2-chaoyang-his-2026.json"));
        var admin = fixture.Client(Tokens.For(fixture, "institution-admin", institution: "12110000400686566Y"));
        var problem = await ProblemAsync(await admin.PostAsync("/api/contracts", ContractApiClient.Json(json)), HttpStatusCode.UnprocessableEntity);
        Assert.True(problem.GetProperty("errors").TryGetProperty("institution.id", out _));
    }

    [Fact]
    public async Task C2_OnlyTheVendorConfirms_NotStaffOrThePlatform_TheHospitalIsTheWrongParty_AndARepeatedKeyDecidesOnce()
    {
        var c2 = await C2();
        await c2.RecordAsync(GoLive);
        const string entry = "ledger/c2-late-performance:c2-go-live";
        var vendor = c2.As("vendor");
        var staff = await c2.As("institution-staff").PostAsync($"/api/contracts/{c2.Id}/{entry}/confirm", ContractApiClient.Json("{}"));
        var platform = await fixture.Client(Tokens.For(fixture, "platform-admin")).PostAsync($"/api/contracts/{c2.Id}/{entry}/confirm", ContractApiClient.Json("{}"));
        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], new[] { staff.StatusCode, platform.StatusCode });
        // 第八条第11款 「经乙方确认后」: the hospital may not confirm what the vendor owes in the vendor's stead.
        var hospital = await c2.Admin.PostAsync($"/api/contracts/{c2.Id}/{entry}/confirm", ContractApiClient.Json("{}"));
        Assert.True((await ProblemAsync(hospital, HttpStatusCode.UnprocessableEntity)).GetProperty("errors").TryGetProperty("party", out _));

        var dispute = await vendor.PostAsync($"/api/contracts/{c2.Id}/{entry}/dispute", ContractApiClient.Json("""{ "reason": "上线延期系甲方环境未就绪" }"""));
        Assert.Equal(HttpStatusCode.OK, dispute.StatusCode);
        Assert.Equal("disputed", (await dispute.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());

        HttpRequestMessage Confirm() => new(HttpMethod.Post, $"/api/contracts/{c2.Id}/{entry}/confirm")
        {
            Content = ContractApiClient.Json("{}"), Headers = { { "Idempotency-Key", "confirm-once" } },
        };
        var first = await vendor.SendAsync(Confirm());
        var retry = await vendor.SendAsync(Confirm());
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, retry.StatusCode));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        var again = await vendor.PostAsync($"/api/contracts/{c2.Id}/{entry}/confirm", ContractApiClient.Json("{}"));
        Assert.Equal("urn:vendorgrid:problem:conflict", (await ProblemAsync(again, HttpStatusCode.Conflict)).GetProperty("type").GetString());
        var confirmed = (await c2.GetAsync("ledger", "2026-12-01")).GetProperty("entries").EnumerateArray()
            .Single(e => e.GetProperty("id").GetString() == "c2-late-performance:c2-go-live");
        Assert.Equal(("confirmed", "vendor", 22125.00m), (confirmed.GetProperty("status").GetString(), confirmed.GetProperty("confirmedBy").GetString(),
            confirmed.GetProperty("net").GetDecimal()));
    }

    [Fact]
    public async Task TheVendorMayNotRecordWhatOnlyTheInstitutionObserves()
    {
        var c2 = await C2();
        var outage = """{ "id": "o1", "type": "outage", "occurredAt": "2026-04-01T08:00:00+08:00", "startedAt": "2026-04-01T08:00:00+08:00", "endedAt": "2026-04-01T09:00:00+08:00", "vendorCaused": false }""";
        Assert.Equal(HttpStatusCode.Forbidden, (await c2.PostEventAsync(outage, c2.As("vendor"))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await c2.PostEventAsync(GoLive, c2.As("vendor"))).StatusCode);
    }

    [Fact]
    public async Task AnAsOfWithoutAnOffset_Is422()
    {
        var c2 = await C2();
        var problem = await ProblemAsync(await c2.Admin.GetAsync($"/api/contracts/{c2.Id}/ledger?asOf=2026-04-10T10:00:00"), HttpStatusCode.UnprocessableEntity);
        Assert.True(problem.GetProperty("errors").TryGetProperty("asOf", out _));
    }
}
