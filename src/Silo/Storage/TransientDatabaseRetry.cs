using Npgsql;
using Polly;
using Polly.Retry;

namespace VendorGrid.Silo.Storage;

/// <summary>
/// One more try, on a fresh connection, for a statement that failed with an error Npgsql calls transient. After
/// PostgreSQL restarts, every idle pooled connection is dead but looks fine until used: the first statement on
/// one fails ("Broken pipe"), and so would the next pooled one. Clearing the pools before the retry makes it open
/// a new connection. Only for statements that are safe to run twice (reads, and writes that are idempotent by key).
/// </summary>
public static class TransientDatabaseRetry
{
    private static readonly ResiliencePropertyKey<NpgsqlDataSource> Database = new("vendorgrid.database");

    private static readonly ResiliencePipeline Once = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            MaxRetryAttempts = 1,
            Delay = TimeSpan.FromMilliseconds(100),
            ShouldHandle = new PredicateBuilder().Handle<NpgsqlException>(e => e.IsTransient),
            OnRetry = args =>
            {
                // This data source's pool, and the global one Orleans' ADO.NET storage opens its connections from.
                if (args.Context.Properties.TryGetValue(Database, out var database)) database.Clear();
                NpgsqlConnection.ClearAllPools();
                return default;
            },
        })
        .Build();

    /// <summary>Runs <paramref name="statement"/>; a transient failure clears <paramref name="database"/>'s pool (and the global ones) and runs it once more.</summary>
    public static async Task<T> RunAsync<T>(NpgsqlDataSource? database, Func<Task<T>> statement)
    {
        var context = ResilienceContextPool.Shared.Get();
        if (database is not null) context.Properties.Set(Database, database);
        try
        {
            return await Once.ExecuteAsync(static async (_, run) => await run(), context, statement);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    public static Task RunAsync(NpgsqlDataSource? database, Func<Task> statement) =>
        RunAsync(database, async () => { await statement(); return true; });
}
