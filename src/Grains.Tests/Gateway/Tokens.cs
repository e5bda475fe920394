using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using VendorGrid.Gateway.Security;

namespace VendorGrid.Tests.Gateway;

/// <summary>Real signed tokens for the gateway tests, good and deliberately bad.</summary>
public static class Tokens
{
    public static string For(GatewayFixture fixture, string role, string? institution = null, string? vendor = null) =>
        TokenFactory.Create(new TokenRequest(role, institution, vendor, "tester", TimeSpan.FromHours(1)),
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
}
