using Npgsql;

namespace VendorGrid.Gateway.Accounts;

/// <summary>An invitation to become a member of a party (its secret token is never part of it).</summary>
public sealed record Invitation(long Id, string Email, string DisplayName, string Role, string? InstitutionId, string? VendorId, DateTimeOffset ExpiresAt);

public enum AcceptOutcome { Accepted, NotFound, Expired, AlreadyMember, SignInFailed, Throttled }

public sealed record AcceptResult(AcceptOutcome Outcome, Member? Member = null, TimeSpan? RetryAfter = null);

/// <summary>
/// vg.account_invitations. The token exists in clear only in the e-mail sent to the invited address, so accepting
/// proves control of that address and the inviter, who never sees it, cannot accept in the invitee's place. Accepting
/// creates the account with the given password, or — when the address already has an account, say at another
/// party — adds the membership to it once its current password is given (checked like a sign-in, backoff included).
/// </summary>
public sealed class InvitationStore(AccountStore accounts, SignInBackoff backoff, AccountSettings settings)
{
    private const string Columns = "id, email, display_name, role, institution_id, vendor_id, expires_at";

    public async Task<(Invitation Invitation, string Token)> CreateAsync(string email, string displayName, string role, string? institution,
        string? vendor, string invitedBy, CancellationToken cancel)
    {
        var token = AccountStore.RandomToken();
        var now = accounts.Now;
        await using var command = accounts.Command($"""
            INSERT INTO vg.account_invitations (token_hash, email, display_name, role, institution_id, vendor_id, invited_by, created_at, expires_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING {Columns}
            """, AccountStore.Hash(token), email, displayName, role, institution, vendor, invitedBy, now, now + settings.InvitationLifetime);
        await using var reader = await command.ExecuteReaderAsync(cancel);
        await reader.ReadAsync(cancel);
        return (Read(reader), token);
    }

    /// <summary>The open invitation behind a token, or null; expired ones are returned (the caller says 410, not 404).</summary>
    public async Task<Invitation?> FindAsync(string token, CancellationToken cancel)
    {
        await using var command = accounts.Command($"SELECT {Columns} FROM vg.account_invitations WHERE token_hash = $1 AND accepted_at IS NULL",
            AccountStore.Hash(token));
        await using var reader = await command.ExecuteReaderAsync(cancel);
        return await reader.ReadAsync(cancel) ? Read(reader) : null;
    }

    public bool IsExpired(Invitation invitation) => invitation.ExpiresAt <= accounts.Now;

    /// <summary>
    /// Accepts once: the invitation row is locked and marked accepted in the transaction that adds the membership (and the
    /// account), so two racing accepts add one.
    /// </summary>
    public async Task<AcceptResult> AcceptAsync(string token, string password, string client, CancellationToken cancel)
    {
        if (await FindAsync(token, cancel) is not { } invitation) return new(AcceptOutcome.NotFound);
        if (IsExpired(invitation)) return new(AcceptOutcome.Expired);
        var existing = await accounts.FindWithPasswordAsync(invitation.Email, cancel);
        if (existing is not null)
        {
            if (await backoff.TryAttemptAsync(invitation.Email, client, cancel) is { } wait) return new(AcceptOutcome.Throttled, RetryAfter: wait);
            var hash = existing.Value.Account.DisabledAt is null ? existing.Value.PasswordHash : null;
            if (AccountStore.Verify(hash, password) == Microsoft.AspNetCore.Identity.PasswordVerificationResult.Failed)
                return new(AcceptOutcome.SignInFailed);
            await backoff.SucceededAsync(invitation.Email, client, cancel);
        }

        await using var connection = await accounts.Database.OpenConnectionAsync(cancel);
        await using var transaction = await connection.BeginTransactionAsync(cancel);
        NpgsqlCommand Command(string sql, params object?[] values)
        {
            var command = new NpgsqlCommand(sql, connection, transaction);
            foreach (var value in values) command.Parameters.Add(new() { Value = value ?? DBNull.Value });
            return command;
        }
        await using (var lockRow = Command("SELECT 1 FROM vg.account_invitations WHERE id = $1 AND accepted_at IS NULL FOR UPDATE", invitation.Id))
            if (await lockRow.ExecuteScalarAsync(cancel) is null) return new(AcceptOutcome.NotFound);

        var now = accounts.Now;
        long accountId;
        if (existing is { } found) accountId = found.Account.Id;
        else
        {
            await using var create = Command("""
                INSERT INTO vg.accounts (username, display_name, password_hash, created_at, created_by)
                SELECT email, display_name, $2, $3, invited_by FROM vg.account_invitations WHERE id = $1
                ON CONFLICT DO NOTHING RETURNING id
                """, invitation.Id, AccountStore.HashPassword(password), now);
            // Someone took the address between the look-up and here: accept again, now into the existing account.
            if (await create.ExecuteScalarAsync(cancel) is not long created) return new(AcceptOutcome.SignInFailed);
            accountId = created;
        }
        long membershipId;
        await using (var join = Command("""
            INSERT INTO vg.account_memberships (account_id, role, institution_id, vendor_id, created_at, created_by)
            SELECT $2, role, institution_id, vendor_id, $3, invited_by FROM vg.account_invitations WHERE id = $1
            ON CONFLICT DO NOTHING RETURNING id
            """, invitation.Id, accountId, now))
        {
            if (await join.ExecuteScalarAsync(cancel) is not long joined) return new(AcceptOutcome.AlreadyMember);
            membershipId = joined;
        }
        await using (var accept = Command("UPDATE vg.account_invitations SET accepted_at = $2, account_id = $3, membership_id = $4 WHERE id = $1",
                         invitation.Id, now, accountId, membershipId))
            await accept.ExecuteNonQueryAsync(cancel);
        await transaction.CommitAsync(cancel);
        return new(AcceptOutcome.Accepted, await accounts.FindMemberAsync(membershipId, cancel));
    }

    private static Invitation Read(NpgsqlDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4),
        r.IsDBNull(5) ? null : r.GetString(5), r.GetFieldValue<DateTimeOffset>(6));
}
