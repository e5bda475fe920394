using Microsoft.Extensions.Options;

namespace VendorGrid.Gateway.Hosting;

/// <summary>
/// Gateway configuration, from environment variables or appsettings (same keys). Locally `./vg up` sets
/// VG_DB and VG_JWT_PUBLIC_KEYS; in production set VG_OIDC_AUTHORITY (keys from discovery) or a public key file,
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
    /// <summary>PEM file of the EC P-256 public key(s) tokens are verified with; two during a rotation (<see cref="Security.PublicKeyFile"/>).</summary>
    public string? JwtPublicKeys { get; set; }
    /// <summary>Set only to say it is no longer read: the private signing key stays where tokens are minted.</summary>
    public string? RetiredJwtKeyFile { get; set; }
    public string? OidcAuthority { get; set; }
    /// <summary>Accepted signature algorithms; anything else (including "none") is rejected.</summary>
    public string[] JwtAlgorithms { get; set; } = ["ES256"];
    /// <summary>Accepted JWT <c>typ</c> header values (RFC 9068 access tokens by default).</summary>
    public string[] JwtTypes { get; set; } = ["at+jwt"];
    /// <summary>The longest a token may live (exp after iat, and exp after now): a leaked token is good for no longer.</summary>
    public TimeSpan JwtMaxLifetime { get; set; } = TimeSpan.FromHours(24);
    /// <summary>Requests per minute per caller (per tenant and subject) under /api before 429.</summary>
    public int RateLimitPerMinute { get; set; } = 600;
    /// <summary>
    /// Requests per minute per client address under /api that carry no credential this gateway has already verified
    /// (anonymous, a new or bogus token, an unknown session cookie): limited before authentication spends a signature
    /// check or a database query on them.
    /// </summary>
    public int AnonymousRateLimitPerMinute { get; set; } = 600;
    /// <summary>
    /// Proxies (addresses) and networks (CIDR) whose X-Forwarded-For/-Proto are believed; empty = the headers are
    /// ignored (`./vg up`), so a client cannot choose its own address and with it its rate-limit bucket.
    /// </summary>
    public string[] ForwardedKnownProxies { get; set; } = [];
    public string[] ForwardedKnownNetworks { get; set; } = [];
    /// <summary>
    /// How long a session cookie's database row is reused before it is read again: a sign-out or a disabled account
    /// takes effect on other gateways within this window (at once on the gateway that handled the sign-out).
    /// </summary>
    public TimeSpan SessionCacheWindow { get; set; } = TimeSpan.FromSeconds(10);
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
    /// <summary>The largest evidence file a fact may carry (VG_EVIDENCE_MAX_BYTES); a larger upload is a 413 naming `file`.</summary>
    public long EvidenceMaxBytes { get; set; } = 10 * 1024 * 1024;

    public void Read(IConfiguration config)
    {
        ConnectionString = config["VG_DB"] ?? ConnectionString;
        ClusterId = config["VG_CLUSTER_ID"] ?? ClusterId;
        ServiceId = config["VG_SERVICE_ID"] ?? ServiceId;
        JwtIssuer = config["VG_JWT_ISSUER"] ?? JwtIssuer;
        JwtAudience = config["VG_JWT_AUDIENCE"] ?? JwtAudience;
        JwtPublicKeys = config["VG_JWT_PUBLIC_KEYS"] ?? JwtPublicKeys;
        RetiredJwtKeyFile = config["VG_JWT_KEY_FILE"] ?? RetiredJwtKeyFile;
        OidcAuthority = config["VG_OIDC_AUTHORITY"] ?? OidcAuthority;
        if (int.TryParse(config["VG_RATE_LIMIT_PER_MINUTE"], out var perMinute))
            RateLimitPerMinute = AnonymousRateLimitPerMinute = perMinute;
        if (int.TryParse(config["VG_ANONYMOUS_RATE_LIMIT_PER_MINUTE"], out var anonymousPerMinute))
            AnonymousRateLimitPerMinute = anonymousPerMinute;
        if (config["VG_JWT_TYPES"] is { Length: > 0 } types) JwtTypes = List(types);
        if (int.TryParse(config["VG_JWT_MAX_LIFETIME_MINUTES"], out var maxMinutes)) JwtMaxLifetime = TimeSpan.FromMinutes(maxMinutes);
        if (config["VG_FORWARDED_KNOWN_PROXIES"] is { } proxies) ForwardedKnownProxies = List(proxies);
        if (config["VG_FORWARDED_KNOWN_NETWORKS"] is { } networks) ForwardedKnownNetworks = List(networks);
        if (config["VG_SESSION_CACHE_SECONDS"] is { Length: > 0 } window)
            SessionCacheWindow = int.TryParse(window, out var seconds) && seconds >= 0 ? TimeSpan.FromSeconds(seconds) : TimeSpan.MinValue;
        if (Seconds(config, "VG_RESPONSE_TIMEOUT_SECONDS") is { } responseTimeout) ResponseTimeout = responseTimeout;
        if (Seconds(config, "VG_FAILOVER_BUDGET_SECONDS") is { } budget) FailoverBudget = budget;
        if (Seconds(config, "VG_GATEWAY_LIST_REFRESH_SECONDS") is { } refresh) GatewayListRefresh = refresh;
        if (config["VG_EVIDENCE_MAX_BYTES"] is { Length: > 0 } evidenceMax)
            EvidenceMaxBytes = long.TryParse(evidenceMax, out var bytes) ? bytes : 0;
        if (config["VG_JWT_ALGORITHMS"] is { Length: > 0 } algorithms)
            JwtAlgorithms = List(algorithms);
    }

    private static string[] List(string text) => text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A whole number of seconds; zero or less (or not a number) is kept so that <see cref="Problem"/> names it.</summary>
    private static TimeSpan? Seconds(IConfiguration config, string key) =>
        config[key] is not { Length: > 0 } text ? null
        : int.TryParse(text, out var seconds) ? TimeSpan.FromSeconds(seconds) : TimeSpan.MinValue;

    /// <summary>The first problem that stops the gateway from starting, or null.</summary>
    public string? Problem() =>
        string.IsNullOrWhiteSpace(ConnectionString) ? "VG_DB is not set: give the cluster database's Npgsql connection string"
        : !string.IsNullOrWhiteSpace(RetiredJwtKeyFile)
            ? "VG_JWT_KEY_FILE is not read by the gateway: the private signing key stays where tokens are minted; give the gateway the public key(s) in VG_JWT_PUBLIC_KEYS"
        : string.IsNullOrWhiteSpace(JwtPublicKeys) && string.IsNullOrWhiteSpace(OidcAuthority)
            ? "set VG_JWT_PUBLIC_KEYS (PEM public keys) or VG_OIDC_AUTHORITY (identity provider) to validate tokens"
        : !string.IsNullOrWhiteSpace(JwtPublicKeys) && Security.PublicKeyFile.Problem(JwtPublicKeys) is { } keys ? keys
        : JwtMaxLifetime < TimeSpan.FromMinutes(1) ? "VG_JWT_MAX_LIFETIME_MINUTES must be at least 1"
        : EvidenceMaxBytes < 1 ? "VG_EVIDENCE_MAX_BYTES must be a whole number of bytes, at least 1"
        : RateLimitPerMinute < 1 ? "VG_RATE_LIMIT_PER_MINUTE must be at least 1"
        : AnonymousRateLimitPerMinute < 1 ? "VG_ANONYMOUS_RATE_LIMIT_PER_MINUTE must be at least 1"
        : SessionCacheWindow < TimeSpan.Zero || SessionCacheWindow > TimeSpan.FromMinutes(1)
            ? "VG_SESSION_CACHE_SECONDS must be a whole number from 0 to 60 (the longest a revoked session keeps working on another gateway)"
        : ForwardedNetworkProblem() is { } forwarded ? forwarded
        : ResponseTimeout is { } timeout && timeout < TimeSpan.FromSeconds(1) ? "VG_RESPONSE_TIMEOUT_SECONDS must be a whole number of at least 1"
        : FailoverBudget < TimeSpan.FromSeconds(1) ? "VG_FAILOVER_BUDGET_SECONDS must be a whole number of at least 1"
        : GatewayListRefresh is { } refresh && refresh < TimeSpan.FromSeconds(1) ? "VG_GATEWAY_LIST_REFRESH_SECONDS must be a whole number of at least 1"
        // Otherwise a call to a crashed silo times out only after the budget is spent and is never repeated.
        : ResponseTimeout >= FailoverBudget ? "VG_RESPONSE_TIMEOUT_SECONDS must be shorter than VG_FAILOVER_BUDGET_SECONDS (default 20)"
        : null;

    private string? ForwardedNetworkProblem() =>
        ForwardedKnownProxies.FirstOrDefault(p => !System.Net.IPAddress.TryParse(p, out _)) is { } proxy
            ? $"VG_FORWARDED_KNOWN_PROXIES: '{proxy}' is not an IP address"
        : ForwardedKnownNetworks.FirstOrDefault(n => !System.Net.IPNetwork.TryParse(n, out _)) is { } network
            ? $"VG_FORWARDED_KNOWN_NETWORKS: '{network}' is not a CIDR network such as 10.0.0.0/8"
        : null;
}

/// <summary>Fails start-up with the settings' one-line problem, which Program prints.</summary>
public sealed class GatewaySettingsValidator : IValidateOptions<GatewaySettings>
{
    public ValidateOptionsResult Validate(string? name, GatewaySettings options) =>
        options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
}
