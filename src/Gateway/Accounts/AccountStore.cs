using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Npgsql;

namespace VendorGrid.Gateway.Accounts;

/// <summary>One login as stored in vg.accounts (the password hash stays inside <see cref="AccountStore"/>).</summary>
public sealed record Account(
    long Id, string Username, string DisplayName, string Role, string? InstitutionId, string? VendorId,
    DateTimeOffset? DisabledAt, DateTimeOffset? LockedUntil, DateTimeOffset CreatedAt);

/// <summary>A live browser session: the account it signs in and the hash its CSRF header must match.</summary>
public sealed record Session(byte[] TokenHash, byte[] CsrfHash, Account Account);

/// <summary>What a new session hands to the browser, once: the cookie and CSRF values themselves.</summary>
public sealed record IssuedSession(string Token, string Csrf, DateTimeOffset ExpiresAt);

/// <summary>An invitation as created: its secret token is only ever returned here.</summary>
public sealed record IssuedInvitation(long Id, string Token, DateTimeOffset ExpiresAt);

/// <summary>How an attempt to sign in went.</summary>
public enum SignInOutcome { SignedIn, Failed, Locked }

public sealed record SignInResult(SignInOutcome Outcome, Account? Account = null, DateTimeOffset? LockedUntil = null);

public enum AcceptOutcome { Accepted, NotFound, Expired, UsernameTaken }

/// <summary>
/// vg.accounts, vg.account_sessions and vg.account_invitations. Secrets (session cookies, CSRF tokens, invitation
/// tokens) are 256-bit random values stored only as SHA-256 hashes; passwords as PasswordHasher hashes. Every time
/// comes from the app's <see cref="TimeProvider"/>.
/// </summary>
public sealed class AccountStore(NpgsqlDataSource database, TimeProvider clock, AccountSettings settings, Security.SessionCache sessions)
{
    private static readonly PasswordHasher<Account> Hasher = new();

    /// <summary>A hash to verify against when the username is unknown, so both answers take the same time.</summary>
    private static readonly Lazy<string> DecoyHash = new(() => Hasher.HashPassword(null!, RandomToken()));

    private const string Columns = "id, username, display_name, role, institution_id, vendor_id, disabled_at, locked_until, created_at";

    // In UTC whatever offset the provider reports: Npgsql writes timestamptz from UTC values only.
    public DateTimeOffset Now => clock.GetUtcNow().ToUniversalTime();

