using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using VendorGrid.Gateway.Security;

namespace VendorGrid.Tests.Gateway;

/// <summary>
/// Real signed tokens for the gateway tests, good and deliberately bad. Every instant comes from the gateway's own clock
/// (<see cref="GatewayFixture.AppClock"/>), the one its lifetime check reads, so no test reads the wall clock.
/// </summary>
public static class Tokens
{
    /// <summary>A valid token; <paramref name="name"/> is also its subject, so two names are two users of the same tenant.</summary>
    /// <remarks>A gateway variant on a faked clock of its own checks lifetimes on that clock: give its <paramref name="now"/>.</remarks>
    public static string For(GatewayFixture fixture, string role, string? institution = null, string? vendor = null, string name = "tester",
        DateTimeOffset? now = null) =>
        TokenFactory.Create(new TokenRequest(role, institution, vendor, name, TimeSpan.FromHours(1)),
            fixture.SigningKey, GatewayFixture.Issuer, GatewayFixture.Audience, (now ?? fixture.AppClock.GetUtcNow()).UtcDateTime);

    public static string Expired(GatewayFixture fixture) =>
        TokenFactory.Create(new TokenRequest("platform-admin", null, null, "tester", TimeSpan.FromHours(1)),
            fixture.SigningKey, GatewayFixture.Issuer, GatewayFixture.Audience, now: Now(fixture).AddHours(-2));

    public static string SignedWithAnotherKey(GatewayFixture fixture) =>
        TokenFactory.Create(new TokenRequest("platform-admin", null, null, "tester", TimeSpan.FromHours(1)),
            new ECDsaSecurityKey(ECDsa.Create(ECCurve.NamedCurves.nistP256)), GatewayFixture.Issuer, GatewayFixture.Audience, Now(fixture));

    public static string ForAudience(GatewayFixture fixture, string audience) =>
        TokenFactory.Create(new TokenRequest("platform-admin", null, null, "tester", TimeSpan.FromHours(1)),
            fixture.SigningKey, GatewayFixture.Issuer, audience, Now(fixture));

