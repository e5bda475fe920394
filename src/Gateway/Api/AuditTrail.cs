using Npgsql;
using VendorGrid.Gateway.Tenancy;

namespace VendorGrid.Gateway.Api;

/// <summary>
/// Writes one vg.audit_log row per state-changing call under /api (POST, PUT, PATCH, DELETE) after it is answered,
/// refusals included: who (token subject), role, tenant, method, route template, resource ids (a credential among them,
/// a feed token, as its hash), request id, status. Bodies are never written.
/// Reads write nothing. A failed audit write is logged as an error, not turned into a failed request: by then the
/// change is made and the response is on its way.
/// </summary>
public sealed class AuditTrail(RequestDelegate next, NpgsqlDataSource database, ILogger<AuditTrail> log)
{
    /// <summary>HttpContext item a handler sets to the institution owning the contract it changed.</summary>
    public const string ResourceTenantKey = "vg.audit.resource-tenant";

    public static void FileUnder(HttpContext http, string institutionId) => http.Items[ResourceTenantKey] = institutionId;

    private const string ChildKey = "vg.audit.resource-child";

    /// <summary>
    /// Names what the call made under its route's resource (an attached file's <c>sha256:…</c>): the row's resource id
    /// gains it as a last segment, so the fact's audit (?resource={contract}/{fact}) shows it.
    /// </summary>
    public static void NameChild(HttpContext http, string child) => http.Items[ChildKey] = child;

    public async Task InvokeAsync(HttpContext http)
    {
        if (!Hardening.IsApiChange(http.Request)) { await next(http); return; }
        var status = StatusCodes.Status500InternalServerError;
        try
        {
            await next(http);
            status = http.Response.StatusCode;
        }
        finally
        {
            await WriteAsync(http, status);
        }
    }

    private async Task WriteAsync(HttpContext http, int status)
    {
        var caller = CurrentCaller.From(http.User);
        var route = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern;
        var secret = http.GetEndpoint()?.Metadata.GetMetadata<SecretRouteValues>()?.Names ?? [];
        var ids = route?.Parameters.Select(p => (p.Name, Value: http.Request.RouteValues[p.Name]?.ToString()))
            .Where(p => p.Value is not null).Select(p => secret.Contains(p.Name) ? Secrets.Redacted(p.Value!) : p.Value!).ToArray() ?? [];
        if (http.Items[ChildKey] is string child) ids = [.. ids, child];
        try
        {
            await using var command = database.CreateCommand("""
                INSERT INTO vg.audit_log (subject, role, tenant, method, route, resource_id, request_id, status, resource_tenant)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
                """);
            foreach (var value in new object?[]
                     {
                         caller?.Subject ?? caller?.Name ?? "anonymous", caller?.Role, caller?.Tenant, http.Request.Method,
                         route?.RawText ?? http.Request.Path.Value, ids.Length == 0 ? null : string.Join('/', ids), http.TraceIdentifier, status,
                         http.Items[ResourceTenantKey] as string,
                     })
                command.Parameters.Add(new() { Value = value ?? DBNull.Value });
            await command.ExecuteNonQueryAsync();
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            log.LogError(e, "Audit row not written: {Method} {Path} {Status} request {RequestId}", http.Request.Method, http.Request.Path, status, http.TraceIdentifier);
        }
    }
}
