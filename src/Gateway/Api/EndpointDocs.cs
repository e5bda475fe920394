namespace VendorGrid.Gateway.Api;

/// <summary>
/// Every endpoint states in OpenAPI who may call it and how it fails, in the same words, so the reference page
/// (/api/reference) is the access policy a reviewer checks against the access-matrix test.
/// </summary>
public static class EndpointDocs
{
    private const string Common =
        "401 without a valid token; 403 (urn:vendorgrid:problem:forbidden) for a role not listed or a token without the claim its role needs; " +
        "429 with Retry-After over the per-caller rate limit";

    public static RouteHandlerBuilder Documented(this RouteHandlerBuilder endpoint, string summary, string roles, string? errors = null) =>
        endpoint.WithSummary(summary)
            .WithDescription($"**Roles:** {roles}.\n\n**Errors:** {Common}{(errors is null ? "" : "; " + errors)}.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

    public const string Readers = "every role that sees the contract: platform-admin any; institution roles their institution's; the contract's vendor";
    public const string NotFound = "404 (urn:vendorgrid:problem:contract-not-found) when the contract does not exist *or belongs to another tenant* — the same answer";
    public const string Invalid = "422 (urn:vendorgrid:problem:validation) with `errors` keyed by JSON path or parameter name";
    public const string Paged = "paged: ?limit= (1–200, default 50) and ?cursor=, the next page in the Link header";
    public const string Posted = "413 over 1 MiB; 422 for a member the caller may not set (mass assignment) or an Idempotency-Key reused with another body";
}