    public static string RandomToken() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static byte[] Hash(string secret) => SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret));

    public static string HashPassword(string password) => Hasher.HashPassword(null!, password);

    private static Account Read(NpgsqlDataReader r, int at = 0) => new(
        r.GetInt64(at), r.GetString(at + 1), r.GetString(at + 2), r.GetString(at + 3),
        r.IsDBNull(at + 4) ? null : r.GetString(at + 4), r.IsDBNull(at + 5) ? null : r.GetString(at + 5),
        r.IsDBNull(at + 6) ? null : r.GetFieldValue<DateTimeOffset>(at + 6), r.IsDBNull(at + 7) ? null : r.GetFieldValue<DateTimeOffset>(at + 7),
        r.GetFieldValue<DateTimeOffset>(at + 8));

    private NpgsqlCommand Command(string sql, params object?[] values)
    {
        var command = database.CreateCommand(sql);
        foreach (var value in values) command.Parameters.Add(new() { Value = value ?? DBNull.Value });
        return command;
    }

    /// <summary>
    /// Checks a password. Unknown and disabled users fail exactly like a wrong password (same status, same work);
    /// the <see cref="AccountSettings.LockoutAttempts"/>-th consecutive failure locks the account for the window,
    /// during which even the right password is refused.
    /// </summary>
    public async Task<SignInResult> SignInAsync(string username, string password, CancellationToken cancel)
    {
        string? hash = null;
        Account? account = null;
        await using (var find = Command($"SELECT {Columns}, password_hash FROM vg.accounts WHERE lower(username) = lower($1)", username))
        await using (var reader = await find.ExecuteReaderAsync(cancel))
            if (await reader.ReadAsync(cancel))
            {
                account = Read(reader);
                hash = reader.IsDBNull(9) ? null : reader.GetString(9);
            }

        var now = Now;
        if (account is null || account.DisabledAt is not null || hash is null)
        {
            Hasher.VerifyHashedPassword(null!, DecoyHash.Value, password);
            return new(SignInOutcome.Failed);
        }
        if (account.LockedUntil > now) return new(SignInOutcome.Locked, LockedUntil: account.LockedUntil);

        var verdict = Hasher.VerifyHashedPassword(account, hash, password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            // One statement, so concurrent failures all count and exactly one of them locks.
            await using var fail = Command("""
                UPDATE vg.accounts SET
                    locked_until = CASE WHEN failed_attempts + 1 >= $2 THEN $3 ELSE locked_until END,
                    failed_attempts = CASE WHEN failed_attempts + 1 >= $2 THEN 0 ELSE failed_attempts + 1 END
                WHERE id = $1 RETURNING locked_until
                """, account.Id, settings.LockoutAttempts, now + settings.LockoutWindow);
            DateTimeOffset? lockedUntil = null;
            await using (var reader = await fail.ExecuteReaderAsync(cancel))
                if (await reader.ReadAsync(cancel) && !reader.IsDBNull(0)) lockedUntil = reader.GetFieldValue<DateTimeOffset>(0);
            return lockedUntil > now ? new(SignInOutcome.Locked, LockedUntil: lockedUntil) : new(SignInOutcome.Failed);
        }

        await using var succeed = Command("""
            UPDATE vg.accounts SET failed_attempts = 0, locked_until = NULL, password_hash = coalesce($2, password_hash) WHERE id = $1
            """, account.Id, verdict == PasswordVerificationResult.SuccessRehashNeeded ? Hasher.HashPassword(account, password) : null);
        await succeed.ExecuteNonQueryAsync(cancel);
        return new(SignInOutcome.SignedIn, account with { LockedUntil = null });
    }

    public async Task<Account?> FindByUsernameAsync(string username, CancellationToken cancel)
    {
        await using var command = Command($"SELECT {Columns} FROM vg.accounts WHERE lower(username) = lower($1)", username);
        await using var reader = await command.ExecuteReaderAsync(cancel);
        return await reader.ReadAsync(cancel) ? Read(reader) : null;
    }

    public async Task<IssuedSession> StartSessionAsync(long accountId, CancellationToken cancel)
    {
        var (token, csrf) = (RandomToken(), RandomToken());
        var now = Now;
        var expires = now + settings.SessionLifetime;
        await using var command = Command("""
            INSERT INTO vg.account_sessions (token_hash, account_id, csrf_hash, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)
            """, Hash(token), accountId, Hash(csrf), now, expires);
        await command.ExecuteNonQueryAsync(cancel);
        return new(token, csrf, expires);
    }

    /// <summary>
    /// The session behind a cookie, or null when it is unknown, expired, revoked or its account disabled; read from the
    /// database at most once per <see cref="Security.SessionCache"/> window.
    /// </summary>
    public async Task<Session?> FindSessionAsync(string token, CancellationToken cancel)
    {
        var hash = Hash(token);
        if (sessions.Find(hash) is { } recent) return recent;
        var found = await ReadSessionAsync(hash, cancel);
        if (found is not null) sessions.Keep(found);
        return found;
    }

    private async Task<Session?> ReadSessionAsync(byte[] hash, CancellationToken cancel)
    {
        await using var command = Command($"""
            SELECT s.csrf_hash, {string.Join(", ", Columns.Split(", ").Select(c => "a." + c))}
            FROM vg.account_sessions s JOIN vg.accounts a ON a.id = s.account_id
            WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > $2 AND a.disabled_at IS NULL
            """, hash, Now);
        await using var reader = await command.ExecuteReaderAsync(cancel);
        return await reader.ReadAsync(cancel) ? new Session(hash, (byte[])reader[0], Read(reader, 1)) : null;
    }

    public async Task RevokeSessionAsync(byte[] tokenHash, CancellationToken cancel)
    {
        sessions.Forget(tokenHash);
        await using var command = Command("UPDATE vg.account_sessions SET revoked_at = $2 WHERE token_hash = $1 AND revoked_at IS NULL", tokenHash, Now);
        await command.ExecuteNonQueryAsync(cancel);
    }

    /// <summary>Creates an account directly (demo seeding, tests); false when the username is taken.</summary>
    public async Task<bool> CreateAccountAsync(string username, string displayName, string role, string? institution, string? vendor,
        string password, string createdBy, CancellationToken cancel = default)
    {
        await using var command = Command("""
            INSERT INTO vg.accounts (username, display_name, role, institution_id, vendor_id, password_hash, created_at, created_by)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING
            """, username, displayName, role, institution, vendor, HashPassword(password), Now, createdBy);
        return await command.ExecuteNonQueryAsync(cancel) == 1;
    }

    public async Task<IssuedInvitation> InviteAsync(string email, string displayName, string role, string? institution, string? vendor,
        string invitedBy, CancellationToken cancel)
    {
        var token = RandomToken();
        var expires = Now + settings.InvitationLifetime;
        await using var command = Command("""
            INSERT INTO vg.account_invitations (token_hash, email, display_name, role, institution_id, vendor_id, invited_by, created_at, expires_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id
            """, Hash(token), email, displayName, role, institution, vendor, invitedBy, Now, expires);
        return new((long)(await command.ExecuteScalarAsync(cancel))!, token, expires);
    }

    /// <summary>
    /// Turns an invitation into an account, once: the invitation row is locked and marked accepted in the same
    /// transaction that inserts the account, so two racing accepts create one account.
    /// </summary>
    public async Task<(AcceptOutcome Outcome, Account? Account)> AcceptAsync(string token, string password, CancellationToken cancel)
    {
        var passwordHash = HashPassword(password);
        await using var connection = await database.OpenConnectionAsync(cancel);
        await using var transaction = await connection.BeginTransactionAsync(cancel);
        long id;
        DateTimeOffset expires;
        await using (var find = new NpgsqlCommand("""
            SELECT id, expires_at FROM vg.account_invitations
            WHERE token_hash = $1 AND accepted_at IS NULL FOR UPDATE
            """, connection, transaction) { Parameters = { new() { Value = Hash(token) } } })
        await using (var reader = await find.ExecuteReaderAsync(cancel))
        {
            if (!await reader.ReadAsync(cancel)) return (AcceptOutcome.NotFound, null);
            (id, expires) = (reader.GetInt64(0), reader.GetFieldValue<DateTimeOffset>(1));
        }
        var now = Now;
        if (expires <= now) return (AcceptOutcome.Expired, null);

        Account? account = null;
        await using (var insert = new NpgsqlCommand($"""
            INSERT INTO vg.accounts (username, display_name, role, institution_id, vendor_id, password_hash, created_at, created_by)
            SELECT email, display_name, role, institution_id, vendor_id, $2, $3, invited_by FROM vg.account_invitations WHERE id = $1
            ON CONFLICT DO NOTHING RETURNING {Columns}
            """, connection, transaction) { Parameters = { new() { Value = id }, new() { Value = passwordHash }, new() { Value = now } } })
        await using (var reader = await insert.ExecuteReaderAsync(cancel))
            if (await reader.ReadAsync(cancel)) account = Read(reader);
        if (account is null) return (AcceptOutcome.UsernameTaken, null);

        await using (var accept = new NpgsqlCommand("UPDATE vg.account_invitations SET accepted_at = $2, account_id = $3 WHERE id = $1", connection, transaction)
                     { Parameters = { new() { Value = id }, new() { Value = now }, new() { Value = account.Id } } })
            await accept.ExecuteNonQueryAsync(cancel);
        await transaction.CommitAsync(cancel);
        return (AcceptOutcome.Accepted, account);
    }

    /// <summary>One page of accounts in id order, optionally limited to one institution and/or vendor.</summary>
    public async Task<List<Account>> ListAsync(string? institution, string? vendor, long after, int limit, CancellationToken cancel)
    {
        await using var command = Command($"""
            SELECT {Columns} FROM vg.accounts
            WHERE ($1::text IS NULL OR institution_id = $1) AND ($2::text IS NULL OR vendor_id = $2) AND id > $3
            ORDER BY id LIMIT $4
            """, institution, vendor, after, limit);
        var rows = new List<Account>();
        await using var reader = await command.ExecuteReaderAsync(cancel);
        while (await reader.ReadAsync(cancel)) rows.Add(Read(reader));
        return rows;
    }

    public async Task<Account?> FindAsync(long id, CancellationToken cancel)
    {
        await using var command = Command($"SELECT {Columns} FROM vg.accounts WHERE id = $1", id);
        await using var reader = await command.ExecuteReaderAsync(cancel);
        return await reader.ReadAsync(cancel) ? Read(reader) : null;
    }

    /// <summary>Disables an account and revokes its sessions (every request re-checks the account, too).</summary>
    public async Task<Account> DisableAsync(Account account, CancellationToken cancel)
    {
        var now = Now;
        await using var batch = database.CreateBatch();
        batch.BatchCommands.Add(new("UPDATE vg.accounts SET disabled_at = coalesce(disabled_at, $2) WHERE id = $1")
            { Parameters = { new() { Value = account.Id }, new() { Value = now } } });
        batch.BatchCommands.Add(new("UPDATE vg.account_sessions SET revoked_at = $2 WHERE account_id = $1 AND revoked_at IS NULL")
            { Parameters = { new() { Value = account.Id }, new() { Value = now } } });
        await batch.ExecuteNonQueryAsync(cancel);
        sessions.ForgetAccount(account.Id);
        return account with { DisabledAt = account.DisabledAt ?? now };
    }

    public async Task<bool> AnyAsync(CancellationToken cancel)
    {
        await using var command = Command("SELECT EXISTS (SELECT 1 FROM vg.accounts)");
        return (bool)(await command.ExecuteScalarAsync(cancel))!;
    }
}
