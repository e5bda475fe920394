using System.Security.Cryptography;
using System.Text;

namespace VendorGrid.Gateway.Api;

/// <summary>This endpoint's answer carries a credential (a feed URL): it is never stored for Idempotency-Key replay.</summary>
public sealed record AnswersWithSecret;

/// <summary>Route values that are credentials (a feed token): the audit trail keeps their hash, never the value.</summary>
public sealed record SecretRouteValues(string[] Names);

/// <summary>
/// Marks where a credential passes through an endpoint, so the cross-cutting parts that store requests and answers
/// (<see cref="IdempotencyKeys"/>, <see cref="AuditTrail"/>) keep it out of the database.
/// </summary>
public static class Secrets
{
    public static TBuilder AnswersWithSecret<TBuilder>(this TBuilder endpoint) where TBuilder : IEndpointConventionBuilder =>
        endpoint.WithMetadata(new AnswersWithSecret());

    public static TBuilder KeepsRouteValuesSecret<TBuilder>(this TBuilder endpoint, params string[] names) where TBuilder : IEndpointConventionBuilder =>
        endpoint.WithMetadata(new SecretRouteValues(names));

    /// <summary>What the audit trail writes for a secret value: enough to match it with a known token, useless without one.</summary>
    public static string Redacted(string value) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
}
