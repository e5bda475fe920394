using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Npgsql;

namespace VendorGrid.Tests.Faults;

/// <summary>One write the load client sent: acknowledged when the gateway answered 201 (recorded) or 200 (already recorded).</summary>
public sealed record WriteAttempt(string Contract, string FactId, DateTime Sent, DateTime Answered, int Status, string? Error)
{
    public bool Acknowledged => Status is 200 or 201;
}

/// <summary>
/// A steady write load through the gateway: each worker records milestone facts (fresh operation ids) on the
/// institution's contracts in turn and logs every attempt, so a test can check every acknowledged write against
/// the database afterwards and measure how long writes failed or stalled around a fault.
/// </summary>
public sealed class WriteLoad(FaultCluster cluster, IReadOnlyList<Uri> gateways, string institution, IReadOnlyList<string> contracts)
{
    private readonly ConcurrentQueue<WriteAttempt> log = new();
    private readonly CancellationTokenSource stop = new();
    private Task running = Task.CompletedTask;

    public IReadOnlyCollection<WriteAttempt> Log => log;

    public void Start(int workers = 6, TimeSpan? pause = null)
    {
        var between = pause ?? TimeSpan.FromMilliseconds(20);
        running = Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(() => WorkAsync(w, between))));
    }

    public async Task StopAsync()
    {
        await stop.CancelAsync();
        await running;
    }

    /// <summary>Waits until <paramref name="count"/> more writes were acknowledged (the system makes progress).</summary>
    public async Task WaitForAcknowledgedAsync(int count, TimeSpan timeout)
    {
        var target = log.Count(w => w.Acknowledged) + count;
        await Eventually.Async(() => Task.FromResult(log.Count(w => w.Acknowledged) >= target), timeout,
            $"fewer than {count} writes were acknowledged within {timeout.TotalSeconds} s; last error: {log.LastOrDefault(w => !w.Acknowledged)?.Error}");
    }

    private async Task WorkAsync(int worker, TimeSpan pause)
    {
        // Writes pass through every gateway in turn: any gateway must reach every silo.
        using var client = cluster.Client(gateways[worker % gateways.Count], cluster.Token("institution-admin", institution), TimeSpan.FromSeconds(30));
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            var contract = contracts[(worker + n) % contracts.Count];
            var factId = $"m-w{worker}-{n}-{Guid.NewGuid():N}"[..28];
            var body = $$"""{ "id": "{{factId}}", "type": "milestone", "name": "bank-change", "occurredAt": "2026-03-01T10:00:00+08:00" }""";
            var sent = DateTime.UtcNow;
            try
            {
                using var response = await client.PostAsync($"/api/contracts/{contract}/events", new StringContent(body, Encoding.UTF8, "application/json"));
                var error = response.IsSuccessStatusCode ? null : await response.Content.ReadAsStringAsync();
                log.Enqueue(new WriteAttempt(contract, factId, sent, DateTime.UtcNow, (int)response.StatusCode, error));
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                log.Enqueue(new WriteAttempt(contract, factId, sent, DateTime.UtcNow, -1, e.GetType().Name + ": " + e.Message));
            }
            try { await Task.Delay(pause, stop.Token); } catch (OperationCanceledException) { }
        }
    }

    /// <summary>Failed requests, each error window (first failed request sent → last one answered), and the longest gap between acknowledgements.</summary>
    public LoadReport Report()
    {
        var all = log.ToArray();
        var failed = all.Where(w => !w.Acknowledged).ToArray();
        var acks = all.Where(w => w.Acknowledged).Select(w => w.Answered).Order().ToArray();
        var longestGap = acks.Zip(acks.Skip(1), (a, b) => b - a).DefaultIfEmpty(TimeSpan.Zero).Max();
        // Failures more than 5 s apart belong to different faults (two kills): one window each.
        var windows = new List<(DateTime From, DateTime To)>();
        foreach (var f in failed.OrderBy(f => f.Sent))
            if (windows.Count > 0 && f.Sent - windows[^1].To < TimeSpan.FromSeconds(5))
                windows[^1] = (windows[^1].From, f.Answered > windows[^1].To ? f.Answered : windows[^1].To);
            else
                windows.Add((f.Sent, f.Answered));
        var errorWindows = windows.Select(w => w.To - w.From).ToArray();
        var errorWindow = errorWindows.DefaultIfEmpty(TimeSpan.Zero).Max();
        var duration = all.Length == 0 ? TimeSpan.Zero : all.Max(w => w.Answered) - all.Min(w => w.Sent);
        return new LoadReport(all.Length, acks.Length, failed.Length, errorWindow, errorWindows, longestGap, duration,
            failed.GroupBy(f => f.Status).ToDictionary(g => g.Key, g => g.Count()), failed.FirstOrDefault()?.Error);
    }

    /// <summary>Every acknowledged fact id with how many rows the database holds for it (its contract's key included).</summary>
    public async Task<Dictionary<string, long>> StoredCopiesOfAcknowledgedAsync(string connectionString)
    {
        var acknowledged = log.Where(w => w.Acknowledged).Select(w => w.FactId).Distinct().ToArray();
        await using var source = NpgsqlDataSource.Create(connectionString);
        await using var command = source.CreateCommand(
            "SELECT fact_id, count(*) FROM vg.contract_facts WHERE contract_key LIKE $1 AND fact_id = ANY($2) GROUP BY fact_id");
        command.Parameters.AddWithValue(institution + "/%");
        command.Parameters.AddWithValue(acknowledged);
        var copies = acknowledged.ToDictionary(id => id, _ => 0L);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) copies[reader.GetString(0)] = reader.GetInt64(1);
        return copies;
    }
}

public sealed record LoadReport(int Sent, int Acknowledged, int Failed, TimeSpan ErrorWindow, TimeSpan[] ErrorWindows, TimeSpan LongestGapBetweenAcks, TimeSpan Duration,
    Dictionary<int, int> FailuresByStatus, string? FirstError)
{
    public override string ToString() =>
        $"{Sent} writes in {Duration.TotalSeconds:0.0} s: {Acknowledged} acknowledged, {Failed} failed " +
        $"({string.Join(", ", FailuresByStatus.Select(f => $"{(f.Key < 0 ? "no answer" : f.Key.ToString())}: {f.Value}"))}); " +
        $"error windows [{string.Join(", ", ErrorWindows.Select(w => $"{w.TotalSeconds:0.0} s"))}]; longest gap between acknowledgements {LongestGapBetweenAcks.TotalSeconds:0.0} s" +
        (FirstError is null ? "" : $"; first error: {FirstError[..Math.Min(300, FirstError.Length)]}");
}
