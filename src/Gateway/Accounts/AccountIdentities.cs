namespace VendorGrid.Gateway.Accounts;

/// <summary>
/// Which account an identity provider's user signs in (vg.account_identities). The provider's subject (issuer +
/// sub) is the identity: once linked, it alone matches, whatever e-mail the provider reports later. The first time,
/// only a verified e-mail that is an account's username links it — never a display or user name the person can set —
/// and an account already linked to another subject of the same provider is not handed to a second one (an address
/// the provider gave to someone new).
/// </summary>
public sealed class AccountIdentities(AccountStore accounts)
{
    /// <param name="verifiedEmail">The e-mail claim, only when the provider says <c>email_verified: true</c>.</param>
    public async Task<Member?> SignInAsync(string issuer, string subject, string? verifiedEmail, CancellationToken cancel)
    {
        long? accountId;
        await using (var linked = accounts.Command("SELECT account_id FROM vg.account_identities WHERE issuer = $1 AND subject = $2", issuer, subject))
            accountId = (long?)await linked.ExecuteScalarAsync(cancel);
        if (accountId is null)
        {
            if (verifiedEmail is null || await accounts.FindByUsernameAsync(verifiedEmail, cancel) is not { } account) return null;
            await using var link = accounts.Command("""
                INSERT INTO vg.account_identities (issuer, subject, account_id, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING
                """, issuer, subject, account.Id, accounts.Now);
            if (await link.ExecuteNonQueryAsync(cancel) == 0) return null;
            accountId = account.Id;
        }
        var members = await accounts.ActiveMembersAsync(accountId.Value, cancel);
        return members.Count > 0 ? members[0] : null;
    }
}
