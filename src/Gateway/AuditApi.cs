using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;
using VendorGrid.Gateway.Api;
using VendorGrid.Gateway.Tenancy;

namespace VendorGrid.Gateway;

/// <summary>One state-changing call as the audit trail recorded it.</summary>
public sealed record AuditEntry(
    long Id, DateTimeOffset At, string Subject, string? Role, string? Tenant, string Method, string Route, string? ResourceId, string RequestId, int Status);

/// <summary>
/// GET /api/audit: newest first; an institution's admins read their own rows and every change made to their
/// contracts (a vendor's fact or dispute included); platform admins read every row.
/// </summary>
public static class AuditApi
{
    public static IEndpointRouteBuilder MapAudit(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/audit").RequireAuthorization(TenancyExtensions.CallerPolicy).WithTags("Audit")
            .MapGet("/", ListAsync).WithName("ListAuditEntries")
            .Documented("State-changing calls, newest first (paged: ?limit=&cursor=, next page in the Link header); filters: ?resource= (a contract " +
                "or other resource id: its own rows and those of anything under it, e.g. its ledger entries), ?subject= (part of who made the call), " +
                "?from=&to= (days in Asia/Shanghai, inclusive)",
                "institution-admin (its own institution's rows); platform-admin (all)", $"{EndpointDocs.Invalid} (limit, cursor, from, to)");
        return app;
    }

    public static async Task<Results<Ok<AuditEntry[]>, ProblemHttpResult>> ListAsync(
        string? limit, string? cursor, string? resource, string? subject, string? from, string? to,
        HttpContext http, CurrentCaller caller, NpgsqlDataSource database)
    {
        if (caller.Role is not (CallerRoles.PlatformAdmin or CallerRoles.InstitutionAdmin))
            return Problems.Refused("Only institution and platform administrators read the audit trail.");
        if (PageRequest.TryRead(limit, cursor, out var problem) is not { } page) return Problems.Invalid(problem.Path, problem.Message);
        long? before = null;
        if (page.After is not null)
        {
            if (!long.TryParse(page.After, out var id)) return Problems.Invalid("cursor", "is not a cursor this API returned");
            before = id;
        }
        if (!AuditFilters.TryRead(resource, subject, from, to, out var filters, out var filterProblem))
            return Problems.Invalid(filterProblem.Path, filterProblem.Message);

        await using var command = database.CreateCommand("""
            SELECT id, at, subject, role, tenant, method, route, resource_id, request_id, status FROM vg.audit_log
            WHERE ($1::text IS NULL OR tenant = $1 OR resource_tenant = $1) AND ($2::bigint IS NULL OR id < $2)
              AND ($4::text IS NULL OR resource_id = $4 OR starts_with(resource_id, $4 || '/'))
              AND ($5::text IS NULL OR strpos(lower(subject), lower($5)) > 0)
              AND ($6::timestamptz IS NULL OR at >= $6) AND ($7::timestamptz IS NULL OR at < $7)
            ORDER BY id DESC LIMIT $3
            """);
        command.Parameters.Add(new() { Value = caller.IsPlatformAdmin ? DBNull.Value : caller.InstitutionId! });
        command.Parameters.Add(new() { Value = before is null ? DBNull.Value : before.Value });
        command.Parameters.Add(new() { Value = page.Limit + 1 });
        filters.AddTo(command);
        var rows = new List<AuditEntry>();
        await using var reader = await command.ExecuteReaderAsync(http.RequestAborted);
        while (await reader.ReadAsync(http.RequestAborted))
            rows.Add(new(reader.GetInt64(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetString(2), Text(reader, 3), Text(reader, 4),
                reader.GetString(5), reader.GetString(6), Text(reader, 7), reader.GetString(8), reader.GetInt32(9)));
        if (rows.Count > page.Limit) page.Link(http, rows[page.Limit - 1].Id.ToString());
        return TypedResults.Ok(rows.Take(page.Limit).ToArray());
    }

    private static string? Text(NpgsqlDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);
}
