using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using VendorGrid.Gateway.Security;

namespace VendorGrid.Tests.Gateway;

/// <summary>
/// The validated-token cache answers exactly as full validation would: expiry with the 60 s skew, key rotation and
/// per-request identities. (The JWT negative suite in AuthenticationTests runs through it in the real gateway.)
/// </summary>
public sealed class ValidatedTokenCacheTests
{
    private readonly ECDsaSecurityKey key = new(ECDsa.Create(ECCurve.NamedCurves.nistP256));

    private TokenValidationParameters Parameters(SecurityKey signingKey) => new()
    {
        ValidIssuer = "vendorgrid-local", ValidAudience = "vendorgrid", ValidateIssuer = true, ValidateAudience = true,
        ValidateLifetime = true, ValidateIssuerSigningKey = true, RequireExpirationTime = true, RequireSignedTokens = true,
        ValidAlgorithms = ["ES256"], ClockSkew = TimeSpan.FromSeconds(60), IssuerSigningKey = signingKey,
    };

    private string Token(DateTime expires) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = "vendorgrid-local", Audience = "vendorgrid", NotBefore = DateTime.UtcNow.AddMinutes(-20), IssuedAt = DateTime.UtcNow.AddMinutes(-20),
        Expires = expires, Claims = new Dictionary<string, object> { ["role"] = "platform-admin" },
        SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.EcdsaSha256),
    });

    [Fact]
    public async Task ACachedTokenIsRefusedOnceItsExpiryPlusSkewHasPassed()
    {
        var handler = new CachingTokenHandler(new JsonWebTokenHandler());
        var parameters = Parameters(key);
        // Expired 59 s ago: still inside the 60 s skew, so valid now and remembered; 2 s later it is not.
        var token = Token(DateTime.UtcNow.AddSeconds(-59));
        Assert.True((await handler.ValidateTokenAsync(token, parameters)).IsValid);
        Assert.True((await handler.ValidateTokenAsync(token, parameters)).IsValid);
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.False((await handler.ValidateTokenAsync(token, parameters)).IsValid);
    }

    [Fact]
    public async Task AfterAKeyRotation_TheTokenIsValidatedAgainstTheNewKey()
    {
        var handler = new CachingTokenHandler(new JsonWebTokenHandler());
        var token = Token(DateTime.UtcNow.AddHours(1));
        Assert.True((await handler.ValidateTokenAsync(token, Parameters(key))).IsValid);
        var rotated = Parameters(new ECDsaSecurityKey(ECDsa.Create(ECCurve.NamedCurves.nistP256)));
        Assert.False((await handler.ValidateTokenAsync(token, rotated)).IsValid);
    }

    [Fact]
    public async Task FailuresAreNotRemembered_AndEachHitGetsItsOwnIdentity()
    {
        var handler = new CachingTokenHandler(new JsonWebTokenHandler());
        var token = Token(DateTime.UtcNow.AddHours(1));
        var other = Parameters(new ECDsaSecurityKey(ECDsa.Create(ECCurve.NamedCurves.nistP256)));
        Assert.False((await handler.ValidateTokenAsync(token, other)).IsValid);
        Assert.False((await handler.ValidateTokenAsync(token, other)).IsValid);

        var parameters = Parameters(key);
        var first = await handler.ValidateTokenAsync(token, parameters);
        first.ClaimsIdentity.AddClaim(new Claim("added-by-a-handler", "x"));
        var second = await handler.ValidateTokenAsync(token, parameters);
        Assert.True(second.IsValid);
        Assert.Equal("platform-admin", second.ClaimsIdentity.FindFirst("role")?.Value);
        Assert.Null(second.ClaimsIdentity.FindFirst("added-by-a-handler"));
    }
}
