using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace VendorGrid.Tests.Gateway;

/// <summary>Issue 4's API quality: mass assignment, idempotent retries, paging limits, body size, rate limits.</summary>
[Collection(GatewayCollection.Name)]
public sealed class HardeningTests(GatewayFixture fixture)
{
    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<string[]> FieldsAtFaultAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(p => p.Name).ToArray();
    }

    [Theory]
    [InlineData("POST", "/api/vendors", """{ "id": "mass-vendor", "name": "x", "role": "platform-admin" }""", "role")]
    [InlineData("POST", "/api/institutions", """{ "id": "mass-inst", "name": "x", "Status": "active" }""", "Status")]
    [InlineData("PUT", "/api/calendar/institution", """{ "closures": [], "institution": "121100004006863122" }""", "institution")]
    [InlineData("POST", "/api/contracts/{id}/events", """{ "id": "f1", "type": "milestone", "name": "x", "occurredAt": "2026-03-01T10:00:00+08:00", "vendor": "v" }""", "vendor")]
    [InlineData("POST", "/api/contracts/{id}/ledger/e1/confirm", """{ "version": 3 }""", "version")]
    public async Task BodiesCarryingMembersTheCallerMayNotSet_Are422NamingTheMember(string method, string path, string body, string member)
    {
        var contract = await ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026");
        var client = path.StartsWith("/api/vendors") || path.StartsWith("/api/institutions") ? fixture.Client(Tokens.For(fixture, "platform-admin")) : contract.Admin;

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path.Replace("{id}", contract.Id)) { Content = Json(body) });

        Assert.Equal([member], await FieldsAtFaultAsync(response));
    }

    [Fact]
    public async Task AFactsStaffingRole_IsNotMassAssignment()
    {
        var contract = await ContractApiClient.CopyOfSeedAsync(fixture, "c3-medical-registration-ops-2024");

        var response = await contract.PostEventAsync("""{ "id": "staff-1", "type": "vacancy-opened", "occurredAt": "2024-09-30T10:00:00+08:00", "role": "x", "people": 1 }""");

        Assert.DoesNotContain("role", response.StatusCode == HttpStatusCode.UnprocessableEntity ? await FieldsAtFaultAsync(response) : []);
    }

    [Fact]
    public async Task ARetryWithTheSameIdempotencyKey_ReturnsTheFirstResult_AndAnotherBodyIsRefused()
    {
        var admin = fixture.Client(Tokens.For(fixture, "platform-admin"));
        var key = Guid.NewGuid().ToString();
        var id = $"idem-{Guid.NewGuid():N}"[..20];
        HttpRequestMessage Post(string name) => new(HttpMethod.Post, "/api/vendors")
        { Content = Json($$"""{ "id": "{{id}}", "name": "{{name}}" }"""), Headers = { { "Idempotency-Key", key } } };

        var first = await admin.SendAsync(Post("首次"));
        var retry = await admin.SendAsync(Post("首次"));
        var changed = await admin.SendAsync(Post("另一个"));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);  // without the key the second call would be a 200
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(["Idempotency-Key"], await FieldsAtFaultAsync(changed));
    }

    [Fact]
    public async Task TheSameIdempotencyKeyFromAnotherCaller_IsAnotherRequest()
    {
        var key = Guid.NewGuid().ToString();
        var body = $$"""{ "id": "{{$"idem-{Guid.NewGuid():N}"[..20]}}", "name": "x" }""";
        HttpRequestMessage Post() => new(HttpMethod.Post, "/api/vendors") { Content = Json(body), Headers = { { "Idempotency-Key", key } } };

        var mine = await fixture.Client(Tokens.For(fixture, "platform-admin")).SendAsync(Post());
        var theirs = await fixture.Client(Tokens.For(fixture, "vendor", vendor: "91110106MA01A51E7B")).SendAsync(Post());

        Assert.Equal(HttpStatusCode.Created, mine.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, theirs.StatusCode);
    }

    [Theory]
    [InlineData("/api/contracts?limit=0", "limit")]
    [InlineData("/api/contracts?limit=201", "limit")]
    [InlineData("/api/contracts?limit=ten", "limit")]
    [InlineData("/api/contracts?cursor=***", "cursor")]
    [InlineData("/api/audit?cursor=bm90LWEtbnVtYmVy", "cursor")]
    public async Task InvalidPaging_Is422NamingTheParameter(string path, string parameter) =>
        Assert.Equal([parameter], await FieldsAtFaultAsync(await fixture.Client(Tokens.For(fixture, "platform-admin")).GetAsync(path)));

    [Fact]
    public async Task Contracts_PageThroughEveryItemExactlyOnce()
    {
        var admin = fixture.Client(Tokens.For(fixture, "platform-admin"));
        var all = (await admin.GetFromJsonAsync<JsonElement[]>("/api/contracts?limit=200"))!.Select(c => c.GetProperty("id").GetString()).ToArray();

        var paged = new List<string?>();
        for (var next = "/api/contracts?limit=2"; next is not null;)
        {
            var response = await admin.GetAsync(next);
            paged.AddRange((await response.Content.ReadFromJsonAsync<JsonElement[]>())!.Select(c => c.GetProperty("id").GetString()));
            next = response.Headers.TryGetValues("Link", out var link) ? link.Single()[1..link.Single().IndexOf('>')] : null;
        }

        Assert.True(all.Length >= 5);
        Assert.Equal(all.Take(paged.Count), paged);  // other tests may add contracts meanwhile, after the seeds
    }

    [Theory]
    [InlineData("obligations", "2026-06-01")]
    [InlineData("payments", "2027-03-10")]
    public async Task AContractsListView_PagesInItsOwnOrder_EveryItemExactlyOnce(string view, string asOf)
    {
        var c2 = await ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026");
        var path = $"/api/contracts/{c2.Id}/{view}?asOf={asOf}";
        static string?[] Ids(JsonElement[] items) => [.. items.Select(i => i.GetProperty("id").GetString())];

        var byTwo = Ids(await PagedLists.AllAsync(c2.Admin, path + "&limit=2"));
        var byTwoAgain = Ids(await PagedLists.AllAsync(c2.As("vendor"), path + "&limit=2"));  // served from the pages the gateway kept
        var whole = Ids(await PagedLists.AllAsync(c2.Admin, path + "&limit=200"));
        var first = await c2.Admin.GetAsync(path);
        var firstPage = (await first.Content.ReadFromJsonAsync<JsonElement[]>())!;

        Assert.True(whole.Length >= 2, $"{view}: too few items to page");
        Assert.Equal(whole, byTwo);
        Assert.Equal(whole, byTwoAgain);
        Assert.Equal(whole.Distinct(), whole);
        Assert.Equal(whole.Take(PageRequestDefault), Ids(firstPage));
        Assert.Equal(whole.Length > PageRequestDefault, PagedLists.NextOf(first) is not null);
    }

    private const int PageRequestDefault = 50;

    [Fact]
    public async Task ACursorTheApiDidNotWrite_Is422NamingIt()
    {
        var c2 = await ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026");

        var response = await c2.Admin.GetAsync($"/api/contracts/{c2.Id}/obligations?cursor=bm90LWEtY3Vyc29y");  // "not-a-cursor"

        Assert.Equal(["cursor"], await FieldsAtFaultAsync(response));
    }

    [Fact]
    public async Task ResponsesCarryChineseAsUtf8Text_FromTheGatewayAndFromTheGrainsRenderedViews()
    {
        var c1 = await ContractApiClient.CopyOfSeedAsync(fixture, "c1-childrens-internet-hospital-2016");

        var contract = await c1.Admin.GetStringAsync($"/api/contracts/{c1.Id}");  // serialized by the gateway
        var obligations = await c1.Admin.GetStringAsync($"/api/contracts/{c1.Id}/obligations?asOf=2016-05-01");  // rendered by the grain

        Assert.Contains("首都儿童医学中心", contract);
        Assert.DoesNotContain("\\u", contract);
        Assert.Matches("[\\u4e00-\\u9fff]", obligations);
        Assert.DoesNotContain("\\u", obligations);
    }

    [Fact]
    public async Task BodiesOverOneMebibyte_Are413WithAProblem()
    {
        var admin = fixture.Client(Tokens.For(fixture, "platform-admin"));

        var response = await admin.PostAsync("/api/vendors", Json($$"""{ "id": "big-one", "name": "{{new string('x', 1024 * 1024)}}" }"""));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("urn:vendorgrid:problem:body-too-large", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task OverTheRateLimit_Is429WithRetryAfter_AndOtherTenantsAreUnaffected()
    {
        var client = fixture.Variant(new() { ["VG_RATE_LIMIT_PER_MINUTE"] = "3" });
        var flooding = client(Tokens.For(fixture, "institution-staff", institution: "bj-health-data-center"));
        var other = client(Tokens.For(fixture, "institution-staff", institution: "121100004006863122"));

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++) statuses.Add((await flooding.GetAsync("/api/calendar")).StatusCode);
        var limited = await flooding.GetAsync("/api/calendar");
        var neighbour = await other.GetAsync("/api/calendar");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.InRange(int.Parse(limited.Headers.GetValues("Retry-After").Single()), 1, 60);
        Assert.Equal("urn:vendorgrid:problem:rate-limited", (await limited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.OK, neighbour.StatusCode);
    }

    [Fact]
    public async Task TheReferencePageAndOpenApiDocument_StateRolesPerEndpoint()
    {
        var document = await fixture.Client().GetStringAsync("/openapi/v1.json");
        var page = await fixture.Client().GetAsync("/api/reference/v1");

        Assert.Contains("**Roles:** platform-admin.", document);
        Assert.Contains("\"/api/vendors/me/obligations\"", document);
        Assert.Contains("\"bearerFormat\": \"JWT\"", document);
        Assert.Contains("\"name\": \"Idempotency-Key\"", document);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
    }
}
