using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using VendorGrid.Gateway.Contracts;

namespace VendorGrid.Tests.Gateway;

/// <summary>
/// Every /api endpoint the running app exposes (read from its EndpointDataSource, so endpoints added later join
/// automatically) × every role × {own tenant, other tenant, other vendor}. An endpoint without a rule in
/// <see cref="AccessRules"/> fails the test until someone decides who may call it.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class AccessMatrixTests(GatewayFixture fixture)
{
    [Fact]
    public async Task EveryEndpoint_EveryRole_EveryTenancy_AnswersAsTheRulesSay()
    {
        var world = await AccessWorld.CreateAsync(fixture);
        var endpoints = ApiEndpoints();
        var unruled = endpoints.Where(e => AccessRules.For(e) is null).ToArray();
        Assert.True(unruled.Length == 0, $"Endpoints without an access rule (add one to AccessRules): {string.Join(", ", unruled)}");

        var failures = new List<string>();
        foreach (var endpoint in endpoints)
        foreach (var role in AccessRules.Roles)
        foreach (var scenario in Enum.GetValues<Tenancy>())
        {
            var expected = AccessRules.For(endpoint)!(role, scenario);
            var response = await world.SendAsync(endpoint, role, scenario);
            var actual = await AccessRules.ClassifyAsync(response);
            if (actual != expected)
                failures.Add($"{endpoint} as {role} on {scenario}: expected {expected}, got {actual} ({(int)response.StatusCode} {await response.Content.ReadAsStringAsync()})");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>
    /// Issue 4's "lists are paged, limit ≤ 200": every GET endpoint whose answer is a JSON array (read from the
    /// endpoint data source, so a list added later is held to it too), called by a role allowed to read it, refuses
    /// limit=0 and limit=201 with a 422 naming <c>limit</c>, and announces a next page when limit=1 leaves items over.
    /// </summary>
    [Fact]
    public async Task EveryListEndpoint_RefusesALimitOutside1To200_NamingIt()
    {
        var world = await AccessWorld.CreateAsync(fixture);
        var lists = ListEndpoints();
        Assert.Superset(new HashSet<string>
        {
            "GET /api/contracts", "GET /api/contracts/{id}/obligations", "GET /api/contracts/{id}/payments", "GET /api/contracts/{id}/service-levels",
            "GET /api/contracts/{id}/statements", "GET /api/contracts/{id}/incidents", "GET /api/notifications", "GET /api/notifications/webhooks",
            "GET /api/admin/deliveries/failed", "GET /api/audit", "GET /api/users", "GET /api/engineers", "GET /api/vendors/me/obligations",
        }, lists.ToHashSet());

        var failures = new List<string>();
        foreach (var endpoint in lists)
        {
            var role = AccessRules.Roles.First(r => AccessRules.For(endpoint)!(r, Tenancy.Own) == Access.Allowed);
            foreach (var limit in new[] { "0", "201" })
            {
                var response = await world.SendAsync(endpoint, role, Tenancy.Own, $"limit={limit}");
                var body = await response.Content.ReadAsStringAsync();
                if (response.StatusCode != HttpStatusCode.UnprocessableEntity
                    || !JsonDocument.Parse(body).RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name).SequenceEqual(["limit"]))
                    failures.Add($"{endpoint}?limit={limit} as {role}: {(int)response.StatusCode} {body}");
            }
            var one = await world.SendAsync(endpoint, role, Tenancy.Own, "limit=1");
            var items = JsonDocument.Parse(await one.Content.ReadAsStringAsync()).RootElement;
            // The world's contracts are copies of C2, which has no scorecard: its evaluations list is a documented
            // 404 (after the limit was checked above), not a list to page.
            if (endpoint == "GET /api/contracts/{id}/evaluations" && one.StatusCode == HttpStatusCode.NotFound
                && items.GetProperty("type").GetString() == EvaluationsApi.ScorecardNotFound) continue;
            // The matrix names no fact ({factId} stays as it is): a fact's evidence is a documented 404 fact-not-found there.
            if (endpoint == "GET /api/contracts/{id}/events/{factId}/evidence" && one.StatusCode == HttpStatusCode.NotFound
                && items.GetProperty("type").GetString() == "urn:vendorgrid:problem:fact-not-found") continue;
            if (!one.IsSuccessStatusCode || items.ValueKind != JsonValueKind.Array || items.GetArrayLength() > 1)
                failures.Add($"{endpoint}?limit=1 as {role}: {(int)one.StatusCode}, not an array of at most one item");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void TheMatrixSeesTheEndpointsOfThisIssue() =>
        Assert.Superset(new HashSet<string> { "POST /api/institutions", "POST /api/vendors", "GET /api/vendors/me/obligations", "GET /api/audit" },
            ApiEndpoints().ToHashSet());

    /// <summary>GET /api endpoints that answer 200 with a collection (their declared or inferred response type).</summary>
    private string[] ListEndpoints() =>
        fixture.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true
                && e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("GET") == true
                && e.Metadata.OfType<IProducesResponseTypeMetadata>().Any(p => p.StatusCode == 200 && IsCollection(p.Type)))
            .Select(e => $"GET {e.RoutePattern.RawText!.TrimEnd('/')}")
            .Distinct().Order(StringComparer.Ordinal).ToArray();

    private static bool IsCollection(Type? type) =>
        type is not null && type != typeof(string) && type != typeof(byte[]) && typeof(System.Collections.IEnumerable).IsAssignableFrom(type);

    // Fallbacks (MapFallback's int.MaxValue order: the 404 for unknown /api paths) are no endpoints of their own.
    private string[] ApiEndpoints() =>
        fixture.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true && e.Order != int.MaxValue)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => $"{m} {e.RoutePattern.RawText!.TrimEnd('/')}"))
            .Distinct().Order(StringComparer.Ordinal).ToArray();
}

