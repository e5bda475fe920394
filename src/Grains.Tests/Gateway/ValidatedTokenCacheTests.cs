using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.Extensions.Time.Testing;
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
    // The app's clock as the gateway wires it: the cache and the lifetime check read the same one.
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(8)));

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private TokenValidationParameters Parameters(SecurityKey signingKey) => new()
    {
        ValidIssuer = "vendorgrid-local", ValidAudience = "vendorgrid", ValidateIssuer = true, ValidateAudience = true,
        ValidateLifetime = true, ValidateIssuerSigningKey = true, RequireExpirationTime = true, RequireSignedTokens = true,
        ValidAlgorithms = ["ES256"], ClockSkew = TokenLifetime.Skew, IssuerSigningKey = signingKey,
        LifetimeValidator = new TokenLifetime(clock, TimeSpan.FromHours(24)).Validate,
    };

    private string Token(DateTime expires) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = "vendorgrid-local", Audience = "vendorgrid", NotBefore = Now.AddMinutes(-20), IssuedAt = Now.AddMinutes(-20),
        Expires = expires, Claims = new Dictionary<string, object> { ["role"] = "platform-admin" },
        SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.EcdsaSha256),
    });

    [Fact]
    public async Task ACachedTokenIsValidatedAgainOnceItsExpiryPlusSkewHasPassed()
    {
        var inner = new CountingHandler();
        var handler = new CachingTokenHandler(inner, clock);
        var parameters = Parameters(key);
        var expires = Now.AddMinutes(2);
        var token = Token(expires);
        Assert.True((await handler.ValidateTokenAsync(token, parameters)).IsValid);
        Assert.True((await handler.ValidateTokenAsync(token, parameters)).IsValid);
        Assert.Equal(1, inner.Calls);

        clock.SetUtcNow(new DateTimeOffset(expires).AddSeconds(59));  // inside the 60 s skew: still remembered
        Assert.True((await handler.ValidateTokenAsync(token, parameters)).IsValid);
        Assert.Equal(1, inner.Calls);

        clock.SetUtcNow(new DateTimeOffset(expires).AddSeconds(61));  // beyond it: full validation again
        await handler.ValidateTokenAsync(token, parameters);
        Assert.Equal(2, inner.Calls);
    }

    [Fact]
    public async Task JwtBearersPerRequestCopyOfTheParameters_HitsTheCache_AndNewKeyObjectsMissIt()
    {
        var inner = new CountingHandler();
        var handler = new CachingTokenHandler(inner, clock);
        var configured = Parameters(key);
        configured.IssuerSigningKey = null;
        configured.IssuerSigningKeys = [key];
        var token = Token(Now.AddHours(1));
        // JwtBearer validates each request with Options.TokenValidationParameters.Clone(): a new key collection each time.
        Assert.NotSame(configured.IssuerSigningKeys, configured.Clone().IssuerSigningKeys);
        for (var i = 0; i < 3; i++) Assert.True((await handler.ValidateTokenAsync(token, configured.Clone())).IsValid);
        Assert.Equal(1, inner.Calls);

        // The same key material in new objects (a refreshed configuration) is validated in full again.
        var rotated = configured.Clone();
        rotated.IssuerSigningKeys = [new ECDsaSecurityKey(key.ECDsa)];
        Assert.True((await handler.ValidateTokenAsync(token, rotated)).IsValid);
        Assert.Equal(2, inner.Calls);
    }

    [Fact]
    public async Task ATokenExpiredBeyondTheSkewIsRefused()
    {
        var handler = new CachingTokenHandler(new JsonWebTokenHandler(), clock);
        Assert.False((await handler.ValidateTokenAsync(Token(Now.AddSeconds(-90)), Parameters(key))).IsValid);
    }

    private sealed class CountingHandler : TokenHandler
    {
        private readonly JsonWebTokenHandler real = new();
        public int Calls;

        public override Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters parameters)
        {
            Interlocked.Increment(ref Calls);
            return real.ValidateTokenAsync(token, parameters);
        }
    }

    [Fact]
    public async Task AfterAKeyRotation_TheTokenIsValidatedAgainstTheNewKey()
    {
        var handler = new CachingTokenHandler(new JsonWebTokenHandler(), clock);
        var token = Token(Now.AddHours(1));
        Assert.True((await handler.ValidateTokenAsync(token, Parameters(key))).IsValid);
        var rotated = Parameters(new ECDsaSecurityKey(ECDsa.Create(ECCurve.NamedCurves.nistP256)));
        Assert.False((await handler.ValidateTokenAsync(token, rotated)).IsValid);
    }

    [Fact]
    public async Task FailuresAreNotRemembered_AndEachHitGetsItsOwnIdentity()
    {
        var handler = new CachingTokenHandler(new JsonWebTokenHandler(), clock);
        var token = Token(Now.AddHours(1));
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
