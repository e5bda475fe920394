using System.Globalization;
using VendorGrid.Gateway.Hosting;
using VendorGrid.Gateway.Tenancy;

namespace VendorGrid.Gateway.Security;

/// <summary>
/// Hidden command behind `./vg token`: <c>VendorGrid.Gateway mint-token --key-file F --role R [--institution USCC]
/// [--vendor USCC] [--name N] [--ttl 1h]</c>. Prints a token the local gateway accepts; bad input is one line, exit 2.
/// <c>public-key --key-file F</c> prints the PEM public key of F (created when missing): what the gateways verify with.
/// </summary>
public static class TokenCommand
{
    public static int PublicKey(string[] args)
    {
        try
        {
            Console.Write(PublicKeyFile.PublicPem(SigningKeyFile.LoadOrCreate(Required(Parse(args), "key-file"))));
            return 0;
        }
        catch (FormatException e)
        {
            Console.Error.WriteLine($"vg token: {e.Message}");
            return 2;
        }
    }

    public static int Run(string[] args)
    {
        try
        {
            var options = Parse(args);
            var request = new TokenRequest(Required(options, "role"), Optional(options, "institution"),
                Optional(options, "vendor"), Optional(options, "name"), Lifetime(Optional(options, "ttl") ?? "1h"));
            if (CurrentCaller.Problem(request.Role, request.Institution, request.Vendor) is { } problem)
                throw new FormatException(problem);
            var defaults = new GatewaySettings();
            var key = SigningKeyFile.LoadOrCreate(Required(options, "key-file"));
            Console.WriteLine(TokenFactory.Create(request, key,
                Optional(options, "issuer") ?? defaults.JwtIssuer, Optional(options, "audience") ?? defaults.JwtAudience));
            return 0;
        }
        catch (FormatException e)
        {
            Console.Error.WriteLine($"vg token: {e.Message}");
            return 2;
        }
    }

    private static Dictionary<string, string> Parse(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
                throw new FormatException($"expected '--option value', got '{args[i]}'");
            options[args[i][2..]] = args[i + 1];
        }
        return options;
    }

    private static string Required(Dictionary<string, string> options, string name) =>
        Optional(options, name) ?? throw new FormatException($"--{name} is required");

    private static string? Optional(Dictionary<string, string> options, string name) =>
        options.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

    /// <summary>Parses 90s, 30m, 1h or 1d, at most the gateways' default maximum lifetime.</summary>
    private static TimeSpan Lifetime(string text)
    {
        var unit = text[^1];
        if (!int.TryParse(text[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var amount) || amount <= 0)
            throw new FormatException($"--ttl must look like 90s, 30m, 1h or 1d, got '{text}'");
        var lifetime = unit switch
        {
            's' => TimeSpan.FromSeconds(amount),
            'm' => TimeSpan.FromMinutes(amount),
            'h' => TimeSpan.FromHours(amount),
            'd' => TimeSpan.FromDays(amount),
            _ => throw new FormatException($"--ttl must look like 90s, 30m, 1h or 1d, got '{text}'"),
        };
        var longest = new GatewaySettings().JwtMaxLifetime;
        return lifetime <= longest ? lifetime
            : throw new FormatException($"--ttl must be at most {longest.TotalHours:0}h: gateways refuse longer-lived tokens (VG_JWT_MAX_LIFETIME_MINUTES)");
    }
}
