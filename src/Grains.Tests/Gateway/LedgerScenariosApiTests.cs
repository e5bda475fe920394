using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using VendorGrid.Tests.Infrastructure;

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

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.True(status == response.StatusCode, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

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
}
