using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Npgsql;
using VendorGrid.Domain.Reminders;

namespace VendorGrid.Silo.Notifications;

/// <summary>
/// Whether an e-mail address may receive notifications, and the link that makes it so (vg.email_addresses, 0011).
/// A contact address someone typed into a contract or a party's profile gets, instead of its first reminder, one
/// e-mail with a link to <c>{VG_PUBLIC_URL}/verify-email?token=…</c>; it gets notifications only after someone
/// holding the mailbox followed it. A new link goes out at most once a day per address, so adding a stranger's
/// address as a contact yields that stranger one message a day at most, and nothing once they ignore it.
/// Only the SHA-256 of the token is stored. A portal account's username counts as verified (its invitation proved it).
/// </summary>
public sealed class EmailVerification(NpgsqlDataSource database, EmailChannel mail, string publicUrl)
{
    public static string PublicUrl(IConfiguration config) => (config["VG_PUBLIC_URL"] is { Length: > 0 } url ? url : "http://127.0.0.1:8080").TrimEnd('/');

    public async Task<bool> IsVerifiedAsync(string address, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("""
            SELECT EXISTS (SELECT 1 FROM vg.email_addresses WHERE address = lower($1) AND verified_at IS NOT NULL)
                OR EXISTS (SELECT 1 FROM vg.accounts WHERE lower(username) = lower($1) AND disabled_at IS NULL)
            """);
        command.Parameters.AddWithValue(address);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Sends a new link unless one went out in the last day; true when one was sent now.</summary>
    public async Task<bool> RequestAsync(string address, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        await using (var claim = database.CreateCommand("""
            INSERT INTO vg.email_addresses AS a (address, token_hash, requested_at, last_sent_at) VALUES (lower($1), $2, $3, $3)
            ON CONFLICT (address) DO UPDATE SET token_hash = excluded.token_hash, requested_at = excluded.requested_at, last_sent_at = excluded.last_sent_at
             WHERE a.verified_at IS NULL AND (a.last_sent_at IS NULL OR a.last_sent_at <= $3 - $4::interval)
            RETURNING address
            """))
        {
            claim.Parameters.AddWithValue(address);
            claim.Parameters.AddWithValue(Hash(token));
            claim.Parameters.AddWithValue(now.ToUniversalTime());
            claim.Parameters.AddWithValue(RecipientLimits.VerificationResend);
            if (await claim.ExecuteScalarAsync(cancellationToken) is null) return false;
        }
        try
        {
            await mail.SendAsync(address, "请确认您的邮箱 / Please confirm your e-mail address", Body(token), "verify-email", cancellationToken);
            return true;
        }
        catch
        {
            // Not sent: let the next attempt send one instead of waiting a day.
            await using var release = database.CreateCommand("UPDATE vg.email_addresses SET last_sent_at = NULL WHERE address = lower($1) AND verified_at IS NULL");
            release.Parameters.AddWithValue(address);
            await release.ExecuteNonQueryAsync(CancellationToken.None);
            throw;
        }
    }

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    private string Body(string token) => $"""
        您的邮箱被登记为 VendorGrid 合同履约平台某合同的联系人。确认后才会收到到期提醒；若与您无关，请忽略本邮件，您不会再收到任何消息。
        Your address was entered as a contact of a contract on VendorGrid. You will get deadline reminders only once you confirm;
        if this is not for you, ignore this message and nothing more will be sent.

        {publicUrl}/verify-email?token={token}

        （链接 7 天内有效 / the link is valid for 7 days）
        """;
}
