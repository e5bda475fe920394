using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Configuration;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using VendorGrid.Gateway.Hosting;

namespace VendorGrid.Tests.Gateway.Accounts;

/// <summary>
/// Browser sign-in through an OpenID Connect provider: a minimal provider on loopback (discovery, keys, token
/// endpoint) run by the test, the gateway configured for it. The provider's e-mail signs in the matching account.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class OidcSignInTests(GatewayFixture fixture) : IAsyncLifetime
{
    private const string ClientId = "vg-portal";
    private readonly LoopbackProvider provider = new();
    private WebApplicationFactory<GatewaySettings> app = null!;

    public ValueTask InitializeAsync()
    {
        provider.Start();
        app = fixture.Factory.WithWebHostBuilder(web => web.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["VG_OIDC_AUTHORITY"] = provider.Issuer, ["VG_OIDC_CLIENT_ID"] = ClientId, ["VG_OIDC_CLIENT_SECRET"] = "client-secret",
        })));
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        provider.Dispose();
    }

    [Fact]
    public async Task WithoutAProvider_TheOidcLoginIs404()
    {
        var response = await fixture.Client().GetAsync("/api/auth/oidc/login");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("urn:vendorgrid:problem:oidc-not-configured", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task TheChallenge_RedirectsToTheProvider_AndTheProvidersEmail_SignsInTheMatchingAccount()
    {
        var username = await SignedInClient.CreateAccountAsync(fixture, "vendor", null, $"vend-{Guid.NewGuid():N}"[..24], "a-long-password-1", app);
        var browser = SignedInClient.Browser(app);

        var challenge = await browser.GetAsync("/api/auth/oidc/login?returnUrl=/vendor");

        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var authorize = challenge.Headers.Location!;
        Assert.Equal($"{provider.Issuer}/authorize", authorize.GetLeftPart(UriPartial.Path));
        var query = QueryHelpers.ParseQuery(authorize.Query);
        Assert.Equal((ClientId, "code", "https://localhost/api/auth/oidc/callback", "S256"),
            (query["client_id"].ToString(), query["response_type"].ToString(), query["redirect_uri"].ToString(), query["code_challenge_method"].ToString()));
        Assert.Contains("email", query["scope"].ToString().Split(' '));

        // The provider authenticates the person and sends the browser back with a code; the gateway redeems it.
        provider.NextIdToken = (query["nonce"]!, username.ToUpperInvariant());
        var callback = await browser.GetAsync($"/api/auth/oidc/callback?code=one-time-code&state={Uri.EscapeDataString(query["state"]!)}");

        Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
        Assert.Equal("/vendor", callback.Headers.Location!.OriginalString);
        var csrf = SignedInClient.CookieValue(callback, VendorGrid.Gateway.Security.SessionCookies.Csrf);
        Assert.NotNull(csrf);
        var me = await browser.GetFromJsonAsync<JsonElement>("/api/auth/me");
        Assert.Equal((username, "vendor"), (me.GetProperty("username").GetString(), me.GetProperty("role").GetString()));
        Assert.Contains("code_verifier=", provider.LastTokenRequest);
    }

    [Fact]
    public async Task AnEmailWithoutAnAccount_SignsNobodyIn()
    {
        var browser = SignedInClient.Browser(app);
        var query = QueryHelpers.ParseQuery((await browser.GetAsync("/api/auth/oidc/login")).Headers.Location!.Query);

        provider.NextIdToken = (query["nonce"]!, $"stranger-{Guid.NewGuid():N}@test.local");
        var callback = await browser.GetAsync($"/api/auth/oidc/callback?code=one-time-code&state={Uri.EscapeDataString(query["state"]!)}");

        Assert.Equal("/?sign-in=no-account", callback.Headers.Location!.OriginalString);
        Assert.Null(SignedInClient.SetCookie(callback, VendorGrid.Gateway.Security.SessionCookies.Session));
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/auth/me")).StatusCode);
    }

    /// <summary>Just enough of an OpenID provider: discovery, its signing key, and a token endpoint issuing the next ID token.</summary>
    private sealed class LoopbackProvider : IDisposable
    {
        private readonly HttpListener listener = new();
        private readonly RsaSecurityKey key = new(RSA.Create(2048)) { KeyId = "loopback-1" };
        public string Issuer { get; }
        public (string Nonce, string Email) NextIdToken { get; set; }
        public string LastTokenRequest { get; private set; } = "";

        public LoopbackProvider()
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            Issuer = $"http://127.0.0.1:{port}";
            listener.Prefixes.Add(Issuer + "/");
        }

        public void Start()
        {
            listener.Start();
            _ = Task.Run(async () =>
            {
                while (listener.IsListening)
                {
                    HttpListenerContext context;
                    try { context = await listener.GetContextAsync(); }
                    catch (Exception e) when (e is HttpListenerException or ObjectDisposedException) { return; }
                    await AnswerAsync(context);
                }
            });
        }

        private async Task AnswerAsync(HttpListenerContext context)
        {
            object body = context.Request.Url!.AbsolutePath switch
            {
                "/.well-known/openid-configuration" => new Dictionary<string, object>
                {
                    ["issuer"] = Issuer, ["authorization_endpoint"] = $"{Issuer}/authorize", ["token_endpoint"] = $"{Issuer}/token",
                    ["jwks_uri"] = $"{Issuer}/jwks", ["response_types_supported"] = new[] { "code" },
                    ["subject_types_supported"] = new[] { "public" }, ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
                },
                "/jwks" => new { keys = new[] { JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(key.Rsa.ExportParameters(false)) { KeyId = key.KeyId }) } },
                "/token" => await TokenAsync(context.Request),
                _ => new { error = "not_found" },
            };
            var bytes = JsonSerializer.SerializeToUtf8Bytes(body, new JsonSerializerOptions { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull });
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }

        private async Task<object> TokenAsync(HttpListenerRequest request)
        {
            LastTokenRequest = await new StreamReader(request.InputStream, Encoding.UTF8).ReadToEndAsync();
            var idToken = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
            {
                Issuer = Issuer, Audience = ClientId, Expires = DateTime.UtcNow.AddMinutes(5), IssuedAt = DateTime.UtcNow,
                Claims = new Dictionary<string, object> { ["sub"] = "idp-user-1", ["email"] = NextIdToken.Email, ["email_verified"] = true, ["nonce"] = NextIdToken.Nonce },
                SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
            });
            return new Dictionary<string, object> { ["id_token"] = idToken, ["access_token"] = "opaque", ["token_type"] = "Bearer", ["expires_in"] = 300 };
        }

        public void Dispose()
        {
            listener.Stop();
            listener.Close();
        }
    }
}
