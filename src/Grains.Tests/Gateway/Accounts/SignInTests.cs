using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using VendorGrid.Gateway.Security;

namespace VendorGrid.Tests.Gateway.Accounts;

/// <summary>Password sign-in, the session cookie on every endpoint, CSRF and sign-out, against the real gateway and database.</summary>
[Collection(GatewayCollection.Name)]
public sealed class SignInTests(GatewayFixture fixture)
{
    // Buffered, so a test may read the same body twice (its problem type, then its members).
    private static async Task<JsonElement> JsonOf(HttpResponseMessage response) => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static async Task<string?> ProblemType(HttpResponseMessage response) =>
        response.Content.Headers.ContentType?.MediaType == "application/problem+json" && (await JsonOf(response)).TryGetProperty("type", out var type)
            ? type.GetString() : null;

    [Fact]
    public async Task SigningIn_AnswersWhoIsSignedIn_AndSetsAnHttpOnlySecureStrictSessionCookie_AndAReadableCsrfCookie()
    {
        var contract = await ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026");
        var username = await SignedInClient.CreateAccountAsync(fixture, "institution-admin", contract.Institution, null, "a-long-password-1");
        var client = fixture.Factory.CreateClient(new() { BaseAddress = new Uri("https://localhost"), HandleCookies = false });

        var response = await client.PostAsJsonAsync("/api/auth/login", new { username = username.ToUpperInvariant(), password = "a-long-password-1" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await JsonOf(response);
        Assert.Equal((username, "测试管理员", "institution-admin", contract.Institution, JsonValueKind.Null),
            (body.GetProperty("username").GetString(), body.GetProperty("displayName").GetString(), body.GetProperty("role").GetString(),
             body.GetProperty("institution").GetProperty("id").GetString(), body.GetProperty("vendor").ValueKind));
        Assert.False(string.IsNullOrEmpty(body.GetProperty("institution").GetProperty("name").GetString()));
        Assert.DoesNotContain("password", body.GetRawText(), StringComparison.OrdinalIgnoreCase);

        var session = SignedInClient.SetCookie(response, SessionCookies.Session)!.ToLowerInvariant();
        var csrf = SignedInClient.SetCookie(response, SessionCookies.Csrf)!.ToLowerInvariant();
        Assert.All(new[] { "; path=/", "; secure", "; samesite=strict" }, flag => { Assert.Contains(flag, session); Assert.Contains(flag, csrf); });
        Assert.Contains("; httponly", session);
        Assert.DoesNotContain("httponly", csrf);

        // The same body as /api/auth/me for that cookie, plus where to go next (no returnUrl was given).
        using var me = new HttpRequestMessage(HttpMethod.Get, "/api/auth/me");
        me.Headers.Add("Cookie", $"{SessionCookies.Session}={SignedInClient.CookieValue(response, SessionCookies.Session)}");
        var asMe = System.Text.Json.Nodes.JsonNode.Parse(body.GetRawText())!.AsObject();
        Assert.Null(asMe["returnTo"]);
        asMe.Remove("returnTo");
        var meBody = System.Text.Json.Nodes.JsonNode.Parse((await JsonOf(await client.SendAsync(me))).GetRawText());
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(asMe, meBody), $"{asMe} vs {meBody}");
    }

    [Fact]
    public async Task AWrongPassword_AndAnUnknownUser_GetTheSameAnswer()
    {
        var username = await SignedInClient.CreateAccountAsync(fixture, "vendor", null, $"vend-{Guid.NewGuid():N}"[..24], "a-long-password-1");
        var client = SignedInClient.Browser(fixture.Factory);

        var wrong = await client.PostAsJsonAsync("/api/auth/login", new { username, password = "not-the-password" });
        var unknown = await client.PostAsJsonAsync("/api/auth/login", new { username = "nobody-" + username, password = "not-the-password" });

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal("urn:vendorgrid:problem:sign-in-failed", await ProblemType(wrong));
        var (a, b) = (await JsonOf(wrong), await JsonOf(unknown));
        Assert.Equal((a.GetProperty("title").GetString(), a.GetProperty("detail").GetString()), (b.GetProperty("title").GetString(), b.GetProperty("detail").GetString()));
        Assert.Null(SignedInClient.SetCookie(wrong, SessionCookies.Session));
    }

    [Fact]
    public async Task MissingCredentials_Are422()
    {
        var response = await SignedInClient.Browser(fixture.Factory).PostAsJsonAsync("/api/auth/login", new { username = "someone@test.local" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True((await JsonOf(response)).GetProperty("errors").TryGetProperty("password", out _));
    }

    [Fact]
    public async Task TheCookie_WorksOnExistingEndpoints_WithTheAccountsTenancy()
    {
        var own = await ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026");
        var other = await ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026");
        var staff = await SignedInClient.CreateAsync(fixture, "institution-staff", institution: own.Institution);
        var vendor = await SignedInClient.CreateAsync(fixture, "vendor", vendor: own.Vendor);

        Assert.Equal(HttpStatusCode.OK, (await staff.Client.GetAsync($"/api/contracts/{own.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.Client.GetAsync($"/api/contracts/{other.Id}")).StatusCode);
        var listed = await staff.Client.GetFromJsonAsync<JsonElement[]>("/api/contracts");
        Assert.Equal([own.Id], listed!.Select(c => c.GetProperty("id").GetString()));
        // Role rules apply as for a token: staff may not confirm, a vendor reads its own obligations.
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.Client.PostAsync($"/api/contracts/{own.Id}/ledger/e1/confirm", ContractApiClient.Json("{}"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await vendor.Client.GetAsync("/api/vendors/me/obligations")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await vendor.Client.GetAsync($"/api/contracts/{other.Id}")).StatusCode);
    }

    [Fact]
    public async Task ABearerToken_StillWorks_AndMeDescribesItsHolder()
    {
        var me = await fixture.Client(Tokens.For(fixture, "vendor", vendor: "91110106MA01A51E7B")).GetAsync("/api/auth/me");

        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        var body = await JsonOf(me);
        Assert.Equal(("tester", "vendor", "91110106MA01A51E7B", JsonValueKind.Null),
            (body.GetProperty("username").GetString(), body.GetProperty("role").GetString(), body.GetProperty("vendor").GetProperty("id").GetString(),
             body.GetProperty("institution").ValueKind));
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Client().GetAsync("/api/auth/me")).StatusCode);
    }

    [Fact]
    public async Task ACookieChange_WithoutTheCsrfHeader_Is403_WithIt_GoesThrough()
    {
        var contract = await ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026");
        var admin = await SignedInClient.CreateAsync(fixture, "institution-admin", institution: contract.Institution);
        string Fact() => $$"""{ "id": "csrf-{{Guid.NewGuid():N}}", "type": "milestone", "name": "bank-change", "occurredAt": "2026-03-01T10:00:00+08:00" }""";

        using var bare = new HttpRequestMessage(HttpMethod.Post, $"/api/contracts/{contract.Id}/events") { Content = ContractApiClient.Json(Fact()) };
        bare.Headers.Remove(SessionCookies.CsrfHeader);
        admin.Client.DefaultRequestHeaders.Remove(SessionCookies.CsrfHeader);
        var withoutHeader = await admin.Client.SendAsync(bare);
        using var forged = new HttpRequestMessage(HttpMethod.Post, $"/api/contracts/{contract.Id}/events") { Content = ContractApiClient.Json(Fact()) };
        forged.Headers.Add(SessionCookies.CsrfHeader, "guessed");
        var wrongHeader = await admin.Client.SendAsync(forged);
        using var proper = new HttpRequestMessage(HttpMethod.Post, $"/api/contracts/{contract.Id}/events") { Content = ContractApiClient.Json(Fact()) };
        proper.Headers.Add(SessionCookies.CsrfHeader, admin.Csrf);
        var withHeader = await admin.Client.SendAsync(proper);

        Assert.Equal(HttpStatusCode.Forbidden, withoutHeader.StatusCode);
        Assert.Equal("urn:vendorgrid:problem:csrf", await ProblemType(withoutHeader));
        Assert.Equal(HttpStatusCode.Forbidden, wrongHeader.StatusCode);
        Assert.Equal(HttpStatusCode.Created, withHeader.StatusCode);
        // Reads need no header, and a bearer caller never does.
        Assert.Equal(HttpStatusCode.OK, (await admin.Client.GetAsync($"/api/contracts/{contract.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await contract.PostEventAsync(Fact())).StatusCode);
    }

    [Fact]
    public async Task SigningOut_RevokesTheSession_SoACopiedCookieStopsWorking()
    {
        var user = await SignedInClient.CreateAsync(fixture, "vendor", vendor: $"vend-{Guid.NewGuid():N}"[..24]);
        var login = await SignedInClient.Browser(fixture.Factory).PostAsJsonAsync("/api/auth/login", new { username = user.Username, password = user.Password });
        var (cookie, csrf) = (SignedInClient.CookieValue(login, SessionCookies.Session), SignedInClient.CookieValue(login, SessionCookies.Csrf));
        var copy = fixture.Factory.CreateClient(new() { BaseAddress = new Uri("https://localhost"), HandleCookies = false });
        HttpRequestMessage Me() => new(HttpMethod.Get, "/api/auth/me") { Headers = { { "Cookie", $"{SessionCookies.Session}={cookie}" } } };
        Assert.Equal(HttpStatusCode.OK, (await copy.SendAsync(Me())).StatusCode);

        using var logout = new HttpRequestMessage(HttpMethod.Post, "/api/auth/logout")
        {
            Headers = { { "Cookie", $"{SessionCookies.Session}={cookie}; {SessionCookies.Csrf}={csrf}" }, { SessionCookies.CsrfHeader, csrf } },
        };
        var loggedOut = await copy.SendAsync(logout);

        Assert.Equal(HttpStatusCode.NoContent, loggedOut.StatusCode);
        Assert.Contains("expires=thu, 01 jan 1970", SignedInClient.SetCookie(loggedOut, SessionCookies.Session)!.ToLowerInvariant());
        Assert.Equal(HttpStatusCode.Unauthorized, (await copy.SendAsync(Me())).StatusCode);
        // The other session of the same account (the helper's) lives on.
        Assert.Equal(HttpStatusCode.OK, (await user.Client.GetAsync("/api/auth/me")).StatusCode);
    }

    [Fact]
    public async Task SigningOut_ThroughTheSignedInClient_EndsItsSession()
    {
        var user = await SignedInClient.CreateAsync(fixture, "vendor", vendor: $"vend-{Guid.NewGuid():N}"[..24]);

        Assert.Equal(HttpStatusCode.NoContent, (await user.Client.PostAsync("/api/auth/logout", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await user.Client.GetAsync("/api/auth/me")).StatusCode);
        // Without a session, signing out is still a harmless 204.
        Assert.Equal(HttpStatusCode.NoContent, (await fixture.Client().PostAsync("/api/auth/logout", null)).StatusCode);
    }
}
