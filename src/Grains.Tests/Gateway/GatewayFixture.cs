using System.Diagnostics;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.IdentityModel.Tokens;
using VendorGrid.Gateway.Hosting;
using VendorGrid.Silo.Seeding;
using VendorGrid.Tests.Notifications;
using VendorGrid.Tests.Infrastructure;

namespace VendorGrid.Tests.Gateway;

/// <summary>
/// The real gateway app (WebApplicationFactory; any public Gateway type names the assembly, since the silo has a
/// Program too) whose Orleans client joins a test cluster through the same
/// ADO.NET membership tables, with the five fixture contracts seeded and a signing key of its own.
/// </summary>
public sealed class GatewayFixture : IAsyncLifetime
{
    public const string Issuer = "vendorgrid-local", Audience = "vendorgrid";
    // Under the test output (bin/, ignored by git) rather than /tmp, so an aborted run leaves nothing outside the checkout.
    private readonly string keyFile = Path.Combine(AppContext.BaseDirectory, "keys", $"public-keys-{Guid.NewGuid():N}.pem");
    private VendorGridTestCluster cluster = null!;
    private WebApplicationFactory<GatewaySettings> factory = null!;
    private Dictionary<string, string?> settings = [];
    private readonly List<WebApplicationFactory<GatewaySettings>> variants = [];
    private readonly DateTimeOffset? startAt;

    public GatewayFixture() { }

    private GatewayFixture(DateTimeOffset startAt) => this.startAt = startAt;

    /// <summary>
    /// A gateway and cluster of its own whose clock starts at <paramref name="startAt"/>, for a test that needs the server's
    /// "now" on a given day (a window across a holiday, a statement issued on the 1st); the test moves it forward only.
    /// </summary>
    public static async Task<GatewayFixture> StartAtAsync(DateTimeOffset startAt)
    {
        var fixture = new GatewayFixture(startAt);
        await fixture.InitializeAsync();
        return fixture;
    }

    public ECDsaSecurityKey SigningKey { get; private set; } = null!;

    /// <summary>Where the gateway's account e-mail (invitation and password-reset links) goes.</summary>
    public LoopbackSmtpServer Smtp { get; private set; } = null!;

    public Accounts.Mailbox Mailbox => new(Smtp);

    /// <summary>The deployment's address in e-mailed links (VG_PUBLIC_URL).</summary>
    public const string PublicUrl = "https://vendorgrid.test";

    /// <summary>The grains' clock; starts at <see cref="VendorGridTestCluster.DefaultNow"/>.</summary>
    public Microsoft.Extensions.Time.Testing.FakeTimeProvider Clock => cluster.Clock;

    /// <summary>
    /// The gateway's own clock (its TimeProvider), which checks token lifetimes: tokens are minted on it. Against a live
    /// instance (VG_GATEWAY_URL), the instant its answers are dated with, moved on by a monotonic timer.
    /// </summary>
    public TimeProvider AppClock => external is null ? factory.Services.GetRequiredService<TimeProvider>() : externalClock!;

    private ServerClock? externalClock;

    /// <summary>The test cluster behind the gateway, for what the API cannot do itself (running a sweep job).</summary>
    public VendorGridTestCluster Cluster => cluster;

    /// <summary>
    /// With VG_GATEWAY_URL (and VG_GATEWAY_KEY, the data dir's signing key) the gateway tests that only speak HTTP
    /// run against a live `./vg up` instance instead, e.g. the worked examples of DOMAIN.md §5.
    /// </summary>
    private Uri? external;

