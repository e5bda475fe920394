namespace VendorGrid.Gateway.Accounts;

public enum ResetOutcome { Done, NotFound, Expired }

/// <summary>
/// vg.password_resets: one-time links e-mailed to an account's own address. Asking answers the same whether or not
/// the address has an account (the gateway says "if it has one, a link is on its way" either way); only an enabled
/// account gets a link, and at most one per <see cref="AccountSettings.PasswordResetInterval"/>. Using a link sets the
/// password, ends every session of the account, voids its other links and forgets its sign-in backoff.
/// </summary>
public sealed class PasswordResets(AccountStore accounts, SignInBackoff backoff, AccountSettings settings)
{
    /// <summary>A new token for the address's account, or null when there is none to send (unknown, disabled, asked too recently).</summary>
    public async Task<(Account Account, string Token)?> RequestAsync(string email, CancellationToken cancel)
    {
        var account = await accounts.FindByUsernameAsync(email, cancel);
        var now = accounts.Now;
        var token = AccountStore.RandomToken();
        // One statement whether or not there is an account, so both answers cost the same round trip.
        await using var command = accounts.Command("""
            INSERT INTO vg.password_resets (token_hash, account_id, created_at, expires_at)
            SELECT $1, a.id, $3, $4 FROM vg.accounts a
             WHERE a.id = $2 AND a.disabled_at IS NULL
               AND NOT EXISTS (SELECT 1 FROM vg.password_resets r WHERE r.account_id = a.id AND r.created_at > $5)
            """, AccountStore.Hash(token), account?.Id ?? -1L, now, now + settings.PasswordResetLifetime, now - settings.PasswordResetInterval);
        return await command.ExecuteNonQueryAsync(cancel) == 1 ? (account!, token) : null;
    }

    public async Task<ResetOutcome> CompleteAsync(string token, string password, CancellationToken cancel)
    {
        var now = accounts.Now;
        await using var use = accounts.Command("""
            UPDATE vg.password_resets r SET used_at = $2
              FROM vg.accounts a
             WHERE r.token_hash = $1 AND r.used_at IS NULL AND a.id = r.account_id AND a.disabled_at IS NULL
            RETURNING r.account_id, r.expires_at, a.username
            """, AccountStore.Hash(token), now);
        (long Id, DateTimeOffset Expires, string Username)? found = null;
        await using (var reader = await use.ExecuteReaderAsync(cancel))
            if (await reader.ReadAsync(cancel)) found = (reader.GetInt64(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetString(2));
        if (found is not { } reset) return ResetOutcome.NotFound;
        if (reset.Expires <= now) return ResetOutcome.Expired;

        await accounts.SetPasswordAsync(reset.Id, password, endSessions: true, cancel);
        await using (var others = accounts.Command("UPDATE vg.password_resets SET used_at = $2 WHERE account_id = $1 AND used_at IS NULL", reset.Id, now))
            await others.ExecuteNonQueryAsync(cancel);
        await backoff.ForgetAsync(reset.Username, cancel);
        return ResetOutcome.Done;
    }
}
