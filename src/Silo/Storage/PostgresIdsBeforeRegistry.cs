using Npgsql;
using VendorGrid.Grains.Platform;

namespace VendorGrid.Silo.Storage;

/// <summary>Reads vg.platform_ids_before_registry, which migration 0015 filled from the contracts and engineers stored before the registry.</summary>
public sealed class PostgresIdsBeforeRegistry(NpgsqlDataSource database) : IIdsBeforeRegistry
{
    public Task<string?> HolderAsync(string kind, string id, CancellationToken cancellationToken) =>
        TransientDatabaseRetry.RunAsync(database, () => ReadOnceAsync(kind, id, cancellationToken));

    private async Task<string?> ReadOnceAsync(string kind, string id, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand(
            "SELECT holder FROM vg.platform_ids_before_registry WHERE kind = $1 AND id = $2 ORDER BY holder COLLATE \"C\" LIMIT 1");
        command.Parameters.AddWithValue(kind);
        command.Parameters.AddWithValue(id);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }
}
