using Npgsql;

namespace VendorGrid.Silo.Database;

/// <summary>
/// Least privilege: the role silos and gateways connect as reads and writes rows and nothing else. The migration role
/// owns every schema, table, function and the append-only triggers; the application role is granted data access
/// only, so it cannot create, alter, drop or truncate anything, nor disable a trigger (all need ownership), and on
/// the append-only tables (facts, definitions, audit) it may only insert and read. Re-run after every migration
/// (idempotent), so tables a later migration adds are covered.
/// </summary>
public static class AppRolePrivileges
{
    public static readonly string[] Schemas = ["vg", "orleans", JobSchema.Name];
    public static readonly string[] AppendOnlyTables =
        ["vg.contract_facts", "vg.contract_definitions", "vg.audit_log", "vg.evidence_blobs", "vg.evidence_attachments"];

    public static async Task GrantAsync(NpgsqlConnection connection, string appRole, CancellationToken cancel)
    {
        var role = Quote(appRole);
        var schemas = string.Join(", ", Schemas);
        await using var command = new NpgsqlCommand($"""
            GRANT USAGE ON SCHEMA {schemas} TO {role};
            GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schemas} TO {role};
            GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA {schemas} TO {role};
            GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA vg, orleans TO {role};
            GRANT SELECT ON orleansquery, vg_schema_migrations TO {role};
            REVOKE UPDATE, DELETE, TRUNCATE ON {string.Join(", ", AppendOnlyTables)} FROM {role};
            """, connection);
        await command.ExecuteNonQueryAsync(cancel);
    }

    /// <summary>The role named by a connection string's user, when it is not the migration role's own.</summary>
    public static string? AppRole(string appConnectionString, string migrationConnectionString)
    {
        var app = new NpgsqlConnectionStringBuilder(appConnectionString).Username;
        return app is { Length: > 0 } && app != new NpgsqlConnectionStringBuilder(migrationConnectionString).Username ? app : null;
    }

    private static string Quote(string identifier) => $"\"{identifier.Replace("\"", "\"\"")}\"";
}
