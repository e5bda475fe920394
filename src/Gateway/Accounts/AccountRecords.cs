namespace VendorGrid.Gateway.Accounts;

/// <summary>One person's login as stored in vg.accounts: the e-mail address is the username (the password hash stays in the store).</summary>
public sealed record Account(long Id, string Username, string DisplayName, DateTimeOffset? DisabledAt, DateTimeOffset CreatedAt);

/// <summary>One role of a person in one party (vg.account_memberships); the party columns follow the role as a token's claims do.</summary>
public sealed record Membership(long Id, string Role, string? InstitutionId, string? VendorId, DateTimeOffset? DisabledAt, DateTimeOffset CreatedAt);

/// <summary>A person acting as one of their memberships: what a session signs in, with exactly a token's claims.</summary>
public sealed record Member(Account Account, Membership Membership)
{
    public bool Disabled => Account.DisabledAt is not null || Membership.DisabledAt is not null;
}

/// <summary>A live browser session: the member it signs in and the hash its CSRF header must match.</summary>
public sealed record Session(byte[] TokenHash, byte[] CsrfHash, Member Member);

/// <summary>What a new session hands to the browser, once: the cookie and CSRF values themselves.</summary>
public sealed record IssuedSession(string Token, string Csrf, DateTimeOffset ExpiresAt);
