using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Grains.Contracts;

namespace VendorGrid.Silo.Storage;

/// <summary>
/// Contract history in vg.contract_definitions and vg.contract_facts (db/migrations/0004). Every statement is safe
/// to repeat, so each gets one retry on a fresh connection after a transient error (a restarted database).
/// </summary>
public sealed class PostgresContractHistory(NpgsqlDataSource database) : IContractHistory
{
    public Task<string?> ReadDefinitionAsync(string contractKey) =>
        TransientDatabaseRetry.RunAsync(database, () => ReadDefinitionOnceAsync(contractKey));

    public Task<string> SaveDefinitionAsync(string contractKey, string definitionJson) =>
        TransientDatabaseRetry.RunAsync(database, () => SaveDefinitionOnceAsync(contractKey, definitionJson));

    public Task<IReadOnlyList<ContractFact>> ReadFactsAsync(string contractKey) =>
        TransientDatabaseRetry.RunAsync(database, () => ReadFactsOnceAsync(contractKey));

    /// <summary>Safe to repeat: a fact is stored once per id, and a repeat returns the stored one.</summary>
    public Task<(ContractFact Stored, bool Inserted)> AppendFactAsync(string contractKey, ContractFact fact) =>
        TransientDatabaseRetry.RunAsync(database, () => AppendFactOnceAsync(contractKey, fact));

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

    private async Task<IReadOnlyList<ContractFact>> ReadFactsOnceAsync(string contractKey)
    {
        await using var command = database.CreateCommand(
            "SELECT payload::text FROM vg.contract_facts WHERE contract_key = $1 ORDER BY seq");
        command.Parameters.AddWithValue(contractKey);
        var facts = new List<ContractFact>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            facts.Add(JsonSerializer.Deserialize<ContractFact>(reader.GetString(0), ContractJson.Options)!);
        return facts;
    }

    private async Task<(ContractFact Stored, bool Inserted)> AppendFactOnceAsync(string contractKey, ContractFact fact)
    {
        await using var insert = database.CreateCommand("""
            INSERT INTO vg.contract_facts (contract_key, fact_id, fact_type, occurred_at, recorded_at, payload)
            VALUES ($1, $2, $3, $4, $5, $6)
            ON CONFLICT (contract_key, fact_id) DO NOTHING
            """);
        insert.Parameters.AddWithValue(contractKey);
        insert.Parameters.AddWithValue(fact.Id);
        insert.Parameters.AddWithValue(fact.Type);
        insert.Parameters.AddWithValue(fact.OccurredAt.ToUniversalTime());
        insert.Parameters.AddWithValue((fact.RecordedAt ?? fact.OccurredAt).ToUniversalTime());
        insert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Jsonb, Value = JsonSerializer.Serialize(fact, ContractJson.Options) });
        if (await insert.ExecuteNonQueryAsync() == 1) return (fact, true);

        await using var existing = database.CreateCommand(
            "SELECT payload::text FROM vg.contract_facts WHERE contract_key = $1 AND fact_id = $2");
        existing.Parameters.AddWithValue(contractKey);
        existing.Parameters.AddWithValue(fact.Id);
        var stored = (string)(await existing.ExecuteScalarAsync())!;
        return (JsonSerializer.Deserialize<ContractFact>(stored, ContractJson.Options)!, false);
    }
}
