using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace VendorGrid.Gateway.Security;

/// <summary>
/// The lifetime check, on the app's clock: <c>exp</c> is required, <c>nbf</c> and <c>exp</c> hold within the skew, and
/// no token lives longer than the maximum — measured from its <c>iat</c> (or <c>nbf</c>), and from now, so a token
/// issued "just now" with an <c>exp</c> years ahead is refused as well. A stolen long-lived token is the risk.
/// </summary>
public sealed class TokenLifetime(TimeProvider clock, TimeSpan maximum)
{
    public static readonly TimeSpan Skew = TimeSpan.FromSeconds(60);

    public bool Validate(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        if (expires is null) throw new SecurityTokenNoExpirationException("The token has no exp.");
        var now = clock.GetUtcNow().UtcDateTime;
        if (notBefore is { } nbf && nbf > now + Skew) throw new SecurityTokenNotYetValidException($"The token is not valid before {nbf:O}.");
        if (expires.Value < now - Skew) throw new SecurityTokenExpiredException($"The token expired at {expires:O}.");
        var issued = token is JsonWebToken { IssuedAt: var iat } && iat != DateTime.MinValue ? iat : notBefore ?? now;
        if (expires.Value - issued > maximum || expires.Value - now > maximum + Skew)
            throw new SecurityTokenInvalidLifetimeException($"The token lives longer than the {maximum.TotalMinutes:0} minutes allowed.");
        return true;
    }
}
