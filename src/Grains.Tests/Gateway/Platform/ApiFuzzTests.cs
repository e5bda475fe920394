using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

using VendorGrid.Gateway.Security;

namespace VendorGrid.Tests.Gateway.Platform;

/// <summary>A gateway of its own for the fuzz pass, so its thousands of refused (and a few accepted) writes touch no other test's data.</summary>
[CollectionDefinition(Name)]
public sealed class FuzzCollection : ICollectionFixture<GatewayFixture>
{
    public const string Name = "gateway-fuzz";
}

/// <summary>
/// Issue 17, the fuzz pass: every operation of the OpenAPI document, for every role (and anonymous), with generated bad
/// path ids (another tenant's contract among them), query values, bodies (syntax, types, sizes, encodings) and headers.
/// Over all of them: no 5xx, no 2xx for another tenant's contract, and every 4xx an application/problem+json document.
/// The counts are written to the test output and to docs/SECURITY.md.
/// </summary>
[Collection(FuzzCollection.Name)]
public sealed class ApiFuzzTests(GatewayFixture fixture, ITestOutputHelper output)
{
    /// <summary>bj-health-data-center holds C3 and C4; C3's vendor is minke-medical. C2 is another institution's, C5 another vendor's.</summary>
    private const string Institution = "bj-health-data-center", Vendor = "minke-medical";
    private const string OwnContract = "c3-medical-registration-ops-2024", ForeignContract = "c2-chaoyang-his-2026", ForeignToVendor = "c4-health-commission-medadmin-ops-2024";

    /// <summary>
    /// A caller. Binding and parsing do not depend on who asks, so one role (<paramref name="Deep"/>) gets every body
    /// variant, member by member; the others get the generic ones, every path and query value, and the headers.
    /// </summary>
    private sealed record Role(string Name, string? Token, string[] ForeignContracts, bool Deep = false);

    private sealed record Probe(Role Role, HttpMethod Method, string Template, string Url, string Why, byte[]? Body, string? ContentType,
        IReadOnlyList<(string Name, string Value)> Headers, bool CrossTenant);