    /// <summary>A signed token whose claims are exactly the given ones (e.g. no role at all).</summary>
    public static string WithClaims(GatewayFixture fixture, Dictionary<string, object> claims) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            TokenType = TokenFactory.AccessTokenType,
            Issuer = GatewayFixture.Issuer,
            Audience = GatewayFixture.Audience,
            Claims = claims,
            IssuedAt = Now(fixture), NotBefore = Now(fixture), Expires = Now(fixture).AddHours(1),
            SigningCredentials = new SigningCredentials(fixture.SigningKey, SecurityAlgorithms.EcdsaSha256),
        });

    /// <summary>An unsigned token ("alg": "none") with otherwise valid platform-admin claims.</summary>
    public static string Unsigned(GatewayFixture fixture)
    {
        var exp = fixture.AppClock.GetUtcNow().AddHours(1).ToUnixTimeSeconds();
        static string Encode(string json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json));
        return $"{Encode("""{"alg":"none","typ":"at+jwt"}""")}.{Encode($$"""{"iss":"{{GatewayFixture.Issuer}}","aud":"{{GatewayFixture.Audience}}","exp":{{exp}},"role":"platform-admin"}""")}.";
    }

    /// <summary>A platform-admin token whose lifetime ended <paramref name="ago"/> before now.</summary>
    public static string ExpiredFor(GatewayFixture fixture, TimeSpan ago) =>
        Descriptor(fixture, Now(fixture) - ago - TimeSpan.FromMinutes(10), Now(fixture) - ago);

    /// <summary>A platform-admin token that only becomes valid <paramref name="ahead"/> from now.</summary>
    public static string NotYetValid(GatewayFixture fixture, TimeSpan ahead) =>
        Descriptor(fixture, Now(fixture) + ahead, Now(fixture) + ahead + TimeSpan.FromHours(1));

    /// <summary>A correctly signed platform-admin token without an <c>exp</c> claim.</summary>
    public static string WithoutExpiry(GatewayFixture fixture) => new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(
        new SecurityTokenDescriptor
        {
            TokenType = TokenFactory.AccessTokenType, Issuer = GatewayFixture.Issuer, Audience = GatewayFixture.Audience,
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
        return WithCredentials(fixture, new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(publicKey)), SecurityAlgorithms.HmacSha256));
    }

    /// <summary>A token signed RS256 by an RSA key of its own: an algorithm the gateway is not configured for.</summary>
    public static string Rs256(GatewayFixture fixture) => WithCredentials(fixture, new SigningCredentials(new RsaSecurityKey(RSA.Create(2048)), SecurityAlgorithms.RsaSha256));

    private static string WithCredentials(GatewayFixture fixture, SigningCredentials credentials) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        TokenType = TokenFactory.AccessTokenType, Issuer = GatewayFixture.Issuer, Audience = GatewayFixture.Audience,
        IssuedAt = Now(fixture), NotBefore = Now(fixture), Expires = Now(fixture).AddHours(1),
        Claims = new Dictionary<string, object> { ["role"] = "platform-admin" }, SigningCredentials = credentials,
    });

    private static string Descriptor(GatewayFixture fixture, DateTime notBefore, DateTime expires) => new JsonWebTokenHandler().CreateToken(
        new SecurityTokenDescriptor
        {
            TokenType = TokenFactory.AccessTokenType,
            Issuer = GatewayFixture.Issuer, Audience = GatewayFixture.Audience, IssuedAt = notBefore, NotBefore = notBefore, Expires = expires,
            Claims = new Dictionary<string, object> { ["role"] = "platform-admin" },
            SigningCredentials = new SigningCredentials(fixture.SigningKey, SecurityAlgorithms.EcdsaSha256),
        });

    /// <summary>A correctly signed platform-admin token whose <c>typ</c> header is <paramref name="type"/> (null: none at all).</summary>
    public static string OfType(GatewayFixture fixture, string? type, DateTimeOffset now)
    {
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = GatewayFixture.Issuer, Audience = GatewayFixture.Audience, IssuedAt = now.UtcDateTime, NotBefore = now.UtcDateTime,
            Expires = now.UtcDateTime.AddHours(1), Claims = new Dictionary<string, object> { ["role"] = "platform-admin" },
            SigningCredentials = new SigningCredentials(fixture.SigningKey, SecurityAlgorithms.EcdsaSha256),
        };
        if (type is not null) descriptor.TokenType = type;
        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        if (type is not null) return handler.CreateToken(descriptor);
        // JsonWebTokenHandler writes typ "JWT" when none is given: build the header without it.
        var header = Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes("""{"alg":"ES256"}"""));
        var payload = handler.CreateToken(descriptor).Split('.')[1];
        var signature = Base64UrlEncoder.Encode(fixture.SigningKey.ECDsa.SignData(Encoding.ASCII.GetBytes($"{header}.{payload}"), HashAlgorithmName.SHA256));
        return $"{header}.{payload}.{signature}";
    }

    /// <summary>A platform-admin token issued at <paramref name="issuedAt"/> that expires at <paramref name="expires"/>.</summary>
    public static string Living(GatewayFixture fixture, DateTimeOffset issuedAt, DateTimeOffset expires, bool withIssuedAt = true) =>
        new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            TokenType = TokenFactory.AccessTokenType, Issuer = GatewayFixture.Issuer, Audience = GatewayFixture.Audience,
            IssuedAt = withIssuedAt ? issuedAt.UtcDateTime : null, Expires = expires.UtcDateTime,
            Claims = new Dictionary<string, object> { ["role"] = "platform-admin" },
            SigningCredentials = new SigningCredentials(fixture.SigningKey, SecurityAlgorithms.EcdsaSha256),
        });

    /// <summary>A platform-admin token signed by <paramref name="key"/> (a key of a rotation, or one nobody trusts).</summary>
    public static string SignedBy(ECDsaSecurityKey key, DateTimeOffset now) => TokenFactory.Create(
        new TokenRequest("platform-admin", null, null, "rotation", TimeSpan.FromHours(1)), key, GatewayFixture.Issuer, GatewayFixture.Audience, now.UtcDateTime);

    private static DateTime Now(GatewayFixture fixture) => fixture.AppClock.GetUtcNow().UtcDateTime;
}
