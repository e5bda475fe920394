using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Npgsql;

namespace VendorGrid.Gateway.Accounts;

/// <summary>
/// vg.accounts, vg.account_memberships and vg.account_sessions. Secrets (session cookies, CSRF tokens, and the
/// invitation, reset and feed tokens elsewhere) are 256-bit random values stored only as SHA-256 hashes; passwords as
/// PasswordHasher hashes. Every time comes from the app's <see cref="TimeProvider"/>.
/// </summary>
public sealed class AccountStore(NpgsqlDataSource database, TimeProvider clock, AccountSettings settings, Security.SessionCache sessions)
{
    private static readonly PasswordHasher<Account> Hasher = new();

    /// <summary>A hash to verify against when there is no account, so both answers take the same time.</summary>
    private static readonly Lazy<string> DecoyHash = new(() => Hasher.HashPassword(null!, RandomToken()));

    private const string AccountColumns = "a.id, a.username, a.display_name, a.disabled_at, a.created_at";
    private const string MemberColumns = AccountColumns + ", m.id, m.role, m.institution_id, m.vendor_id, m.disabled_at, m.created_at";

    // In UTC whatever offset the provider reports: Npgsql writes timestamptz from UTC values only.
    public DateTimeOffset Now => clock.GetUtcNow().ToUniversalTime();

    public NpgsqlDataSource Database => database;

