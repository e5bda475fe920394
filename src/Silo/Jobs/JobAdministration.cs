using System.Collections.Immutable;
using Hangfire;
using Npgsql;
using VendorGrid.Grains;
using VendorGrid.Grains.Jobs;

namespace VendorGrid.Silo.Jobs;

/// <summary>
/// Triggers recurring jobs through Hangfire's client (on the thread pool: it is synchronous I/O, and the caller
/// is a grain) and replays parked deliveries. Hangfire is resolved on first use, so a silo without it (a test
/// cluster) still activates the grain and answers the delivery questions.
/// </summary>
public sealed class JobAdministration(NpgsqlDataSource database, IServiceProvider services) : IJobAdministration
{
    public async Task<bool> TriggerAsync(string recurringJobId)
    {
        if (!RecurringJobRegistrar.Ids.Contains(recurringJobId)) return false;
        var manager = services.GetService<IRecurringJobManagerV2>()
            ?? throw new InvalidOperationException("this silo runs no Hangfire client");
        return await Task.Run(() => manager.TriggerJob(recurringJobId)) is not null;
    }

    public async Task<ImmutableArray<FailedDelivery>> ListFailedAsync(long? before, int limit)
    {
        await using var command = database.CreateCommand("""
            SELECT id, operation_key, channel, address, attempts, last_error, created_at
              FROM vg.notifications WHERE delivery = 'failed' AND ($1::bigint IS NULL OR id < $1) ORDER BY id DESC LIMIT $2
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = before is { } id ? id : DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bigint });
        command.Parameters.AddWithValue(limit);
        var list = ImmutableArray.CreateBuilder<FailedDelivery>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            list.Add(new FailedDelivery
            {
                Id = reader.GetInt64(0), OperationKey = reader.GetString(1), Channel = reader.GetString(2),
                Address = reader.IsDBNull(3) ? null : reader.GetString(3), Attempts = reader.GetInt32(4),
                LastError = reader.IsDBNull(5) ? null : reader.GetString(5), CreatedAt = reader.GetFieldValue<DateTimeOffset>(6),
            });
        return list.ToImmutable();
    }

    public Task<bool> ReplayAsync(long id, DateTimeOffset now) => NotificationDispatchJob.ReplayAsync(database, id, now);
}
