using System.Globalization;

namespace VendorGrid.Gateway.Accounts;

/// <summary>
/// Sign-in configuration, from environment variables or appsettings (same keys): VG_LOCKOUT_ATTEMPTS (5),
/// VG_LOCKOUT_MINUTES (15), VG_SESSION_HOURS (12), VG_INVITATION_DAYS (7), and the optional browser OIDC sign-in
/// (VG_OIDC_AUTHORITY, shared with bearer validation, plus VG_OIDC_CLIENT_ID and VG_OIDC_CLIENT_SECRET).
/// </summary>
public sealed class AccountSettings
{
    public int LockoutAttempts { get; set; } = 5;
    public TimeSpan LockoutWindow { get; set; } = TimeSpan.FromMinutes(15);
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(12);
    public TimeSpan InvitationLifetime { get; set; } = TimeSpan.FromDays(7);
    public string? OidcAuthority { get; set; }
    public string? OidcClientId { get; set; }
    public string? OidcClientSecret { get; set; }

    /// <summary>Browser sign-in through the identity provider is offered only when both are configured.</summary>
    public bool OidcEnabled => !string.IsNullOrWhiteSpace(OidcAuthority) && !string.IsNullOrWhiteSpace(OidcClientId);

    public void Read(IConfiguration config)
    {
        LockoutAttempts = Positive(config["VG_LOCKOUT_ATTEMPTS"]) ?? LockoutAttempts;
        LockoutWindow = Positive(config["VG_LOCKOUT_MINUTES"]) is { } minutes ? TimeSpan.FromMinutes(minutes) : LockoutWindow;
        SessionLifetime = Positive(config["VG_SESSION_HOURS"]) is { } hours ? TimeSpan.FromHours(hours) : SessionLifetime;
        InvitationLifetime = Positive(config["VG_INVITATION_DAYS"]) is { } days ? TimeSpan.FromDays(days) : InvitationLifetime;
        OidcAuthority = config["VG_OIDC_AUTHORITY"] ?? OidcAuthority;
        OidcClientId = config["VG_OIDC_CLIENT_ID"] ?? OidcClientId;
        OidcClientSecret = config["VG_OIDC_CLIENT_SECRET"] ?? OidcClientSecret;
    }

    private static int? Positive(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : null;
}