    public static string RandomToken() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static byte[] Hash(string secret) => SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret));

    public static string HashPassword(string password) => Hasher.HashPassword(null!, password);

    /// <summary>Checks a password against a stored hash, or against a decoy when there is none (same work either way).</summary>
    public static PasswordVerificationResult Verify(string? hash, string password)
    {
        if (hash is not null) return Hasher.VerifyHashedPassword(null!, hash, password);
        Hasher.VerifyHashedPassword(null!, DecoyHash.Value, password);
        return PasswordVerificationResult.Failed;
    }

    /// <summary>Replaces the password; with <paramref name="endSessions"/> every session of the account ends (a reset).</summary>
    public async Task SetPasswordAsync(long accountId, string password, bool endSessions, CancellationToken cancel)
    {
        await using var batch = database.CreateBatch();
        batch.BatchCommands.Add(new("UPDATE vg.accounts SET password_hash = $2 WHERE id = $1")
            { Parameters = { new() { Value = accountId }, new() { Value = HashPassword(password) } } });
        if (endSessions)
            batch.BatchCommands.Add(new("UPDATE vg.account_sessions SET revoked_at = $2 WHERE account_id = $1 AND revoked_at IS NULL")
                { Parameters = { new() { Value = accountId }, new() { Value = Now } } });
        await batch.ExecuteNonQueryAsync(cancel);
        if (endSessions) sessions.ForgetAccount(accountId);
    }

    internal static Account ReadAccount(NpgsqlDataReader r, int at = 0) => new(
        r.GetInt64(at), r.GetString(at + 1), r.GetString(at + 2),
        r.IsDBNull(at + 3) ? null : r.GetFieldValue<DateTimeOffset>(at + 3), r.GetFieldValue<DateTimeOffset>(at + 4));

    internal static Member ReadMember(NpgsqlDataReader r, int at = 0) => new(ReadAccount(r, at), new Membership(
        r.GetInt64(at + 5), r.GetString(at + 6), r.IsDBNull(at + 7) ? null : r.GetString(at + 7), r.IsDBNull(at + 8) ? null : r.GetString(at + 8),
        r.IsDBNull(at + 9) ? null : r.GetFieldValue<DateTimeOffset>(at + 9), r.GetFieldValue<DateTimeOffset>(at + 10)));

    internal NpgsqlCommand Command(string sql, params object?[] values)
    {
        var command = database.CreateCommand(sql);
        foreach (var value in values) command.Parameters.Add(new() { Value = value ?? DBNull.Value });
        return command;
    }

    /// <summary>The account with this username (any letter case) and its password hash, or null.</summary>
    public async Task<(Account Account, string? PasswordHash)?> FindWithPasswordAsync(string username, CancellationToken cancel)
    {
        await using var find = Command($"SELECT {AccountColumns}, a.password_hash FROM vg.accounts a WHERE lower(a.username) = lower($1)", username);
        await using var reader = await find.ExecuteReaderAsync(cancel);
        return await reader.ReadAsync(cancel) ? (ReadAccount(reader), reader.IsDBNull(5) ? null : reader.GetString(5)) : null;
    }

    public async Task<Account?> FindByUsernameAsync(string username, CancellationToken cancel) =>
        (await FindWithPasswordAsync(username, cancel))?.Account;

    /// <summary>The account's memberships that may sign in, oldest first (the first is where a sign-in lands by default).</summary>
    public async Task<List<Member>> ActiveMembersAsync(long accountId, CancellationToken cancel) =>
        await MembersAsync("a.id = $1 AND a.disabled_at IS NULL AND m.disabled_at IS NULL ORDER BY m.id", cancel, accountId);

    public async Task<Member?> FindMemberAsync(long membershipId, CancellationToken cancel) =>
        (await MembersAsync("m.id = $1", cancel, membershipId)).SingleOrDefault();

    /// <summary>One page of members in membership order, optionally limited to one institution and/or vendor.</summary>
    public async Task<List<Member>> ListAsync(string? institution, string? vendor, long after, int limit, CancellationToken cancel) =>
        await MembersAsync("($1::text IS NULL OR m.institution_id = $1) AND ($2::text IS NULL OR m.vendor_id = $2) AND m.id > $3 ORDER BY m.id LIMIT $4",
            cancel, institution, vendor, after, limit);

    private async Task<List<Member>> MembersAsync(string where, CancellationToken cancel, params object?[] values)
    {
        await using var command = Command($"SELECT {MemberColumns} FROM vg.account_memberships m JOIN vg.accounts a ON a.id = m.account_id WHERE {where}", values);
        var rows = new List<Member>();
        await using var reader = await command.ExecuteReaderAsync(cancel);
        while (await reader.ReadAsync(cancel)) rows.Add(ReadMember(reader));
        return rows;
    }

    /// <summary>Whether the address already has a membership (enabled or not) in this party.</summary>
    public async Task<bool> IsMemberAsync(string username, string? institution, string? vendor, CancellationToken cancel)
    {
        await using var command = Command("""
            SELECT EXISTS (SELECT 1 FROM vg.account_memberships m JOIN vg.accounts a ON a.id = m.account_id
                           WHERE lower(a.username) = lower($1) AND m.institution_id IS NOT DISTINCT FROM $2::text AND m.vendor_id IS NOT DISTINCT FROM $3::text)
            """, username, institution, vendor);
        return (bool)(await command.ExecuteScalarAsync(cancel))!;
    }

    public async Task<IssuedSession> StartSessionAsync(Member member, CancellationToken cancel)
    {
        var (token, csrf) = (RandomToken(), RandomToken());
        var now = Now;
        var expires = now + settings.SessionLifetime;
        await using var command = Command("""
            INSERT INTO vg.account_sessions (token_hash, account_id, membership_id, csrf_hash, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)
            """, Hash(token), member.Account.Id, member.Membership.Id, Hash(csrf), now, expires);
        await command.ExecuteNonQueryAsync(cancel);
        return new(token, csrf, expires);
    }

    /// <summary>
    /// The session behind a cookie, or null when it is unknown, expired, revoked, or its account or membership disabled;
    /// read from the database at most once per <see cref="Security.SessionCache"/> window.
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
            SELECT s.csrf_hash, {MemberColumns}
            FROM vg.account_sessions s JOIN vg.account_memberships m ON m.id = s.membership_id JOIN vg.accounts a ON a.id = m.account_id
            WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > $2 AND a.disabled_at IS NULL AND m.disabled_at IS NULL
            """, hash, Now);
        await using var reader = await command.ExecuteReaderAsync(cancel);
        return await reader.ReadAsync(cancel) ? new Session(hash, (byte[])reader[0], ReadMember(reader, 1)) : null;
    }

    public async Task RevokeSessionAsync(byte[] tokenHash, CancellationToken cancel)
    {
        sessions.Forget(tokenHash);
        await using var command = Command("UPDATE vg.account_sessions SET revoked_at = $2 WHERE token_hash = $1 AND revoked_at IS NULL", tokenHash, Now);
        await command.ExecuteNonQueryAsync(cancel);
    }

    /// <summary>Creates an account with one membership directly (tests, and the portal tests' demo logins); false when the username is taken.</summary>
    public async Task<bool> CreateAccountAsync(string username, string displayName, string role, string? institution, string? vendor,
        string password, string createdBy, CancellationToken cancel = default)
    {
        await using var command = Command("""
            WITH account AS (
                INSERT INTO vg.accounts (username, display_name, password_hash, created_at, created_by) VALUES ($1, $2, $6, $7, $8)
                ON CONFLICT DO NOTHING RETURNING id)
            INSERT INTO vg.account_memberships (account_id, role, institution_id, vendor_id, created_at, created_by)
            SELECT id, $3, $4, $5, $7, $8 FROM account
            """, username, displayName, role, institution, vendor, HashPassword(password), Now, createdBy);
        return await command.ExecuteNonQueryAsync(cancel) == 1;
    }

    /// <summary>
    /// Disables one membership and revokes its sessions (each gateway re-checks within its session cache window, this one
    /// at once); the person's other memberships stay.
    /// </summary>
    public async Task<Member> DisableAsync(Member member, CancellationToken cancel)
    {
        var now = Now;
        await using var batch = database.CreateBatch();
        batch.BatchCommands.Add(new("UPDATE vg.account_memberships SET disabled_at = coalesce(disabled_at, $2) WHERE id = $1")
            { Parameters = { new() { Value = member.Membership.Id }, new() { Value = now } } });
        batch.BatchCommands.Add(new("UPDATE vg.account_sessions SET revoked_at = $2 WHERE membership_id = $1 AND revoked_at IS NULL")
            { Parameters = { new() { Value = member.Membership.Id }, new() { Value = now } } });
        await batch.ExecuteNonQueryAsync(cancel);
        sessions.ForgetMembership(member.Membership.Id);
        return member with { Membership = member.Membership with { DisabledAt = member.Membership.DisabledAt ?? now } };
    }

    public async Task<bool> AnyAsync(CancellationToken cancel)
    {
        await using var command = Command("SELECT EXISTS (SELECT 1 FROM vg.accounts)");
        return (bool)(await command.ExecuteScalarAsync(cancel))!;
    }
}
