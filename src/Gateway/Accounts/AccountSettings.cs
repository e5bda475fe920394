using System.Globalization;

namespace VendorGrid.Gateway.Accounts;

/// <summary>
/// Sign-in configuration, from environment variables or appsettings (same keys): VG_SIGNIN_FREE_ATTEMPTS (5),
/// VG_SIGNIN_MAX_BACKOFF_MINUTES (15), VG_SESSION_HOURS (12), VG_INVITATION_DAYS (7), VG_PASSWORD_RESET_MINUTES (60),
/// and the optional browser OIDC sign-in (VG_OIDC_AUTHORITY, shared with bearer validation, plus VG_OIDC_CLIENT_ID and
/// VG_OIDC_CLIENT_SECRET).
/// </summary>
public sealed class AccountSettings
{
    /// <summary>Failed attempts one client may make for one account name before each further one waits (1 s, 2 s, 4 s, …).</summary>
    public int FreeAttempts { get; set; } = 5;
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(15);
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(12);
    public TimeSpan InvitationLifetime { get; set; } = TimeSpan.FromDays(7);
    public TimeSpan PasswordResetLifetime { get; set; } = TimeSpan.FromMinutes(60);

    /// <summary>A second reset link for the same account within this time is not sent: the platform is nobody's mail bomb.</summary>
    public TimeSpan PasswordResetInterval { get; set; } = TimeSpan.FromMinutes(5);
    public string? OidcAuthority { get; set; }
    public string? OidcClientId { get; set; }
    public string? OidcClientSecret { get; set; }

    /// <summary>Browser sign-in through the identity provider is offered only when both are configured.</summary>
    public bool OidcEnabled => !string.IsNullOrWhiteSpace(OidcAuthority) && !string.IsNullOrWhiteSpace(OidcClientId);

    public void Read(IConfiguration config)
    {
        FreeAttempts = Positive(config["VG_SIGNIN_FREE_ATTEMPTS"]) ?? FreeAttempts;
        MaxBackoff = Positive(config["VG_SIGNIN_MAX_BACKOFF_MINUTES"]) is { } backoff ? TimeSpan.FromMinutes(backoff) : MaxBackoff;
        SessionLifetime = Positive(config["VG_SESSION_HOURS"]) is { } hours ? TimeSpan.FromHours(hours) : SessionLifetime;
        InvitationLifetime = Positive(config["VG_INVITATION_DAYS"]) is { } days ? TimeSpan.FromDays(days) : InvitationLifetime;
        PasswordResetLifetime = Positive(config["VG_PASSWORD_RESET_MINUTES"]) is { } reset ? TimeSpan.FromMinutes(reset) : PasswordResetLifetime;
        OidcAuthority = config["VG_OIDC_AUTHORITY"] ?? OidcAuthority;
        OidcClientId = config["VG_OIDC_CLIENT_ID"] ?? OidcClientId;
        OidcClientSecret = config["VG_OIDC_CLIENT_SECRET"] ?? OidcClientSecret;
    }

    private static int? Positive(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : null;
}
