using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace VendorGrid.Gateway.Security;

/// <summary>
/// Remembers tokens that passed full validation, so a client sending the same bearer token on every request pays
/// for one ES256 signature check (and one parse) per token, not per request: the signature check is the largest
/// single cost of a warm read through the gateway (issue 4's benchmark; docs/PERFORMANCE.md).
///
/// It gives the same answer full validation would:
/// <list type="bullet">
/// <item>Only successes are remembered; every malformed, unsigned, wrongly signed, expired, not-yet-valid or
/// exp-less token is validated in full each time, so the negative suite goes through the real handler.</item>
/// <item>A hit is used only while the token's <c>exp</c> plus the configured clock skew (60 s) has not passed,
/// by the same clock the validator uses, and at most <see cref="MaxAge"/> after it was validated.</item>
/// <item>A hit is used only with the very key, key set and issuers it was validated against: when the keys are
/// rotated (a new OIDC configuration, a new key file) every token is validated again.</item>
/// <item>Revocation is not weakened: the JwtBearer events (OnTokenValidated) and the authorization policy run on
/// every request as before, hit or miss; this only skips re-deriving what the token itself says.</item>
/// </list>
/// Keyed by SHA-256 of the token, so the cache holds no bearer credential; bounded to <see cref="MaxEntries"/>.
/// </summary>
public sealed class CachingTokenHandler(TokenHandler inner, TimeProvider clock) : TokenHandler
{
    public const int MaxEntries = 10_000;
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private sealed record Entry(
        ClaimsIdentity Identity, SecurityToken Token, DateTimeOffset UsableUntil,
        SecurityKey? Key, IEnumerable<SecurityKey>? Keys, IEnumerable<string>? Issuers);

    private readonly ConcurrentDictionary<(UInt128, UInt128), Entry> validated = new();

    public TokenHandler Inner => inner;

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters parameters)
    {
        var key = Hash(token);
        var now = Now();
        if (validated.TryGetValue(key, out var entry))
        {
            if (now <= entry.UsableUntil && SameKeyMaterial(entry, parameters))
                return new TokenValidationResult
                {
                    IsValid = true,
                    // A copy per request: a handler or event adding claims to its principal must not change the cache.
                    ClaimsIdentity = entry.Identity.Clone(),
                    SecurityToken = entry.Token,
                    Issuer = entry.Token.Issuer,
                };
            validated.TryRemove(new KeyValuePair<(UInt128, UInt128), Entry>(key, entry));
        }

        var result = await inner.ValidateTokenAsync(token, parameters);
        if (result.IsValid && result.ClaimsIdentity is { } identity && result.SecurityToken is { } securityToken
            && parameters.ValidateLifetime && securityToken.ValidTo != DateTime.MinValue)
        {
            var expires = new DateTimeOffset(DateTime.SpecifyKind(securityToken.ValidTo, DateTimeKind.Utc)) + parameters.ClockSkew;
            var usableUntil = expires < now + MaxAge ? expires : now + MaxAge;
            if (validated.Count >= MaxEntries) Prune(now);
            if (validated.Count < MaxEntries)
                validated[key] = new Entry(identity.Clone(), securityToken, usableUntil,
                    parameters.IssuerSigningKey, parameters.IssuerSigningKeys, parameters.ValidIssuers);
        }
        return result;
    }

    /// <summary>
    /// Whether this token passed full validation here and is still usable: the rate limiter lets such a caller through
    /// to its own per-caller budget before authentication, and counts every other one against its address.
    /// </summary>
    public bool Knows(string token) =>
        validated.TryGetValue(Hash(token), out var entry) && Now() <= entry.UsableUntil;

    public override SecurityToken ReadToken(string token) => inner.ReadToken(token);

    public override int MaximumTokenSizeInBytes
    {
        get => inner.MaximumTokenSizeInBytes;
        set => inner.MaximumTokenSizeInBytes = value;
    }

    /// <summary>
    /// JwtBearer hands every request a copy of its parameters carrying the same key objects until the keys change
    /// (a refreshed OIDC configuration brings new ones), so reference equality of each key detects a rotation. The copy
    /// (TokenValidationParameters.Clone) puts the keys in a new collection each time, so the collections are compared key
    /// by key, not as objects — compared as objects, every request missed and paid the full ES256 check.
    /// </summary>
    private static bool SameKeyMaterial(Entry entry, TokenValidationParameters parameters) =>
        ReferenceEquals(entry.Key, parameters.IssuerSigningKey)
        && SameItems(entry.Keys, parameters.IssuerSigningKeys)
        && SameItems(entry.Issuers, parameters.ValidIssuers);

    private static bool SameItems<T>(IEnumerable<T>? kept, IEnumerable<T>? now) where T : class =>
        ReferenceEquals(kept, now) || (kept is not null && now is not null && kept.SequenceEqual(now, ReferenceEqualityComparer.Instance));

    /// <summary>
    /// The app's clock, which the lifetime check (<see cref="TokenLifetime"/>) reads too, so "expired" means the same
    /// here as in full validation; tests pass a fake one to move past a token's expiry.
    /// </summary>
    private DateTimeOffset Now() => clock.GetUtcNow();

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, entry) in validated)
            if (entry.UsableUntil < now) validated.TryRemove(key, out _);
    }

    private static (UInt128, UInt128) Hash(string token)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        var length = Encoding.UTF8.GetMaxByteCount(token.Length);
        var buffer = length <= 4096 ? stackalloc byte[length] : new byte[length];
        SHA256.HashData(buffer[..Encoding.UTF8.GetBytes(token, buffer)], digest);
        return (BitConverter.ToUInt128(digest[..16]), BitConverter.ToUInt128(digest[16..]));
    }
}

public static class ValidatedTokenCacheExtensions
{
    /// <summary>Wraps each JwtBearer token handler in a <see cref="CachingTokenHandler"/> (after its own configuration).</summary>
    public static IServiceCollection AddValidatedTokenCache(this IServiceCollection services)
    {
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).PostConfigure<TimeProvider>((options, clock) =>
        {
            var handlers = options.TokenHandlers.Select(h => h is CachingTokenHandler ? h : new CachingTokenHandler(h, clock)).ToList();
            options.TokenHandlers.Clear();
            foreach (var handler in handlers) options.TokenHandlers.Add(handler);
        });
        return services;
    }
}
