using Microsoft.AspNetCore.Identity;

namespace VendorGrid.Gateway.Accounts;

/// <summary>How an attempt to sign in went.</summary>
public enum SignInOutcome { SignedIn, Failed, Throttled }

public sealed record SignInResult(SignInOutcome Outcome, Member? Member = null, TimeSpan? RetryAfter = null);

/// <summary>
/// A password sign-in. Unknown names, disabled accounts, accounts without a membership that may sign in and wrong
/// passwords all fail alike: same outcome, same work (a hash is verified either way), same backoff
/// (<see cref="SignInBackoff"/>). Also the check behind accepting an invitation into an existing account.
/// </summary>
public sealed class PasswordSignIn(AccountStore accounts, SignInBackoff backoff)
{
    /// <param name="client">The caller's address: the backoff is per account name and client.</param>
    /// <param name="membershipId">Which of the account's memberships to sign in (default: its first).</param>
    public async Task<SignInResult> SignInAsync(string username, string password, string client, long? membershipId, CancellationToken cancel)
    {
        if (await backoff.TryAttemptAsync(username, client, cancel) is { } wait) return new(SignInOutcome.Throttled, RetryAfter: wait);

        var found = await accounts.FindWithPasswordAsync(username, cancel);
        var members = found is { Account.DisabledAt: null } ? await accounts.ActiveMembersAsync(found.Value.Account.Id, cancel) : [];
        var hash = members.Count > 0 ? found?.PasswordHash : null;
        var verdict = AccountStore.Verify(hash, password);
        if (verdict == PasswordVerificationResult.Failed) return new(SignInOutcome.Failed);

        await backoff.SucceededAsync(username, client, cancel);
        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
            await accounts.SetPasswordAsync(found!.Value.Account.Id, password, endSessions: false, cancel);
        var member = members.FirstOrDefault(m => m.Membership.Id == membershipId) ?? members[0];
        return new(SignInOutcome.SignedIn, member);
    }
}
