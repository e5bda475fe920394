using System.Globalization;
using Npgsql;
using VendorGrid.Domain.Time;

namespace VendorGrid.Silo.Jobs;

/// <summary>
/// The 08:30 digest (Asia/Shanghai): one inbox notification per party with what is due in the next 7 days and
/// what is late, straight from the deadline index in one statement. Its operation key
/// <c>*:*:digest-{date}:{recipient}:inbox</c> makes a second run on the same day a no-op.
/// </summary>
public sealed class DailyDigestJob(NpgsqlDataSource database, TimeProvider clock, ILogger<DailyDigestJob> logger)
{
    public const string RecurringId = "daily-digest";
    public const string Cron = "30 8 * * *";

    public Task<int> RunAsync() => RunAsync(clock.GetUtcNow());

    public async Task<int> RunAsync(DateTimeOffset now)
    {
        var point = "digest-" + ShanghaiTime.LocalDate(now).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await using var command = database.CreateCommand("""
            INSERT INTO vg.notifications (operation_key, contract_key, obligation_id, point, recipient, channel, title, body,
                                          due_at, created_at, delivery)
            SELECT '*:*:' || $3 || ':' || recipient || ':inbox', '*', '*', $3, recipient, 'inbox',
                   '每日提醒：' || count(*) FILTER (WHERE status = 'open') || ' 项 7 日内到期，'
                                || count(*) FILTER (WHERE status = 'late') || ' 项已逾期',
                   string_agg(title || ' — ' || to_char(due_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI')
                              || CASE WHEN status = 'late' THEN '（已逾期）' ELSE '' END
                              || ' [' || contract_key || ']', E'\n' ORDER BY due_at, contract_key, obligation_id),
                   min(due_at), $1, 'delivered'
              FROM vg.deadline_index
             WHERE status = 'late' OR (status = 'open' AND due_at > $1 AND due_at <= $2)
             GROUP BY recipient
            ON CONFLICT (operation_key) DO NOTHING
            """);
        command.Parameters.AddWithValue(now.ToUniversalTime());
        command.Parameters.AddWithValue(now.AddDays(7).ToUniversalTime());
        command.Parameters.AddWithValue(point);
        var created = await command.ExecuteNonQueryAsync();
        logger.LogInformation("Daily digest {Point}: {Created} inboxes", point, created);
        return created;
    }
}
