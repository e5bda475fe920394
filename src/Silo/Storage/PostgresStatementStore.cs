using System.Collections.Immutable;
using Npgsql;
using VendorGrid.Grains.Statements;

namespace VendorGrid.Silo.Storage;

/// <summary>Issued monthly statements in vg.contract_statements (db/migrations/0009).</summary>
public sealed class PostgresStatementStore(NpgsqlDataSource database) : IStatementStore
{
    public async Task<ImmutableArray<string>> ListMonthsAsync(string contractKey)
    {
        await using var command = database.CreateCommand("SELECT month FROM vg.contract_statements WHERE contract_key = $1 ORDER BY month DESC");
        command.Parameters.AddWithValue(contractKey);
        var months = ImmutableArray.CreateBuilder<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) months.Add(reader.GetString(0));
        return months.ToImmutable();
    }

    public async Task<byte[]?> ReadAsync(string contractKey, string month)
    {
        await using var command = database.CreateCommand("SELECT workbook FROM vg.contract_statements WHERE contract_key = $1 AND month = $2");
        command.Parameters.AddWithValue(contractKey);
        command.Parameters.AddWithValue(month);
        return await command.ExecuteScalarAsync() as byte[];
    }

    public async Task<bool> SaveAsync(string contractKey, string month, byte[] workbook, DateTimeOffset issuedAt)
    {
        await using var command = database.CreateCommand("""
            INSERT INTO vg.contract_statements (contract_key, month, workbook, issued_at) VALUES ($1, $2, $3, $4)
            ON CONFLICT (contract_key, month) DO NOTHING
            """);
        command.Parameters.AddWithValue(contractKey);
        command.Parameters.AddWithValue(month);
        command.Parameters.AddWithValue(workbook);
        command.Parameters.AddWithValue(issuedAt.ToUniversalTime());
        return await command.ExecuteNonQueryAsync() == 1;
    }
}
