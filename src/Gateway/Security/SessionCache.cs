using System.Collections.Concurrent;
using VendorGrid.Gateway.Accounts;
using VendorGrid.Gateway.Hosting;

namespace VendorGrid.Gateway.Security;

/// <summary>
/// The sessions this gateway read from vg.account_sessions in the last <see cref="GatewaySettings.SessionCacheWindow"/>
/// (10 s by default), so a browser's burst of requests costs one database query, not one each. What that costs: a
/// sign-out, a disabled account or an expired session ends at once on the gateway that handled it (it forgets the
/// session), and on every other gateway within the window. Keyed by the cookie's SHA-256 (the cookie itself is
/// never held); unknown cookies are not remembered, so a new session works at once. Bounded to
/// <see cref="MaxEntries"/>: when full, lapsed entries go, and if none has lapsed the next session is simply not kept.
/// </summary>
public sealed class SessionCache(TimeProvider clock, GatewaySettings settings)
{
    public const int MaxEntries = 50_000;

    private sealed record Entry(Session Session, DateTimeOffset Until);

    private readonly ConcurrentDictionary<string, Entry> sessions = new(StringComparer.Ordinal);

    /// <summary>A session read within the window, or null (then the caller reads the database and <see cref="Keep"/>s it).</summary>
    public Session? Find(byte[] tokenHash)
    {
        var key = Convert.ToHexString(tokenHash);
        if (!sessions.TryGetValue(key, out var entry)) return null;
        if (clock.GetUtcNow() < entry.Until) return entry.Session;
        sessions.TryRemove(KeyValuePair.Create(key, entry));
        return null;
    }

    public void Keep(Session session)
    {
        if (settings.SessionCacheWindow <= TimeSpan.Zero) return;
        var now = clock.GetUtcNow();
        if (sessions.Count >= MaxEntries)
            foreach (var (key, entry) in sessions)
                if (entry.Until <= now) sessions.TryRemove(key, out _);
        if (sessions.Count < MaxEntries) sessions[Convert.ToHexString(session.TokenHash)] = new Entry(session, now + settings.SessionCacheWindow);
    }

    /// <summary>Signed out here: the session stops working on this gateway at once.</summary>
    public void Forget(byte[] tokenHash) => sessions.TryRemove(Convert.ToHexString(tokenHash), out _);

    /// <summary>Password reset here: every session of the account stops working on this gateway at once.</summary>
    public void ForgetAccount(long accountId) => ForgetWhere(session => session.Member.Account.Id == accountId);

    /// <summary>Membership disabled here: every session signed in to it stops working on this gateway at once.</summary>
    public void ForgetMembership(long membershipId) => ForgetWhere(session => session.Member.Membership.Id == membershipId);

    private void ForgetWhere(Func<Session, bool> matches)
    {
        foreach (var (key, entry) in sessions)
            if (matches(entry.Session)) sessions.TryRemove(key, out _);
    }
}
