using VendorGrid.Grains.Jobs;
using Npgsql;

namespace VendorGrid.Silo.Jobs;

/// <summary>
/// Nightly clean-up of rows that only ever grow and stop mattering after a while: browser sessions that expired or
/// were revoked, invitations nobody accepted before they expired, stored first responses of Idempotency-Keys past
/// their retry window, sign-in backoff counts a day old (they start afresh then anyway) and spent or lapsed
/// password-reset links. The audit log, facts, notifications and the ledger are never touched: those are the
/// record. Times come from the application's clock, like the columns themselves, so the job is testable.
/// </summary>
public sealed class HousekeepingJob(NpgsqlDataSource database, TimeProvider clock, ILogger<HousekeepingJob> logger) : IHousekeepingJob
{
    Task IHousekeepingJob.RunAsync() => RunAsync();

    public const string RecurringId = "platform-housekeeping";

    /// <summary>03:15 Asia/Shanghai: after the day's last portal use, well before the 08:30 digest.</summary>
    public const string Cron = "15 3 * * *";

    /// <summary>An ended session is kept this long so "why was I signed out" can still be answered.</summary>
    public static readonly TimeSpan EndedSessionRetention = TimeSpan.FromDays(7);

    /// <summary>An expired, unaccepted invitation is kept this long so an admin can see it lapsed and re-invite.</summary>
    public static readonly TimeSpan LapsedInvitationRetention = TimeSpan.FromDays(30);

    /// <summary>
    /// How long a client may retry a POST with the same Idempotency-Key and get the first response back. Clients
    /// retry within minutes; a week covers a retry queue that was stuck over a long holiday.
    /// </summary>
    public static readonly TimeSpan IdempotencyRetention = TimeSpan.FromDays(7);

    public async Task<HousekeepingResult> RunAsync()
    {
        var now = clock.GetUtcNow();
        var sessions = await DeleteAsync("""
            DELETE FROM vg.account_sessions
             WHERE expires_at < $1 OR revoked_at < $1
            """, now - EndedSessionRetention);
        var invitations = await DeleteAsync("""
            DELETE FROM vg.account_invitations
             WHERE accepted_at IS NULL AND expires_at < $1
            """, now - LapsedInvitationRetention);
        var idempotencyKeys = await DeleteAsync("DELETE FROM vg.idempotency_keys WHERE created_at < $1", now - IdempotencyRetention);
        var backoffs = await DeleteAsync("DELETE FROM vg.sign_in_backoff WHERE updated_at < $1 AND next_attempt_at < $1", now - TimeSpan.FromDays(1));
        var resets = await DeleteAsync("DELETE FROM vg.password_resets WHERE expires_at < $1", now - EndedSessionRetention);
        var result = new HousekeepingResult(sessions, invitations, idempotencyKeys, backoffs, resets);
        logger.LogInformation("Housekeeping removed {Sessions} ended sessions, {Invitations} lapsed invitations and {Keys} idempotency keys",
            result.Sessions, result.Invitations, result.IdempotencyKeys);
        return result;
    }

    private async Task<int> DeleteAsync(string sql, DateTimeOffset before)
    {
        await using var command = database.CreateCommand(sql);
        command.Parameters.Add(new() { Value = before });
        return await command.ExecuteNonQueryAsync();
    }
}

/// <summary>How many rows one run removed, per kind.</summary>
public sealed record HousekeepingResult(int Sessions, int Invitations, int IdempotencyKeys, int SignInBackoffs = 0, int PasswordResets = 0);
