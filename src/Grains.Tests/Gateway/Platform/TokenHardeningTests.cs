using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Tokens;
using VendorGrid.Gateway.Hosting;

namespace VendorGrid.Tests.Gateway.Platform;

/// <summary>
/// Issue 17, items 8 and 9: gateways verify with public keys only (two live during a rotation, published as JWKS), and
/// accept only access tokens (typ at+jwt) with an exp no further than the maximum lifetime. The gateway's clock is
/// faked, so every instant here is fixed.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class TokenHardeningTests(GatewayFixture fixture) : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 9, 0, 0, TimeSpan.FromHours(8));
    private readonly FakeTimeProvider clock = new(Now);
    private readonly ECDsaSecurityKey oldKey = NewKey(), newKey = NewKey();
    private readonly string rotationFile = Path.Combine(AppContext.BaseDirectory, "keys", $"rotation-{Guid.NewGuid():N}.pem");
    private WebApplicationFactory<GatewaySettings> app = null!, rotating = null!;

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(rotationFile)!);
        await File.WriteAllTextAsync(rotationFile, oldKey.ECDsa.ExportSubjectPublicKeyInfoPem() + "\n" + newKey.ECDsa.ExportSubjectPublicKeyInfoPem());
        app = fixture.OnClock(clock);
        rotating = fixture.Factory.WithWebHostBuilder(web => web
            .ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?> { ["VG_JWT_PUBLIC_KEYS"] = rotationFile }))
            .ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        await rotating.DisposeAsync();
        File.Delete(rotationFile);
    }

    private static ECDsaSecurityKey NewKey()
    {
        var key = new ECDsaSecurityKey(ECDsa.Create(ECCurve.NamedCurves.nistP256));
        key.KeyId = Base64UrlEncoder.Encode(key.ComputeJwkThumbprint());
        return key;
    }

    private static async Task<HttpStatusCode> StatusAsync(WebApplicationFactory<GatewaySettings> gateway, string token)
    {
        var client = gateway.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return (await client.GetAsync("/api/contracts?limit=1")).StatusCode;
    }

    [Theory]
    [InlineData("at+jwt", HttpStatusCode.OK)]
    [InlineData("JWT", HttpStatusCode.Unauthorized)]
    [InlineData("id+jwt", HttpStatusCode.Unauthorized)]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    public async Task OnlyAccessTokens_TypAtJwt_AreAccepted(string? type, HttpStatusCode expected) =>
        Assert.Equal(expected, await StatusAsync(app, Tokens.OfType(fixture, type, Now)));

    [Fact]
    public async Task ATokenMayLiveTwentyFourHours_NotAMinuteMore()
    {
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(app, Tokens.Living(fixture, Now, Now.AddHours(24))));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(app, Tokens.Living(fixture, Now, Now.AddHours(24).AddMinutes(1))));
    }

    [Fact]
    public async Task ATokenIssuedTwoDaysAgo_ThatExpiresInAnHour_IsRefused() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(app, Tokens.Living(fixture, Now.AddDays(-2), Now.AddHours(1))));

    [Fact]
    public async Task ATokenWithoutIat_ThatExpiresInAYear_IsRefused() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(app, Tokens.Living(fixture, Now, Now.AddYears(1), withIssuedAt: false)));

    [Fact]
    public async Task DuringARotation_TokensOfBothPublicKeysAreAccepted_AndNoOtherKeys()
    {
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(rotating, Tokens.SignedBy(oldKey, Now)));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(rotating, Tokens.SignedBy(newKey, Now)));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(rotating, Tokens.SignedBy(NewKey(), Now)));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(rotating, Tokens.SignedBy(fixture.SigningKey, Now)));
    }

    [Fact]
    public async Task TheJwks_ListsBothPublicKeysOfARotation_AndNothingPrivate()
    {
        var response = await rotating.CreateClient().GetAsync("/.well-known/jwks.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/jwk-set+json", response.Content.Headers.ContentType?.MediaType);
        var keys = (await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync())).RootElement.GetProperty("keys").EnumerateArray().ToList();
        Assert.Equal(new[] { oldKey.KeyId, newKey.KeyId }.Order(), keys.Select(k => k.GetProperty("kid").GetString()).Order());
        foreach (var jwk in keys)
        {
            var q = new[] { oldKey, newKey }.Single(k => k.KeyId == jwk.GetProperty("kid").GetString()).ECDsa.ExportParameters(false).Q;
            Assert.Equal((Base64UrlEncoder.Encode(q.X!), Base64UrlEncoder.Encode(q.Y!)), (jwk.GetProperty("x").GetString(), jwk.GetProperty("y").GetString()));
            Assert.Equal(("EC", "P-256", "ES256", "sig"), (jwk.GetProperty("kty").GetString(), jwk.GetProperty("crv").GetString(),
                jwk.GetProperty("alg").GetString(), jwk.GetProperty("use").GetString()));
            Assert.False(jwk.TryGetProperty("d", out _));
        }
    }

    [Fact]
    public void AGateway_RefusesToStartWithAPrivateKey()
    {
        var privateFile = Path.Combine(AppContext.BaseDirectory, "keys", $"private-{Guid.NewGuid():N}.pem");
        Directory.CreateDirectory(Path.GetDirectoryName(privateFile)!);
        File.WriteAllText(privateFile, ECDsa.Create(ECCurve.NamedCurves.nistP256).ExportPkcs8PrivateKeyPem());
        try
        {
            Assert.StartsWith("VG_JWT_PUBLIC_KEYS: ", Settings(("VG_JWT_PUBLIC_KEYS", privateFile)).Problem());
            Assert.Contains("private key", Settings(("VG_JWT_PUBLIC_KEYS", privateFile)).Problem());
            Assert.StartsWith("VG_JWT_KEY_FILE is not read by the gateway", Settings(("VG_JWT_KEY_FILE", privateFile)).Problem());
            Assert.Null(Settings(("VG_JWT_PUBLIC_KEYS", rotationFile)).Problem());
        }
        finally
        {
            File.Delete(privateFile);
        }
    }

    private static GatewaySettings Settings(params (string Key, string Value)[] values)
    {
        var settings = new GatewaySettings();
        settings.Read(new ConfigurationBuilder().AddInMemoryCollection(
            values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value)).Append(KeyValuePair.Create("VG_DB", (string?)"Host=x"))).Build());
        return settings;
    }
}
