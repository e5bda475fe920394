using Microsoft.Extensions.Options;

namespace VendorGrid.Gateway.Hosting;

/// <summary>
/// Gateway configuration, from environment variables or appsettings (same keys). Locally `./vg up` sets
/// VG_DB and VG_JWT_KEY_FILE; in production set VG_OIDC_AUTHORITY (keys from discovery) or a key file,
/// plus the issuer and audience your identity provider uses.
/// </summary>
public sealed class GatewaySettings
{
    /// <summary>Npgsql connection string of the cluster's database (membership lookups and readiness).</summary>
    public string ConnectionString { get; set; } = "";
    public string ClusterId { get; set; } = "vendorgrid";
    public string ServiceId { get; set; } = "vendorgrid";
    public string JwtIssuer { get; set; } = "vendorgrid-local";
    public string JwtAudience { get; set; } = "vendorgrid";
    /// <summary>PEM file of the EC P-256 key tokens are signed with (created on first use when missing).</summary>
    public string? JwtKeyFile { get; set; }
    public string? OidcAuthority { get; set; }
    /// <summary>Accepted signature algorithms; anything else (including "none") is rejected.</summary>
    public string[] JwtAlgorithms { get; set; } = ["ES256"];
    /// <summary>Requests per minute per caller (per tenant and subject) under /api before 429.</summary>
    public int RateLimitPerMinute { get; set; } = 600;
    /// <summary>
    /// How long the gateway waits for a grain's answer (Orleans' client ResponseTimeout; null = Orleans' 30 s).
    /// A call already sent to a silo that then crashed is never answered, so this, not the failure detection,
    /// bounds how long such a request hangs; it must be shorter than <see cref="FailoverBudget"/> for the
    /// gateway to repeat an idempotent call after it timed out.
    /// </summary>
    public TimeSpan? ResponseTimeout { get; set; }
    /// <summary>How long <see cref="SiloFailover"/> keeps repeating an idempotent call whose silo is going or gone.</summary>
    public TimeSpan FailoverBudget { get; set; } = TimeSpan.FromSeconds(20);
    /// <summary>How often the gateway re-reads the silo list from the membership table (null = Orleans' 1 min).</summary>
    public TimeSpan? GatewayListRefresh { get; set; }

    public void Read(IConfiguration config)
    {
        ConnectionString = config["VG_DB"] ?? ConnectionString;
        ClusterId = config["VG_CLUSTER_ID"] ?? ClusterId;
        ServiceId = config["VG_SERVICE_ID"] ?? ServiceId;
        JwtIssuer = config["VG_JWT_ISSUER"] ?? JwtIssuer;
        JwtAudience = config["VG_JWT_AUDIENCE"] ?? JwtAudience;
        JwtKeyFile = config["VG_JWT_KEY_FILE"] ?? JwtKeyFile;
        OidcAuthority = config["VG_OIDC_AUTHORITY"] ?? OidcAuthority;
        if (int.TryParse(config["VG_RATE_LIMIT_PER_MINUTE"], out var perMinute))
            RateLimitPerMinute = perMinute;
        if (Seconds(config, "VG_RESPONSE_TIMEOUT_SECONDS") is { } responseTimeout) ResponseTimeout = responseTimeout;
        if (Seconds(config, "VG_FAILOVER_BUDGET_SECONDS") is { } budget) FailoverBudget = budget;
        if (Seconds(config, "VG_GATEWAY_LIST_REFRESH_SECONDS") is { } refresh) GatewayListRefresh = refresh;
        if (config["VG_JWT_ALGORITHMS"] is { Length: > 0 } algorithms)
            JwtAlgorithms = algorithms.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>A whole number of seconds; zero or less (or not a number) is kept so that <see cref="Problem"/> names it.</summary>
    private static TimeSpan? Seconds(IConfiguration config, string key) =>
        config[key] is not { Length: > 0 } text ? null
        : int.TryParse(text, out var seconds) ? TimeSpan.FromSeconds(seconds) : TimeSpan.MinValue;

    /// <summary>The first problem that stops the gateway from starting, or null.</summary>
    public string? Problem() =>
        string.IsNullOrWhiteSpace(ConnectionString) ? "VG_DB is not set: give the cluster database's Npgsql connection string"
        : string.IsNullOrWhiteSpace(JwtKeyFile) && string.IsNullOrWhiteSpace(OidcAuthority)
            ? "set VG_JWT_KEY_FILE (local signing key) or VG_OIDC_AUTHORITY (identity provider) to validate tokens"
        : RateLimitPerMinute < 1 ? "VG_RATE_LIMIT_PER_MINUTE must be at least 1"
        : ResponseTimeout is { } timeout && timeout < TimeSpan.FromSeconds(1) ? "VG_RESPONSE_TIMEOUT_SECONDS must be a whole number of at least 1"
        : FailoverBudget < TimeSpan.FromSeconds(1) ? "VG_FAILOVER_BUDGET_SECONDS must be a whole number of at least 1"
        : GatewayListRefresh is { } refresh && refresh < TimeSpan.FromSeconds(1) ? "VG_GATEWAY_LIST_REFRESH_SECONDS must be a whole number of at least 1"
        // Otherwise a call to a crashed silo times out only after the budget is spent and is never repeated.
        : ResponseTimeout >= FailoverBudget ? "VG_RESPONSE_TIMEOUT_SECONDS must be shorter than VG_FAILOVER_BUDGET_SECONDS (default 20)"
        : null;
}

/// <summary>Fails start-up with the settings' one-line problem, which Program prints.</summary>
public sealed class GatewaySettingsValidator : IValidateOptions<GatewaySettings>
{
    public ValidateOptionsResult Validate(string? name, GatewaySettings options) =>
        options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
}
