using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using VendorGrid.Gateway.Tenancy;

namespace VendorGrid.Gateway.Security;

/// <summary>What a local token asserts about its holder.</summary>
public sealed record TokenRequest(string Role, string? Institution, string? Vendor, string? Name, TimeSpan Lifetime);

/// <summary>
/// Signs ES256 access tokens (<c>typ</c> at+jwt, RFC 9068) with the claims <see cref="CurrentCaller"/> reads. Local
/// development and tests only: it needs the private key, which gateways never hold.
/// </summary>
public static class TokenFactory
{
    public const string AccessTokenType = "at+jwt";

    public static string Create(TokenRequest request, SecurityKey key, string issuer, string audience, DateTime? now = null)
    {
        var issuedAt = now ?? DateTime.UtcNow;
        var claims = new Dictionary<string, object> { [CallerClaims.Role] = request.Role };
        if (request.Institution is not null) claims[CallerClaims.Institution] = request.Institution;
        if (request.Vendor is not null) claims[CallerClaims.Vendor] = request.Vendor;
        if (request.Name is not null) claims[CallerClaims.Name] = request.Name;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            TokenType = AccessTokenType,
            Issuer = issuer,
            Audience = audience,
            Subject = new ClaimsIdentity([new Claim("sub", request.Name ?? request.Role)]),
            Claims = claims,
            IssuedAt = issuedAt,
            NotBefore = issuedAt,
            Expires = issuedAt + request.Lifetime,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.EcdsaSha256),
        });
    }
}
