using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace VendorGrid.Gateway.Security;

/// <summary>
/// GET /.well-known/jwks.json: the public keys this gateway accepts token signatures from (RFC 7517), so a relying
/// service can verify VendorGrid tokens without being handed a key file. Only x and y of each key: the gateway has
/// no private part to leak. During a rotation both keys are listed.
/// </summary>
public static class JwksApi
{
    public const string Path = "/.well-known/jwks.json";

    public static IEndpointRouteBuilder MapJwks(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, (IOptionsMonitor<JwtBearerOptions> options) =>
                TypedResults.Text(Document(options.Get(JwtBearerDefaults.AuthenticationScheme).TokenValidationParameters).ToJsonString(),
                    "application/jwk-set+json"))
            .AllowAnonymous().WithName("GetJwks").WithTags("Security")
            .WithSummary("The public keys tokens are verified with (JWKS); two during a key rotation");
        return app;
    }

    public static JsonObject Document(TokenValidationParameters parameters)
    {
        var keys = new JsonArray();
        foreach (var key in (parameters.IssuerSigningKeys ?? []).OfType<ECDsaSecurityKey>())
        {
            var p = key.ECDsa.ExportParameters(includePrivateParameters: false);
            keys.Add(new JsonObject
            {
                ["kty"] = "EC", ["use"] = "sig", ["alg"] = SecurityAlgorithms.EcdsaSha256, ["kid"] = key.KeyId, ["crv"] = "P-256",
                ["x"] = Base64UrlEncoder.Encode(p.Q.X!), ["y"] = Base64UrlEncoder.Encode(p.Q.Y!),
            });
        }
        return new JsonObject { ["keys"] = keys };
    }
}
