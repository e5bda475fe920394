using Npgsql;

namespace VendorGrid.Gateway.Accounts;

/// <summary>
/// Slows down password guessing per (account name, client) instead of locking the account: after
/// <see cref="AccountSettings.FreeAttempts"/> failed attempts by one client for one name, its next attempt must wait
/// 1 s, then 2 s, 4 s, … up to <see cref="AccountSettings.MaxBackoff"/>; an earlier one is refused unchecked. Nobody
/// else is affected, so a guesser cannot lock a victim out, and since the key is the name as typed, an unknown name
/// slows down exactly like a real one (no 423 that only real accounts get). A day without attempts starts afresh.
/// Every attempt is counted before its password is checked, in one statement, so parallel guesses cannot slip
/// through together; a success removes the count.
/// </summary>
public sealed class SignInBackoff(AccountStore store, AccountSettings settings)
{
    public static readonly TimeSpan ForgetAfter = TimeSpan.FromDays(1);

    /// <summary>Counts an attempt when it is allowed now (null), else says how long until the next one may be made.</summary>
    public async Task<TimeSpan?> TryAttemptAsync(string username, string client, CancellationToken cancel)
    {
        var (account, from, now) = (AccountKey(username), ClientKey(client), store.Now);
        await using var connection = await store.Database.OpenConnectionAsync(cancel);
        await using var transaction = await connection.BeginTransactionAsync(cancel);
        NpgsqlCommand Command(string sql, params object[] values)
        {
            var command = new NpgsqlCommand(sql, connection, transaction);
            foreach (var value in values) command.Parameters.Add(new() { Value = value });
            return command;
        }
        await using (var first = Command("""
            INSERT INTO vg.sign_in_backoff (account_key, client_key, failures, next_attempt_at, updated_at)
            VALUES ($1, $2, 0, $3, $3) ON CONFLICT DO NOTHING
            """, account, from, now))
            await first.ExecuteNonQueryAsync(cancel);
        int failures;
        DateTimeOffset next, updated;
        await using (var read = Command("""
            SELECT failures, next_attempt_at, updated_at FROM vg.sign_in_backoff WHERE account_key = $1 AND client_key = $2 FOR UPDATE
            """, account, from))
        await using (var reader = await read.ExecuteReaderAsync(cancel))
        {
            await reader.ReadAsync(cancel);
            (failures, next, updated) = (reader.GetInt32(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetFieldValue<DateTimeOffset>(2));
        }
        if (next > now) return next - now;

        failures = updated < now - ForgetAfter ? 1 : failures + 1;
        await using (var count = Command("""
            UPDATE vg.sign_in_backoff SET failures = $3, next_attempt_at = $4, updated_at = $5 WHERE account_key = $1 AND client_key = $2
            """, account, from, failures, now + Delay(failures, settings.FreeAttempts, settings.MaxBackoff), now))
            await count.ExecuteNonQueryAsync(cancel);
        await transaction.CommitAsync(cancel);
        return null;
    }

    /// <summary>A success forgets this client's failures for the name.</summary>
    public async Task SucceededAsync(string username, string client, CancellationToken cancel)
    {
        await using var forget = store.Command("DELETE FROM vg.sign_in_backoff WHERE account_key = $1 AND client_key = $2", AccountKey(username), ClientKey(client));
        await forget.ExecuteNonQueryAsync(cancel);
    }

    /// <summary>A new password (a reset) forgets every client's failures for the account's name.</summary>
    public async Task ForgetAsync(string username, CancellationToken cancel)
    {
        await using var forget = store.Command("DELETE FROM vg.sign_in_backoff WHERE account_key = $1", AccountKey(username));
        await forget.ExecuteNonQueryAsync(cancel);
    }

    /// <summary>The wait after the <paramref name="failures"/>-th counted attempt.</summary>
    public static TimeSpan Delay(int failures, int freeAttempts, TimeSpan max) =>
        failures < freeAttempts ? TimeSpan.Zero
        : failures - freeAttempts >= 30 ? max
        : TimeSpan.FromSeconds(Math.Min(Math.Pow(2, failures - freeAttempts), max.TotalSeconds));

    private static byte[] AccountKey(string username) => AccountStore.Hash("account:" + username.Trim().ToLowerInvariant());

    private static byte[] ClientKey(string client) => AccountStore.Hash("client:" + client);
}