/// <summary>Which contract a request targets, seen from the caller.</summary>
public enum Tenancy { Own, OtherTenant, OtherVendor }

/// <summary>The contracts the matrix needs: A's contract with vendor V, B's contract with vendor W, A's contract with vendor X.</summary>
public sealed class AccessWorld
{
    private readonly GatewayFixture fixture;
    private readonly Dictionary<Tenancy, ContractApiClient> contracts;
    private readonly Dictionary<Tenancy, string> engineers = [];
    private AccessWorld(GatewayFixture fixture, Dictionary<Tenancy, ContractApiClient> contracts) => (this.fixture, this.contracts) = (fixture, contracts);

    /// <summary>Each scenario's vendor has one engineer (a distinct id) assigned to the scenario's contract.</summary>
    private async Task StaffAsync()
    {
        foreach (var (scenario, contract) in contracts)
        {
            var engineer = $"mx-{Guid.NewGuid():N}"[..16];
            var vendor = contract.As("vendor");
            var saved = await vendor.PostAsync("/api/engineers", ContractApiClient.Json($$"""{ "id": "{{engineer}}", "name": "矩阵工程师" }"""));
            Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
            var assigned = await vendor.PostAsync($"/api/contracts/{contract.Id}/assignments", ContractApiClient.Json(AccessRules.AssignmentBody(engineer)));
            Assert.True(assigned.IsSuccessStatusCode, await assigned.Content.ReadAsStringAsync());
            engineers[scenario] = engineer;
        }
    }

    public static async Task<AccessWorld> CreateAsync(GatewayFixture fixture)
    {
        var own = await ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026");
        var otherTenant = await ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026");
        var otherVendor = await ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026", institution: own.Institution);
        var world = new AccessWorld(fixture, new() { [Tenancy.Own] = own, [Tenancy.OtherTenant] = otherTenant, [Tenancy.OtherVendor] = otherVendor });
        await world.StaffAsync();
        return world;
    }

    public async Task<HttpResponseMessage> SendAsync(string endpoint, string role, Tenancy scenario, string? query = null)
    {
        var (method, pattern) = (endpoint[..endpoint.IndexOf(' ')], endpoint[(endpoint.IndexOf(' ') + 1)..]);
        var own = contracts[Tenancy.Own];
        var token = role == "anonymous" ? null
            : Tokens.For(fixture, role, institution: role.StartsWith("institution") ? own.Institution : null, vendor: role == "vendor" ? own.Vendor : null);
        var target = pattern.StartsWith("/api/engineers/", StringComparison.Ordinal) ? engineers[scenario] : contracts[scenario].Id;
        var path = pattern.Replace("{id}", target).Replace("{entryId}", "no-such-entry")
            .Replace("{id:long}", "987654321").Replace("{token}", "no-such-token")
            .Replace("{month}", "2026-03").Replace("{obligationId}", "c2-go-live").Replace("{index}", "1").Replace("{documentName?}", "v1").Replace("{**path}", "")
            .Replace("{version}", "1").Replace("{from}", "1").Replace("{to}", "1") + (query is null ? "" : "?" + query);
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method is "POST" or "PUT")
            request.Content = new StringContent(AccessRules.BodyFor(endpoint, contracts[scenario], own.Institution, engineers[scenario]), Encoding.UTF8, "application/json");
        return await fixture.Client(token).SendAsync(request);
    }
}
