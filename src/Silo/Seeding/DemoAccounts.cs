using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using VendorGrid.Silo.Configuration;

namespace VendorGrid.Silo.Seeding;

/// <summary>One demo login as printed on first start.</summary>
public sealed record DemoAccount(string Username, string Password, string Role, string? Party, string DisplayName);

/// <summary>
/// Demo logins for a seeded installation (`./vg up`): on the first start against an empty vg.accounts, one platform
/// admin, one admin per institution in the seeds, one staff user of the first institution and one user per vendor,
/// each with a random password (or VG_DEMO_PASSWORD for all, as the browser tests use), shown once (where:
/// <see cref="DemoAccountsOnStartup"/>). Later starts find accounts and print nothing; passwords are never logged or stored except as hashes.
/// Unseeded (production) silos never create any.
/// </summary>
public sealed class DemoAccounts(NpgsqlDataSource database, TimeProvider clock)
{
    public const string Heading = "VendorGrid demo accounts";

    /// <summary>The accounts of a seed directory, platform admin first, parties in file order.</summary>
    public static IReadOnlyList<DemoAccount> Plan(string seedsDirectory, string? fixedPassword)
    {
        var institutions = new List<(string Id, string Name)>();
        var vendors = new List<(string Id, string Name)>();
        foreach (var file in Directory.GetFiles(seedsDirectory, "*.json").Order(StringComparer.Ordinal))
        {
            if (JsonNode.Parse(File.ReadAllText(file)) is not JsonObject contract) continue;
            Add(institutions, contract["institution"]);
            Add(vendors, contract["vendor"]);
        }
        string Password() => fixedPassword ?? RandomPassword();
        var accounts = new List<DemoAccount> { new("admin@platform.local", Password(), "platform-admin", null, "平台管理员") };
        accounts.AddRange(institutions.Select(i => new DemoAccount($"admin@{i.Id.ToLowerInvariant()}.local", Password(), "institution-admin", i.Id, $"{i.Name} 管理员")));
        accounts.AddRange(institutions.Take(1).Select(i => new DemoAccount($"staff@{i.Id.ToLowerInvariant()}.local", Password(), "institution-staff", i.Id, $"{i.Name} 职员")));
        accounts.AddRange(vendors.Select(v => new DemoAccount($"vendor@{v.Id.ToLowerInvariant()}.local", Password(), "vendor", v.Id, $"{v.Name} 用户")));
        return accounts;
    }

    private static void Add(List<(string Id, string Name)> parties, JsonNode? party)
    {
        if (party?["id"]?.GetValue<string>() is { Length: > 0 } id && parties.All(p => p.Id != id))
            parties.Add((id, party["name"]?.GetValue<string>() ?? id));
    }

    /// <summary>16 characters without look-alikes (0/O, 1/l/I), about 90 bits.</summary>
    public static string RandomPassword()
    {
        const string alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return string.Create(16, 0, (chars, _) =>
        {
            for (var i = 0; i < chars.Length; i++) chars[i] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
        });
    }

    /// <summary>
    /// Creates the planned accounts when vg.accounts is empty and prints them to <paramref name="output"/>; returns
    /// what it created (nothing on later starts). An advisory lock keeps two silos starting together from both doing it.
    /// </summary>
    public async Task<IReadOnlyList<DemoAccount>> CreateOnFirstStartAsync(string seedsDirectory, string? fixedPassword, TextWriter output, CancellationToken cancel = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancel);
        await using var transaction = await connection.BeginTransactionAsync(cancel);
        await using (var exclusive = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtext('vg.demo-accounts'))", connection, transaction))
            await exclusive.ExecuteNonQueryAsync(cancel);
        await using (var any = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM vg.accounts)", connection, transaction))
            if ((bool)(await any.ExecuteScalarAsync(cancel))!) return [];

