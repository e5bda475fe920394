namespace VendorGrid.Gateway.Api;

/// <summary>Members an endpoint's body may legitimately carry although they are normally the platform's to set.</summary>
public sealed record AllowedMembers(string[] Members);

/// <summary>Further members the platform sets on this endpoint's resource (a fact's recordedBy, say).</summary>
public sealed record GuardedMembers(string[] Members);

/// <summary>
/// Mass assignment: <c>institution</c>, <c>vendor</c>, <c>role</c>, <c>status</c> and <c>version</c> come from the
/// token or the platform, never from a body. A top-level body member with one of these names (any letter case,
/// since JSON binding ignores it) is refused with 422 naming it, unless the endpoint declares it with
/// <see cref="AllowsMembers{TBuilder}"/>: a contract definition names its parties (the institution must still be the
/// caller's), and a fact's <c>role</c> is a staffing role. Nested members belong to the endpoint's own validation.
/// </summary>
public static class MassAssignment
{
    public static readonly string[] Guarded = ["institution", "vendor", "role", "status", "version"];

    public static TBuilder AllowsMembers<TBuilder>(this TBuilder endpoint, params string[] members) where TBuilder : IEndpointConventionBuilder =>
        endpoint.WithMetadata(new AllowedMembers(members));

    public static TBuilder GuardsMembers<TBuilder>(this TBuilder endpoint, params string[] members) where TBuilder : IEndpointConventionBuilder =>
        endpoint.WithMetadata(new GuardedMembers(members));

    /// <summary>The first guarded member among the body's top-level members that the endpoint does not allow, or null.</summary>
    public static string? Refused(IEnumerable<string> members, Endpoint? endpoint)
    {
        var allowed = endpoint?.Metadata.GetMetadata<AllowedMembers>()?.Members ?? [];
        var guarded = Guarded.Concat(endpoint?.Metadata.GetMetadata<GuardedMembers>()?.Members ?? []).ToArray();
        return members.FirstOrDefault(name =>
            guarded.Contains(name, StringComparer.OrdinalIgnoreCase) && !allowed.Contains(name, StringComparer.OrdinalIgnoreCase));
    }
}
