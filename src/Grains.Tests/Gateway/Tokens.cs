using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using VendorGrid.Gateway.Security;

namespace VendorGrid.Tests.Gateway;

/// <summary>Real signed tokens for the gateway tests, good and deliberately bad.</summary>
public static class Tokens
{
    /// <summary>A valid token; <paramref name="name"/> is also its subject, so two names are two users of the same tenant.</summary>
    public static string For(GatewayFixture fixture, string role, string? institution = null, string? vendor = null, string name = "tester") =>
        TokenFactory.Create(new TokenRequest(role, institution, vendor, name, TimeSpan.FromHours(1)),
            fixture.SigningKey, GatewayFixture.Issuer, GatewayFixture.Audience);

    public static string Expired(GatewayFixture fixture) =>
        TokenFactory.Create(new TokenRequest("platform-admin", null, null, "tester", TimeSpan.FromHours(1)),
            fixture.SigningKey, GatewayFixture.Issuer, GatewayFixture.Audience, now: DateTime.UtcNow.AddHours(-2));

    public static string SignedWithAnotherKey() =>
        TokenFactory.Create(new TokenRequest("platform-admin", null, null, "tester", TimeSpan.FromHours(1)),
            new ECDsaSecurityKey(ECDsa.Create(ECCurve.NamedCurves.nistP256)), GatewayFixture.Issuer, GatewayFixture.Audience);

    public static string ForAudience(GatewayFixture fixture, string audience) =>
        TokenFactory.Create(new TokenRequest("platform-admin", null, null, "tester", TimeSpan.FromHours(1)),
            fixture.SigningKey, GatewayFixture.Issuer, audience);

    /// <summary>A signed token whose claims are exactly the given ones (e.g. no role at all).</summary>
    public static string WithClaims(GatewayFixture fixture, Dictionary<string, object> claims) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = GatewayFixture.Issuer,
            Audience = GatewayFixture.Audience,
            Claims = claims,
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(fixture.SigningKey, SecurityAlgorithms.EcdsaSha256),
        });

    /// <summary>An unsigned token ("alg": "none") with otherwise valid platform-admin claims.</summary>
    public static string Unsigned()
    {
        var exp = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
        static string Encode(string json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json));
        return $"{Encode("""{"alg":"none","typ":"JWT"}""")}.{Encode($$"""{"iss":"{{GatewayFixture.Issuer}}","aud":"{{GatewayFixture.Audience}}","exp":{{exp}},"role":"platform-admin"}""")}.";
    }

    /// <summary>A platform-admin token whose lifetime ended <paramref name="ago"/> before now.</summary>
    public static string ExpiredFor(GatewayFixture fixture, TimeSpan ago) =>
        Descriptor(fixture, DateTime.UtcNow - ago - TimeSpan.FromMinutes(10), DateTime.UtcNow - ago);

    /// <summary>A platform-admin token that only becomes valid <paramref name="ahead"/> from now.</summary>
    public static string NotYetValid(GatewayFixture fixture, TimeSpan ahead) =>
        Descriptor(fixture, DateTime.UtcNow + ahead, DateTime.UtcNow + ahead + TimeSpan.FromHours(1));

    /// <summary>A correctly signed platform-admin token without an <c>exp</c> claim.</summary>
    public static string WithoutExpiry(GatewayFixture fixture) => new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(
        new SecurityTokenDescriptor
        {
            Issuer = GatewayFixture.Issuer, Audience = GatewayFixture.Audience,
            Claims = new Dictionary<string, object> { ["role"] = "platform-admin" },
            SigningCredentials = new SigningCredentials(fixture.SigningKey, SecurityAlgorithms.EcdsaSha256),
        });

    /// <summary>
    /// HS256 with the server's public key as the HMAC secret: the classic algorithm-confusion attack on servers that
    /// pick the verification algorithm from the token header.
    /// </summary>
    public static string HmacWithThePublicKey(GatewayFixture fixture)
    {
        var publicKey = fixture.SigningKey.ECDsa.ExportSubjectPublicKeyInfoPem();
        return WithCredentials(new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(publicKey)), SecurityAlgorithms.HmacSha256));
    }

    /// <summary>A token signed RS256 by an RSA key of its own: an algorithm the gateway is not configured for.</summary>
    public static string Rs256() => WithCredentials(new SigningCredentials(new RsaSecurityKey(RSA.Create(2048)), SecurityAlgorithms.RsaSha256));

    private static string WithCredentials(SigningCredentials credentials) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = GatewayFixture.Issuer, Audience = GatewayFixture.Audience, Expires = DateTime.UtcNow.AddHours(1),
        Claims = new Dictionary<string, object> { ["role"] = "platform-admin" }, SigningCredentials = credentials,
    });

    private static string Descriptor(GatewayFixture fixture, DateTime notBefore, DateTime expires) => new JsonWebTokenHandler().CreateToken(
        new SecurityTokenDescriptor
        {
            Issuer = GatewayFixture.Issuer, Audience = GatewayFixture.Audience, IssuedAt = notBefore, NotBefore = notBefore, Expires = expires,
            Claims = new Dictionary<string, object> { ["role"] = "platform-admin" },
            SigningCredentials = new SigningCredentials(fixture.SigningKey, SecurityAlgorithms.EcdsaSha256),
        });
}
