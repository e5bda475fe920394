using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;
using VendorGrid.Gateway.Api;
using VendorGrid.Gateway.Tenancy;

namespace VendorGrid.Gateway.Accounts;

/// <summary>An invitation not yet accepted and not yet expired, as its party's administrators see it: never its link.</summary>
public sealed record PendingInvitation(
    long Id, string Email, string DisplayName, string Role, string? Institution, string? Vendor, string InvitedBy,
    DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt);

/// <summary>
/// GET /api/users/invitations: the invitations of the caller's own party still waiting to be accepted (the server's
/// clock decides what has expired), newest first, so an administrator sees whom they already invited.
/// </summary>
public static class PendingInvitationsApi
{
    public static IEndpointRouteBuilder MapPendingInvitations(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/users/invitations", ListAsync).RequireAuthorization(TenancyExtensions.CallerPolicy).WithTags("Users")
            .WithName("ListPendingInvitations")
            .Documented($"Invitations of the caller's party not yet accepted nor expired, newest first ({EndpointDocs.Paged}); a platform admin sees all " +
                "and may filter by ?institution=&vendor=", "institution-admin (its institution's); vendor (its vendor's); platform-admin (all)",
                $"{EndpointDocs.Invalid} (limit, cursor)");
        return app;
    }

    public static async Task<Results<Ok<PendingInvitation[]>, ProblemHttpResult>> ListAsync(
        string? limit, string? cursor, string? institution, string? vendor, HttpContext http, CurrentCaller caller,
        NpgsqlDataSource database, TimeProvider clock)
    {
        if (caller.Role is not (CallerRoles.PlatformAdmin or CallerRoles.InstitutionAdmin or CallerRoles.Vendor))
            return Problems.Refused("Only administrators and vendor users list invitations.");
        (string? Institution, string? Vendor) scope = caller.IsPlatformAdmin ? (institution, vendor) : (caller.InstitutionId, caller.VendorId);
        if (PageRequest.TryRead(limit, cursor, out var problem) is not { } page) return Problems.Invalid(problem.Path, problem.Message);
        long? before = null;
        if (page.After is not null)
        {
            if (!long.TryParse(page.After, NumberStyles.None, CultureInfo.InvariantCulture, out var id)) return Problems.Invalid("cursor", "is not a cursor this API returned");
            before = id;
        }
        await using var command = database.CreateCommand("""
            SELECT id, email, display_name, role, institution_id, vendor_id, invited_by, created_at, expires_at FROM vg.account_invitations
            WHERE accepted_at IS NULL AND expires_at > $1 AND ($2::text IS NULL OR institution_id = $2) AND ($3::text IS NULL OR vendor_id = $3)
              AND ($4::bigint IS NULL OR id < $4)
            ORDER BY id DESC LIMIT $5
            """);
        command.Parameters.Add(new() { Value = clock.GetUtcNow() });
        command.Parameters.Add(new() { Value = (object?)scope.Institution ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = (object?)scope.Vendor ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = (object?)before ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bigint });
        command.Parameters.Add(new() { Value = page.Limit + 1 });
        var rows = new List<PendingInvitation>();
        await using var reader = await command.ExecuteReaderAsync(http.RequestAborted);
        while (await reader.ReadAsync(http.RequestAborted))
            rows.Add(new(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), Text(reader, 4), Text(reader, 5),
                reader.GetString(6), reader.GetFieldValue<DateTimeOffset>(7), reader.GetFieldValue<DateTimeOffset>(8)));
        if (rows.Count > page.Limit) page.Link(http, rows[page.Limit - 1].Id.ToString(CultureInfo.InvariantCulture));
        return TypedResults.Ok(rows.Take(page.Limit).ToArray());
    }

    private static string? Text(NpgsqlDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);
}
