using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using VendorGrid.Domain.Contracts;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Grains.Contracts;

namespace VendorGrid.Silo.Storage;

/// <summary>
/// Contract history in vg.contract_definitions and vg.contract_facts (db/migrations/0004): one row per event. Every
/// statement is safe to repeat, so each gets one retry on a fresh connection after a transient error (a restarted
/// database); an append retried after it did commit meets its own rows and answers false, as for a concurrent append.
/// </summary>
public sealed class PostgresContractHistory(NpgsqlDataSource database) : IContractHistory
{
    public Task<string?> ReadDefinitionAsync(string contractKey) =>
        TransientDatabaseRetry.RunAsync(database, () => ReadDefinitionOnceAsync(contractKey));

    public Task<string> SaveDefinitionAsync(string contractKey, string definitionJson) =>
        TransientDatabaseRetry.RunAsync(database, () => SaveDefinitionOnceAsync(contractKey, definitionJson));

    public Task<IReadOnlyList<ContractEvent>> ReadEventsAsync(string contractKey) =>
        TransientDatabaseRetry.RunAsync(database, () => ReadEventsOnceAsync(contractKey));

    public Task<bool> AppendAsync(string contractKey, IReadOnlyList<ContractEvent> events) =>
        TransientDatabaseRetry.RunAsync(database, () => AppendOnceAsync(contractKey, events));

    private async Task<string?> ReadDefinitionOnceAsync(string contractKey)
    {
        await using var command = database.CreateCommand(
            "SELECT definition FROM vg.contract_definitions WHERE contract_key = $1 ORDER BY version DESC LIMIT 1");
        command.Parameters.AddWithValue(contractKey);
        return await command.ExecuteScalarAsync() as string;
    }

    private async Task<string> SaveDefinitionOnceAsync(string contractKey, string definitionJson)
    {
        await using var command = database.CreateCommand("""
            INSERT INTO vg.contract_definitions (contract_key, version, definition) VALUES ($1, 1, $2)
            ON CONFLICT (contract_key, version) DO NOTHING
            """);
        command.Parameters.AddWithValue(contractKey);
        command.Parameters.AddWithValue(definitionJson);
        await command.ExecuteNonQueryAsync();
        return await ReadDefinitionOnceAsync(contractKey) ?? definitionJson;
    }

    private async Task<IReadOnlyList<ContractEvent>> ReadEventsOnceAsync(string contractKey)
    {
        await using var command = database.CreateCommand(
            "SELECT payload::text FROM vg.contract_facts WHERE contract_key = $1 ORDER BY seq");
        command.Parameters.AddWithValue(contractKey);
        var events = new List<ContractEvent>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) events.Add(LegacyEvents.Read(reader.GetString(0)));
        return events;
    }

    private async Task<bool> AppendOnceAsync(string contractKey, IReadOnlyList<ContractEvent> events)
    {
        if (events.Count == 0) return true;
        await using var insert = database.CreateCommand("""
            INSERT INTO vg.contract_facts (contract_key, fact_id, fact_type, occurred_at, recorded_at, payload)
            SELECT $1, e.id, e.type, e.occurred, e.recorded, e.payload
            FROM unnest($2::text[], $3::text[], $4::timestamptz[], $5::timestamptz[], $6::jsonb[]) WITH ORDINALITY
                AS e(id, type, occurred, recorded, payload, n)
            ORDER BY e.n
            """);
        insert.Parameters.AddWithValue(contractKey);
        insert.Parameters.AddWithValue(events.Select(e => e.Id).ToArray());
        insert.Parameters.AddWithValue(events.Select(e => e.Type).ToArray());
        insert.Parameters.AddWithValue(events.Select(e => (e is ContractFact f ? f.OccurredAt : e.RecordedAt!.Value).ToUniversalTime()).ToArray());
        insert.Parameters.AddWithValue(events.Select(e => (e.RecordedAt ?? ((ContractFact)e).OccurredAt).ToUniversalTime()).ToArray());
        insert.Parameters.Add(new NpgsqlParameter
        {
            NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Jsonb,
            Value = events.Select(e => JsonSerializer.Serialize(e, ContractJson.Options)).ToArray(),
        });
        try
        {
            await insert.ExecuteNonQueryAsync();
            return true;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            return false;
        }
    }
}
