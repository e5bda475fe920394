using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using VendorGrid.Gateway.Accounts;
using VendorGrid.Gateway.Hosting;
using VendorGrid.Gateway.Security;

namespace VendorGrid.Tests.Gateway.Accounts;

/// <summary>
/// A browser signed in to the test gateway with a real account: cookies kept between calls and X-VG-CSRF sent on
/// every request, as the portal does. The account is created the way people get one — an invitation made with a
/// platform-admin (or institution-admin) token, its link read from the e-mail the gateway sent, and accepted through
/// the API — except a platform admin, which only demo seeding creates, so it is inserted through the gateway's
/// <see cref="AccountStore"/>.
/// <code>var vendor = await SignedInClient.CreateAsync(fixture, "vendor", vendor: contract.Vendor);
/// await vendor.Client.GetAsync("/api/vendors/me/obligations");</code>
/// </summary>
public sealed record SignedInClient(HttpClient Client, string Username, string Password, string Csrf)
{
    public const string DefaultPassword = "correct-horse-battery";

    /// <summary>A client that behaves like a browser on https://localhost: it keeps cookies and does not follow redirects.</summary>
    public static HttpClient Browser(WebApplicationFactory<GatewaySettings> app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), HandleCookies = true, AllowAutoRedirect = false });

    /// <summary>
    /// Signs in a new account of <paramref name="role"/> for the given party (an unknown institution or vendor is
    /// onboarded first). <paramref name="app"/> defaults to the fixture's gateway.
    /// </summary>
    public static async Task<SignedInClient> CreateAsync(GatewayFixture fixture, string role, string? institution = null, string? vendor = null,
        WebApplicationFactory<GatewaySettings>? app = null)
    {
        app ??= fixture.Factory;
        var username = await CreateAccountAsync(fixture, role, institution, vendor, DefaultPassword, app);
        return await SignInAsync(app, username, DefaultPassword);
    }

    /// <summary>Creates the account and returns its username, without signing in.</summary>
    public static async Task<string> CreateAccountAsync(GatewayFixture fixture, string role, string? institution, string? vendor, string password,
        WebApplicationFactory<GatewaySettings>? app = null)
    {
        app ??= fixture.Factory;
        var email = $"{role}-{Guid.NewGuid():N}"[..28] + "@test.local";
        if (role == "platform-admin")
        {
            Assert.True(await app.Services.GetRequiredService<AccountStore>().CreateAccountAsync(email, "测试平台管理员", role, null, null, password, "test"));
            return email;
        }
        var platform = fixture.Client(Tokens.For(fixture, "platform-admin"));
        var invitation = role switch
        {
            "institution-admin" => await InviteFirstAsync(platform, $"/api/institutions/{institution}/admins", "/api/institutions", institution!, email),
            "vendor" => await InviteFirstAsync(platform, $"/api/vendors/{vendor}/users", "/api/vendors", vendor!, email),
            "institution-staff" => await fixture.Client(Tokens.For(fixture, "institution-admin", institution: institution))
                .PostAsJsonAsync("/api/users/invitations", new { email, displayName = "测试职员", role }),
            _ => throw new ArgumentException($"unknown role {role}", nameof(role)),
        };
        Assert.True(invitation.StatusCode == HttpStatusCode.Created, await invitation.Content.ReadAsStringAsync());
        var token = await fixture.Mailbox.TokenAsync(email, "invitation");
        var accepted = await app.CreateClient().PostAsJsonAsync("/api/auth/invitations/accept", new { token, password });
        Assert.True(accepted.StatusCode == HttpStatusCode.Created, await accepted.Content.ReadAsStringAsync());
        return email;
    }

    public static async Task<SignedInClient> SignInAsync(WebApplicationFactory<GatewaySettings> app, string username, string password)
    {
        var browser = Browser(app);
        var response = await browser.PostAsJsonAsync("/api/auth/login", new { username, password });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var csrf = CookieValue(response, SessionCookies.Csrf)!;
        browser.DefaultRequestHeaders.Add(SessionCookies.CsrfHeader, csrf);
        return new SignedInClient(browser, username, password, csrf);
    }

    /// <summary>The value a Set-Cookie header of <paramref name="response"/> gives <paramref name="name"/>, or null.</summary>
    public static string? CookieValue(HttpResponseMessage response, string name) =>
        SetCookie(response, name)?.Split(';')[0][(name.Length + 1)..];

    public static string? SetCookie(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies.FirstOrDefault(c => c.StartsWith(name + "=", StringComparison.Ordinal)) : null;

    private static async Task<HttpResponseMessage> InviteFirstAsync(HttpClient platform, string path, string onboard, string party, string email)
    {
        var body = new { email, displayName = "测试管理员" };
        var response = await platform.PostAsJsonAsync(path, body);
        if (response.StatusCode != HttpStatusCode.NotFound) return response;
        var onboarded = await platform.PostAsJsonAsync(onboard, new { id = party, name = $"测试单位 {party}" });
        Assert.True(onboarded.IsSuccessStatusCode, await onboarded.Content.ReadAsStringAsync());
        return await platform.PostAsJsonAsync(path, body);
    }
}