    public async ValueTask InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable("VG_GATEWAY_URL") is { Length: > 0 } url)
        {
            external = new Uri(url);
            var pem = ECDsa.Create();
            pem.ImportFromPem(await File.ReadAllTextAsync(Environment.GetEnvironmentVariable("VG_GATEWAY_KEY")!));
            SigningKey = new ECDsaSecurityKey(pem);
            using var probe = new HttpClient { BaseAddress = external };
            var answer = await probe.GetAsync("/health/live");
            externalClock = new ServerClock(answer.Headers.Date ?? throw new InvalidOperationException($"{url} sends no Date header"));
            return;
        }
        cluster = await VendorGridTestCluster.StartAsync("gateway", now: startAt);
        await new SeedLoader(cluster.Grains, NullLogger<SeedLoader>.Instance).LoadAsync(RepositoryPaths.Seeds);
        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        Directory.CreateDirectory(Path.GetDirectoryName(keyFile)!);
        await File.WriteAllTextAsync(keyFile, key.ExportSubjectPublicKeyInfoPem());
        SigningKey = new ECDsaSecurityKey(key);
        Smtp = new LoopbackSmtpServer();
        settings = new Dictionary<string, string?>
        {
            ["VG_PUBLIC_URL"] = PublicUrl,
            ["VG_SMTP_HOST"] = "127.0.0.1",
            ["VG_SMTP_PORT"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["VG_SMTP_TLS"] = "none",
            ["VG_DB"] = cluster.Database.AppConnectionString,
            ["VG_CLUSTER_ID"] = cluster.Cluster.Options.ClusterId,
            ["VG_SERVICE_ID"] = cluster.Cluster.Options.ServiceId,
            ["VG_JWT_PUBLIC_KEYS"] = keyFile,
            // The whole collection shares a few identities; the rate limit has tests of its own (Variant).
            ["VG_RATE_LIMIT_PER_MINUTE"] = "1000000",
        };
        factory = new WebApplicationFactory<GatewaySettings>().WithWebHostBuilder(web =>
            web.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(settings)));
    }

    /// <summary>The app itself, for clients with options of their own (a browser's cookies, https) or test services.</summary>
    public WebApplicationFactory<GatewaySettings> Factory => factory;

    /// <summary>The app's services (its endpoint data source, for the access matrix).</summary>
    public IServiceProvider Services => factory.Services;

    /// <summary>
    /// The gateway on a clock the test moves (sign-in backoff, link expiry, cache windows): its TimeProvider is
    /// <paramref name="clock"/>, with <paramref name="services"/> for other test services; the cluster keeps its own clock.
    /// The caller disposes it.
    /// </summary>
    public WebApplicationFactory<GatewaySettings> OnClock(TimeProvider clock, Action<IServiceCollection>? services = null) =>
        factory.WithWebHostBuilder(web => web.ConfigureTestServices(s =>
        {
            s.AddSingleton(clock);
            services?.Invoke(s);
        }));

    /// <summary>A second gateway on the same cluster with some settings changed (e.g. a low rate limit).</summary>
    public Func<string?, HttpClient> Variant(Dictionary<string, string?> overrides)
    {
        var variant = factory.WithWebHostBuilder(web => web.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(overrides)));
        variants.Add(variant);
        return token =>
        {
            var client = variant.CreateClient();
            if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return client;
        };
    }

    public HttpClient Client(string? token = null)
    {
        var client = external is null ? factory.CreateClient() : new HttpClient { BaseAddress = external };
        if (token is not null)
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        File.Delete(keyFile);
        foreach (var variant in variants) await variant.DisposeAsync();
        await factory.DisposeAsync();
        await cluster.DisposeAsync();
        if (Smtp is not null) await Smtp.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class GatewayCollection : ICollectionFixture<GatewayFixture>
{
    public const string Name = "gateway";
}

/// <summary>A live gateway's time: the Date it sent once, plus the time elapsed since on a monotonic timer (not the wall clock).</summary>
internal sealed class ServerClock(DateTimeOffset sent) : TimeProvider
{
    private readonly long received = Stopwatch.GetTimestamp();

    public override DateTimeOffset GetUtcNow() => sent + Stopwatch.GetElapsedTime(received);
}