    [Fact]
    public async Task EveryOperation_ForEveryRole_WithBadInput_Answers4xxProblemsOr2xx_NeverA5xx_NorAnotherTenantsData()
    {
        var document = JsonNode.Parse(await fixture.Client().GetStringAsync("/openapi/v1.json"))!.AsObject();
        Role[] roles =
        [
            new("anonymous", null, []),
            new("platform-admin", Tokens.For(fixture, "platform-admin", name: "fuzz-admin"), []),
            new("institution-admin", Tokens.For(fixture, "institution-admin", institution: Institution, name: "fuzz-ia"), [ForeignContract], Deep: true),
            new("institution-staff", Tokens.For(fixture, "institution-staff", institution: Institution, name: "fuzz-is"), [ForeignContract]),
            new("vendor", Tokens.For(fixture, "vendor", vendor: Vendor, name: "fuzz-v"), [ForeignContract, ForeignToVendor]),
        ];
        var operations = Operations(document).ToList();
        var probes = operations.SelectMany(o => roles.SelectMany(r => ProbesFor(o.Method, o.Template, o.Operation, document, r))).ToList();

        var violations = new ConcurrentBag<string>();
        var statuses = new ConcurrentDictionary<int, int>();
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(probes, new ParallelOptions { MaxDegreeOfParallelism = 6 }, async (probe, _) =>
        {
            var (status, mediaType, text) = await SendAsync(probe);
            statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
            var what = $"{probe.Role.Name} {probe.Method} {probe.Url} ({probe.Why})";
            if (status >= 500) violations.Add($"{what} → {status}: {Shorten(text)}");
            else if (status is >= 400 and < 500 && mediaType != "application/problem+json") violations.Add($"{what} → {status} as {mediaType}: {Shorten(text)}");
            else if (status is >= 200 and < 300 && probe.CrossTenant) violations.Add($"{what} → {status} for another tenant's contract: {Shorten(text)}");
        });

        output.WriteLine($"{probes.Count} requests over {operations.Count} operations ({operations.Select(o => o.Template).Distinct().Count()} paths) " +
                         $"for {roles.Length} roles (anonymous included), {probes.Count(p => p.CrossTenant)} of them at another tenant's contract, " +
                         $"in {clock.Elapsed.TotalSeconds:F1} s");
        output.WriteLine("statuses: " + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}")));
        // VG_FUZZ_REPORT=file keeps every violation for reading (the assertion shows 40).
        if (Environment.GetEnvironmentVariable("VG_FUZZ_REPORT") is { Length: > 0 } report) await File.WriteAllLinesAsync(report, violations.Order());
        Assert.True(probes.Count(p => p.CrossTenant) >= 200, "too few requests at another tenant's contract");
        Assert.True(operations.Count >= 60, $"only {operations.Count} operations in the OpenAPI document");
        Assert.True(violations.IsEmpty, $"{violations.Count} violations, e.g.:\n{string.Join("\n", violations.Order().Take(40))}");
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";

    private async Task<(int Status, string? MediaType, string Text)> SendAsync(Probe probe)
    {
        using var request = new HttpRequestMessage(probe.Method, probe.Url);
        if (probe.Role.Token is { } token) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (probe.Body is not null)
        {
            request.Content = new ByteArrayContent(probe.Body);
            if (probe.ContentType is not null) request.Content.Headers.TryAddWithoutValidation("Content-Type", probe.ContentType);
        }
        foreach (var (name, value) in probe.Headers)
            if (!request.Headers.TryAddWithoutValidation(name, value)) request.Content?.Headers.TryAddWithoutValidation(name, value);
        using var response = await Client.SendAsync(request);
        return ((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }

    private HttpClient Client => client ??= fixture.Client();
    private HttpClient? client;

    // ------------------------------------------------------------------------------------------ generation

    private static IEnumerable<(HttpMethod Method, string Template, JsonObject Operation)> Operations(JsonObject document)
    {
        foreach (var (path, item) in document["paths"]!.AsObject())
            foreach (var (method, operation) in item!.AsObject())
                if (method is "get" or "post" or "put" or "patch" or "delete")
                    yield return (new HttpMethod(method.ToUpperInvariant()), path, operation!.AsObject());
    }

    private static IEnumerable<Probe> ProbesFor(HttpMethod method, string template, JsonObject operation, JsonObject document, Role role)
    {
        var parameters = (operation["parameters"]?.AsArray() ?? []).Select(p => p!.AsObject()).ToList();
        var query = parameters.Where(p => (string?)p["in"] == "query").Select(p => (string)p["name"]!).ToList();
        var pathNames = System.Text.RegularExpressions.Regex.Matches(template, "{([^}]+)}").Select(m => m.Groups[1].Value).ToList();
        var writes = method == HttpMethod.Post || method == HttpMethod.Put || method == HttpMethod.Patch;
        var validBody = writes ? Encoding.UTF8.GetBytes(SampleBody(operation, document).ToJsonString()) : null;
        Probe Make(Dictionary<string, string> path, string queryString, string why, byte[]? body = null, string? contentType = "application/json",
            IReadOnlyList<(string, string)>? headers = null)
        {
            var url = pathNames.Aggregate(template, (u, n) => u.Replace("{" + n + "}", Uri.EscapeDataString(path.GetValueOrDefault(n, "x"))));
            var cross = role.ForeignContracts.Contains(path.GetValueOrDefault("id")) && template.StartsWith("/api/contracts/{id}");
            return new Probe(role, method, template, url + queryString, why, writes ? body ?? validBody : null, writes ? contentType : null, headers ?? [], cross);
        }
        var usual = pathNames.ToDictionary(n => n, UsualValue);

        // Path values, one parameter at a time (another tenant's contract among them), with the sample body.
        foreach (var name in pathNames)
            foreach (var value in BadPathValues(name, role).Where((_, i) => role.Deep || i < 5))
                yield return Make(new(usual) { [name] = value }, "", $"path {name}={Shorten(value)}");

        // Query values, one parameter at a time.
        foreach (var name in query)
            foreach (var value in BadQueryValues.Take(role.Deep ? BadQueryValues.Length : 4))
                yield return Make(usual, $"?{name}={Uri.EscapeDataString(value)}", $"query {name}={Shorten(value)}");
        if (query.Count > 0) yield return Make(usual, "?" + string.Join("&", query.Select(q => $"{q}=1&{q}=2")), "every query parameter twice");
        yield return Make(usual, "?unknown=%00&limit=", "an unknown parameter and an empty limit");

        // Bodies: syntax, types, sizes and encodings on the caller's own contract; the plausible ones on another tenant's.
        if (writes)
        {
            foreach (var (why, body, type) in BadBodies(operation, document).Where(b => role.Deep || GenericBodies.Contains(b.Why)))
                yield return Make(usual, "", $"body {why}", body, type);
            if (pathNames.Contains("id"))
                foreach (var foreign in role.ForeignContracts)
                    foreach (var (why, body, type) in BadBodies(operation, document).Where(b => b.Why is "sample" or "empty" or "array"))
                        yield return Make(new(usual) { ["id"] = foreign }, "", $"body {why}", body, type);
        }

        // Headers.
        foreach (var (why, headers) in BadHeaders.Take(role.Deep ? BadHeaders.Length : 1))
            yield return Make(usual, "", $"headers {why}", headers: headers);
    }

    private static readonly string[] GenericBodies = ["empty", "unterminated", "array", "invalid UTF-8", "BOM then a platform member", "sample"];

    private static string UsualValue(string name) => name switch
    {
        "id" => OwnContract,
        "index" => "1",
        "month" => "2024-09",
        "token" => "t0k3n-that-was-never-issued-t0k3n-that-was-never-issued",
        "address" => "127.0.0.1:11111@1",
        _ => "1",
    };

    private static IEnumerable<string> BadPathValues(string name, Role role)
    {
        string[] generic = ["99999999999999999999999", "%2e%2e%2fetc", "😀合同 a b", new string('a', 2_000), "%00"];
        var specific = name switch
        {
            "id" => role.ForeignContracts.Concat(["C3-MEDICAL", "0123456789abcdef0123"]),
            "month" => ["2024-13", "9999-12", "1900-01"],
            "index" => ["0", "2147483648", "1.5"],
            _ => [],
        };
        return specific.Concat(generic);
    }

    private static readonly string[] BadQueryValues =
    [
        "", "garbage", "9999-12-31", "2026-02-30", "-1", "201", "%00",
    ];

    private static readonly (string Why, IReadOnlyList<(string, string)> Headers)[] BadHeaders =
    [
        ("Accept xml", [("Accept", "application/xml")]),
        ("Idempotency-Key 5000 chars", [("Idempotency-Key", new string('k', 5_000))]),
        ("a forged X-VG-CSRF and cookie", [("X-VG-CSRF", "forged"), ("Cookie", $"{SessionCookies.Session}=forged; {SessionCookies.Csrf}=forged")]),
        ("a spoofed X-Forwarded-For", [("X-Forwarded-For", "127.0.0.1, 10.0.0.1")]),
    ];

    private static IEnumerable<(string Why, byte[] Body, string? ContentType)> BadBodies(JsonObject operation, JsonObject document)
    {
        byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);
        yield return ("empty", [], "application/json");
        yield return ("unterminated", Utf8("{\"id\": \"x"), "application/json");
        yield return ("null", Utf8("null"), "application/json");
        yield return ("array", Utf8("[1,2,3]"), "application/json");
        yield return ("string", Utf8("\"x\""), "application/json");
        yield return ("number 1e400", Utf8("1e400"), "application/json");
        yield return ("deep nesting", Utf8(new string('[', 5_000) + new string(']', 5_000)), "application/json");
        yield return ("invalid UTF-8", [0x7B, 0x22, 0xC3, 0x28, 0x22, 0x3A, 0x31, 0x7D], "application/json");
        yield return ("BOM then a platform member", [0xEF, 0xBB, 0xBF, .. Utf8("{\"institution\":\"x\",\"role\":\"platform-admin\"}")], "application/json");
        yield return ("xml", Utf8("<a/>"), "application/xml");
        yield return ("no content type", Utf8("{}"), null);
        yield return ("form", Utf8("a=1&b=2"), "application/x-www-form-urlencoded");
        yield return ("800 KiB of one string", Utf8($"{{\"id\":\"{new string('x', 800 * 1024)}\"}}"), "application/json");
        var sample = SampleBody(operation, document);
        yield return ("sample", Utf8(sample.ToJsonString()), "application/json");
        foreach (var (name, _) in sample)
            foreach (var (why, value) in WrongValues)
            {
                var body = (JsonObject)sample.DeepClone();
                body[name] = value?.DeepClone();
                yield return ($"{name} {why}", Utf8(body.ToJsonString()), "application/json");
            }
    }

    private static readonly (string Why, JsonNode? Value)[] WrongValues =
    [
        ("null", null), ("number", JsonValue.Create(1e300)), ("object", new JsonObject { ["x"] = 1 }),
        ("long string", JsonValue.Create(new string('x', 10_000))), ("bad date or internal url", JsonValue.Create("http://[::10.0.0.1]/2026-13-45")),
    ];

    /// <summary>An object with every property of the operation's request schema set to a plausible value of its type.</summary>
    private static JsonObject SampleBody(JsonObject operation, JsonObject document)
    {
        var schema = Resolve(operation["requestBody"]?["content"]?["application/json"]?["schema"], document);
        var body = new JsonObject();
        foreach (var (name, property) in schema?["properties"]?.AsObject() ?? [])
            body[name] = Sample(Resolve(property, document), name);
        return body;
    }

    private static JsonNode? Sample(JsonNode? schema, string name)
    {
        var type = schema?["type"] switch { JsonArray types => types.Select(t => (string?)t).FirstOrDefault(t => t != "null"), var t => (string?)t };
        var format = (string?)schema?["format"];
        return (type, format) switch
        {
            (_, "date") => "2024-09-01",
            (_, "date-time") => "2024-09-01T10:00:00+08:00",
            ("integer" or "number", _) => 1,
            ("boolean", _) => true,
            ("array", _) => new JsonArray(),
            ("object", _) => new JsonObject(),
            _ when name.Contains("url", StringComparison.OrdinalIgnoreCase) => "http://8.8.8.8/fuzz",
            _ when name.Contains("email", StringComparison.OrdinalIgnoreCase) => "fuzz@example.com",
            _ => $"fuzz-{name.ToLowerInvariant()}",
        };
    }

    private static JsonNode? Resolve(JsonNode? schema, JsonObject document)
    {
        for (var i = 0; i < 5 && schema?["$ref"] is JsonValue reference; i++)
            schema = document["components"]?["schemas"]?[((string)reference!).Split('/')[^1]];
        return schema;
    }
}
