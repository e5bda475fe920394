using System.Text.RegularExpressions;
using Hangfire.PostgreSql;
using Npgsql;

namespace VendorGrid.Silo.Database;

/// <summary>
/// Hangfire's tables (schema "hangfire"), installed by the migration step like the project's own scripts rather than
/// by Hangfire on first use: the silos and gateways connect as a role that may not create anything
/// (<see cref="AppRolePrivileges"/>), so their Hangfire storage runs with PrepareSchemaIfNecessary off.
/// </summary>
public static partial class JobSchema
{
    public const string Name = "hangfire";

    [GeneratedRegex(@"\.Install\.v(\d+)\.sql$")]
    private static partial Regex InstallScript();

    /// <summary>The schema version the referenced Hangfire.PostgreSql installs: its highest Install.vN.sql.</summary>
    public static int LatestVersion { get; } = typeof(PostgreSqlStorage).Assembly.GetManifestResourceNames()
        .Select(n => InstallScript().Match(n)).Where(m => m.Success).Max(m => int.Parse(m.Groups[1].Value));

    public static async Task<bool> IsCurrentAsync(NpgsqlConnection connection, CancellationToken cancel)
    {
        // Two statements: a query naming a missing table fails when parsed, whatever a CASE around it says.
        await using (var exists = new NpgsqlCommand($"SELECT to_regclass('{Name}.schema') IS NOT NULL", connection))
            if (!(bool)(await exists.ExecuteScalarAsync(cancel))!) return false;
        await using var command = new NpgsqlCommand($"SELECT coalesce(max(version), 0) FROM {Name}.schema", connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancel)) >= LatestVersion;
    }

    public static void Install(NpgsqlConnection connection) => PostgreSqlObjectsInstaller.Install(connection, Name);
}