        var accounts = Plan(seedsDirectory, fixedPassword);
        var hasher = new PasswordHasher<DemoAccount>();
        var now = clock.GetUtcNow().ToUniversalTime();
        foreach (var account in accounts)
        {
            await using var insert = new NpgsqlCommand("""
                WITH account AS (
                    INSERT INTO vg.accounts (username, display_name, password_hash, created_at, created_by) VALUES ($1, $2, $6, $7, 'demo-seed') RETURNING id)
                INSERT INTO vg.account_memberships (account_id, role, institution_id, vendor_id, created_at, created_by)
                SELECT id, $3, $4, $5, $7, 'demo-seed' FROM account
                """, connection, transaction);
            foreach (var value in new object?[]
                     {
                         account.Username, account.DisplayName, account.Role,
                         account.Role.StartsWith("institution", StringComparison.Ordinal) ? account.Party : null,
                         account.Role == "vendor" ? account.Party : null, hasher.HashPassword(account, account.Password), now,
                     })
                insert.Parameters.Add(new() { Value = value ?? DBNull.Value });
            await insert.ExecuteNonQueryAsync(cancel);
        }
        await transaction.CommitAsync(cancel);
        await output.WriteAsync(Describe(accounts, fixedPassword is not null));
        await output.FlushAsync(cancel);
        return accounts;
    }

    public static string Describe(IReadOnlyList<DemoAccount> accounts, bool fixedPassword)
    {
        var text = new StringBuilder();
        text.AppendLine($"{Heading} ({(fixedPassword ? "password from VG_DEMO_PASSWORD" : "shown only this once / 仅显示一次")}):");
        var width = accounts.Max(a => a.Username.Length);
        foreach (var a in accounts)
            text.AppendLine($"  {a.Username.PadRight(width)}  {a.Password}  {a.Role,-17}  {a.Party ?? "-"}");
        return text.AppendLine().ToString();
    }
}

/// <summary>
/// Creates the demo accounts after the migrations and before the silo starts, so they exist when the gateway is ready.
/// Only where asked for with VG_DEMO_ACCOUNTS=true (`./vg up` sets it): seeds alone are not enough, because a seeded
/// cluster elsewhere (the Kubernetes dev overlay) would print working passwords into its pod logs.
/// The passwords go where a person reads them once and no log keeps them (<see cref="Destination"/>): the file named by
/// VG_DEMO_ACCOUNTS_FILE (created afresh, owner-only; `./vg up` prints it to its terminal and deletes it), else the
/// silo's standard output only when that is a terminal. Redirected output (`./vg up`'s silo.log, a container log)
/// gets the usernames and no password.
/// </summary>
public sealed class DemoAccountsOnStartup(DemoAccounts accounts, SiloSettings settings, IConfiguration config, ILogger<DemoAccountsOnStartup> log)
    : IHostedService
{
    public const string FileKey = "VG_DEMO_ACCOUNTS_FILE";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!IsEnabled(settings.SeedsPath, config)) return;
        var password = config["VG_DEMO_PASSWORD"] is { Length: > 0 } fixedPassword ? fixedPassword : null;
        var text = new StringWriter();
        var created = await accounts.CreateOnFirstStartAsync(settings.SeedsPath, password, text, cancellationToken);
        if (created.Count == 0) return;
        if (config[FileKey] is { Length: > 0 } path)
            await WriteOwnerOnlyAsync(path, text.ToString(), cancellationToken);
        else if (!Console.IsOutputRedirected)
            await Console.Out.WriteAsync(text.ToString());
        else
            log.LogWarning("Created {Count} demo accounts ({Usernames}); their passwords are not shown because standard output is not a terminal: " +
                "set {FileKey} or VG_DEMO_PASSWORD", created.Count, string.Join(", ", created.Select(a => a.Username)), FileKey);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>A new file only its owner can read; an existing one is refused rather than appended to or followed.</summary>
    private static async Task WriteOwnerOnlyAsync(string path, string text, CancellationToken cancel)
    {
        var ownerOnly = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) ownerOnly.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        await using var file = new FileStream(path, ownerOnly);
        await file.WriteAsync(Encoding.UTF8.GetBytes(text), cancel);
    }

    public static bool IsEnabled([NotNullWhen(true)] string? seedsPath, IConfiguration config) =>
        string.Equals(config["VG_DEMO_ACCOUNTS"], "true", StringComparison.OrdinalIgnoreCase)
        && seedsPath is not null && Directory.Exists(seedsPath);
}

public static class DemoAccountsExtensions
{
    /// <summary>Register right after the migrations and before UseOrleans: hosted services start in registration order.</summary>
    public static IServiceCollection AddDemoAccounts(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DemoAccounts>();
        services.AddHostedService<DemoAccountsOnStartup>();
        return services;
    }
}
