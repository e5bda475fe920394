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
        if (config["VG_JWT_ALGORITHMS"] is { Length: > 0 } algorithms)
            JwtAlgorithms = algorithms.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>The first problem that stops the gateway from starting, or null.</summary>
    public string? Problem() =>
        string.IsNullOrWhiteSpace(ConnectionString) ? "VG_DB is not set: give the cluster database's Npgsql connection string"
        : string.IsNullOrWhiteSpace(JwtKeyFile) && string.IsNullOrWhiteSpace(OidcAuthority)
            ? "set VG_JWT_KEY_FILE (local signing key) or VG_OIDC_AUTHORITY (identity provider) to validate tokens"
        : RateLimitPerMinute < 1 ? "VG_RATE_LIMIT_PER_MINUTE must be at least 1"
        : null;
}

/// <summary>Fails start-up with the settings' one-line problem, which Program prints.</summary>
public sealed class GatewaySettingsValidator : IValidateOptions<GatewaySettings>
{
    public ValidateOptionsResult Validate(string? name, GatewaySettings options) =>
        options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
}
