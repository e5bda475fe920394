using Npgsql;

namespace VendorGrid.Tests.Infrastructure;

/// <summary>
/// Runs the stored Orleans queries the way the ADO.NET providers do: text from OrleansQuery, parameters by name.
/// Lets tests hit the SQL contract directly, with races and stale versions no provider would produce on demand.
/// </summary>
public sealed class OrleansQueries(TestDatabase database)
{
    public async Task<object?> ScalarAsync(string queryKey, params (string Name, object? Value)[] parameters)
    {
        await using var source = database.CreateDataSource();
        await using var command = source.CreateCommand(await TextAsync(source, queryKey));
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        var result = await command.ExecuteScalarAsync();
        return result is DBNull ? null : result;
    }

    public async Task<List<Dictionary<string, object?>>> RowsAsync(string queryKey, params (string Name, object? Value)[] parameters)
    {
        await using var source = database.CreateDataSource();
        await using var command = source.CreateCommand(await TextAsync(source, queryKey));
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<Dictionary<string, object?>>();
        while (await reader.ReadAsync())
            rows.Add(Enumerable.Range(0, reader.FieldCount).ToDictionary(
                reader.GetName, i => reader.IsDBNull(i) ? null : reader.GetValue(i), StringComparer.OrdinalIgnoreCase));
        return rows;
    }

    private static async Task<string> TextAsync(NpgsqlDataSource source, string queryKey)
    {
        await using var command = source.CreateCommand("SELECT QueryText FROM OrleansQuery WHERE QueryKey = $1");
        command.Parameters.Add(new() { Value = queryKey });
        return (string)(await command.ExecuteScalarAsync() ?? throw new InvalidOperationException($"no query {queryKey}"));
    }
}
