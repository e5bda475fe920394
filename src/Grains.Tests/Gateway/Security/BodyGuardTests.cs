using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using VendorGrid.Gateway.Api;

namespace VendorGrid.Tests.Gateway.Security;

/// <summary>
/// Issue 17, item 13: the mass-assignment guard sees the members the endpoint's binder sees — it parses first, then
/// checks — and an unknown /api path is a 404 problem for every method, not the portal fallback's 405.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class BodyGuardTests(GatewayFixture fixture)
{
    private HttpClient Platform => fixture.Client(Tokens.For(fixture, "platform-admin"));

    private static ByteArrayContent Body(byte[] bytes, string contentType = "application/json")
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return content;
    }

    private static async Task<string[]> FieldsAtFaultAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(p => p.Name).ToArray();
    }

    private static string NewVendor(string extra) => $$"""{ "id": "{{$"bom-{Guid.NewGuid():N}"[..20]}}", "name": "x"{{extra}} }""";

    [Fact]
    public async Task AByteOrderMark_DoesNotHideAGuardedMember()
    {
        var response = await Platform.PostAsync("/api/vendors", Body([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(NewVendor(", \"role\": \"platform-admin\""))]));

        Assert.Equal(["role"], await FieldsAtFaultAsync(response));
    }

    [Fact]
    public async Task ARepeatedGuardedMember_Is422_NotAServerError()
    {
        var response = await Platform.PostAsync("/api/vendors", Body(Encoding.UTF8.GetBytes(NewVendor(", \"status\": \"a\", \"status\": \"b\""))));

        Assert.Equal(["status"], await FieldsAtFaultAsync(response));
    }

    [Fact]
    public async Task AnEscapedMemberName_IsReadAsTheBinderReadsIt()
    {
        var response = await Platform.PostAsync("/api/vendors", Body(Encoding.UTF8.GetBytes(NewVendor(", \"r\\u006fle\": \"platform-admin\""))));

        Assert.Equal(["r\u006fle"], await FieldsAtFaultAsync(response));
    }

    [Fact]
    public async Task ABodyInAnotherCharset_Is415_RatherThanTranscodedPastTheGuard()
    {
        var response = await Platform.PostAsync("/api/vendors",
            Body(Encoding.Unicode.GetBytes(NewVendor(", \"role\": \"platform-admin\"")), "application/json; charset=utf-16"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("urn:vendorgrid:problem:unsupported-charset", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task AUtf8Charset_AndABom_StillReachTheEndpoint()
    {
        var id = $"bom-{Guid.NewGuid():N}"[..20];

        var response = await Platform.PostAsync("/api/vendors",
            Body([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes($$"""{ "id": "{{id}}", "name": "带 BOM 的乙方" }""")], "application/json; charset=UTF-8"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Theory]
    [InlineData("{ \"a\": { \"role\": 1 }, \"vendor\": 2 }", new[] { "a", "vendor" })]
    [InlineData("[ { \"role\": 1 } ]", new string[0])]
    [InlineData("{ /* note */ \"b\": [1, 2,], }", new[] { "b" })]
    [InlineData("", new string[0])]
    public void Members_AreTheObjectsOwnMembers(string json, string[] expected)
    {
        var (members, error) = RequestBodyGuard.ReadMembers(Encoding.UTF8.GetBytes(json));

        Assert.Equal(expected, members);
        Assert.Null(error);
    }

    [Theory]
    [InlineData("{ \"c\": 1, \"role\": ")]
    [InlineData("{ \"c\": 1 } { \"role\": 1 }")]
    [InlineData("{ \"c\": 1 } trailing")]
    public void ABodyThatIsNotOneJsonValue_IsAnError(string json) =>
        Assert.StartsWith("is not valid JSON in UTF-8 (line 1, byte ", RequestBodyGuard.ReadMembers(Encoding.UTF8.GetBytes(json)).Error);

    public static TheoryData<string, byte[]> Unreadable => new()
    {
        // An endpoint reading with a StreamReader decodes by this byte order mark and would see "vendor".
        { "UTF-16 with its byte order mark", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("{ \"vendor\": \"v\" }")] },
        // A StreamReader replaces the invalid byte and reads on to "vendor".
        { "an invalid byte in a name", [.. Encoding.UTF8.GetBytes("{ \""), 0xFF, .. Encoding.UTF8.GetBytes("\": 1, \"vendor\": \"v\" }")] },
        { "a second value after the first", Encoding.UTF8.GetBytes("{ \"id\": \"f\" } { \"vendor\": \"v\" }") },
    };

    [Theory]
    [MemberData(nameof(Unreadable))]
    public async Task ABodyTheGuardCannotReadWhole_Is422_NeverPassedOnUnchecked(string what, byte[] body)
    {
        var contract = await ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026");

        var response = await contract.Admin.PostAsync($"/api/contracts/{contract.Id}/events", Body(body));

        Assert.True((await FieldsAtFaultAsync(response)) is ["$"] or ["vendor"], what);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("PATCH")]
    [InlineData("DELETE")]
    [InlineData("GET")]
    public async Task AnUnknownApiPath_Is404AProblem_ForEveryMethod(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "/api/no-such-thing/at-all");
        if (method is not ("GET" or "DELETE")) request.Content = new StringContent("{}", Encoding.UTF8, "application/json");

        var response = await Platform.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("urn:vendorgrid:problem:resource-not-found", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString());
    }
}
