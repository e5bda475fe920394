using System.Diagnostics;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using VendorGrid.Gateway.Hosting;
using VendorGrid.Gateway.Security;
using VendorGrid.Silo.Seeding;
using VendorGrid.Tests.Gateway.Accounts;
using VendorGrid.Tests.Notifications;
using VendorGrid.Tests.Infrastructure;

namespace VendorGrid.Portal.Tests;

/// <summary>
/// The real gateway listening on a loopback port (Kestrel, so a real browser can reach it) with the built portal,
/// in front of a test cluster seeded with the five contracts and their demo accounts.
/// </summary>
public class PortalFixture : IAsyncLifetime
{
    private readonly DateTimeOffset clockStartsAt;

    public PortalFixture() : this(VendorGridTestCluster.DefaultNow) { }

    /// <summary>A portal whose cluster clock starts at <paramref name="clockStartsAt"/> instead of the default.</summary>
    protected PortalFixture(DateTimeOffset clockStartsAt) => this.clockStartsAt = clockStartsAt;

    public const string DemoPassword = "Portal-Test-2026!";
    private readonly string keyFile = Path.Combine(AppContext.BaseDirectory, "keys", $"portal-key-{Guid.NewGuid():N}.pem");
    private VendorGridTestCluster cluster = null!;
    private WebApplicationFactory<GatewaySettings> factory = null!;

    /// <summary>Where the gateway's invitation and password-reset e-mails go.</summary>
    public LoopbackSmtpServer Smtp { get; } = new();

    public Mailbox Mailbox => new(Smtp);

    /// <summary>http://127.0.0.1:PORT of the gateway, portal and API alike.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public static string PortalDirectory => Path.Combine(RepositoryPaths.Root, "portal", "dist");

    public async ValueTask InitializeAsync()
    {
        EnsurePortalBuilt();
        // The demo accounts' password is fixed by this variable, read where the accounts are created.
        Environment.SetEnvironmentVariable("VG_DEMO_PASSWORD", DemoPassword);
        cluster = await VendorGridTestCluster.StartAsync("portal", now: clockStartsAt);
        await new SeedLoader(cluster.Grains, NullLogger<SeedLoader>.Instance).LoadAsync(RepositoryPaths.Seeds);
        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        Directory.CreateDirectory(Path.GetDirectoryName(keyFile)!);
        await File.WriteAllTextAsync(keyFile, key.ExportSubjectPublicKeyInfoPem());
        // A port of its own, chosen before the start so that e-mailed links (VG_PUBLIC_URL) can name it. UseKestrel on the
        // factory WithWebHostBuilder returns is not seen by the host it builds, which then took Kestrel's default :5000
        // and collided with any other run: the URL setting is what counts.
        var port = FreePort();
        var settings = new Dictionary<string, string?>
        {
            ["VG_PUBLIC_URL"] = $"http://127.0.0.1:{port}",
            ["VG_DB"] = cluster.Database.AppConnectionString,
            ["VG_CLUSTER_ID"] = cluster.Cluster.Options.ClusterId,
            ["VG_SERVICE_ID"] = cluster.Cluster.Options.ServiceId,
            ["VG_JWT_PUBLIC_KEYS"] = keyFile,
            ["VG_PORTAL_DIR"] = PortalDirectory,
            ["VG_DEMO_PASSWORD"] = DemoPassword,
            ["VG_RATE_LIMIT_PER_MINUTE"] = "1000000",
            ["VG_SMTP_HOST"] = "127.0.0.1",
            ["VG_SMTP_PORT"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["VG_SMTP_TLS"] = "none",
        };
        factory = new WebApplicationFactory<GatewaySettings>().WithWebHostBuilder(web => web
            .UseSetting(WebHostDefaults.ServerUrlsKey, $"http://127.0.0.1:{port}")
            .ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(settings)));
        factory.UseKestrel(port);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("localhost", "127.0.0.1").Replace("[::]", "127.0.0.1"));
        await DemoAccounts.EnsureAsync(this);
    }

    public IServiceProvider Services => factory.Services;

    private static int FreePort()
    {
        var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        var port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    /// <summary>The grains' clock: a decision takes effect at the instant it is recorded, so tests move time on after one.</summary>
    public Microsoft.Extensions.Time.Testing.FakeTimeProvider Clock => cluster.Clock;

    /// <summary>The test cluster's grains, for what a test seeds before a browser looks (the demo history of the screenshots).</summary>
    public Orleans.IGrainFactory Grains => cluster.Grains;

    public HttpClient Api() => new() { BaseAddress = BaseAddress };

    /// <summary>
    /// The API with the cookies of a browser session (and its CSRF header), sent by hand: the session cookie is Secure,
    /// which a browser honours on loopback HTTP and .NET's cookie container does not.
    /// </summary>
    public HttpClient CookieApi(string session, string csrf)
    {
        var client = new HttpClient(new SocketsHttpHandler { UseCookies = false }) { BaseAddress = BaseAddress };
        client.DefaultRequestHeaders.Add("Cookie", $"{SessionCookies.Session}={session}; {SessionCookies.Csrf}={csrf}");
        client.DefaultRequestHeaders.Add("X-VG-CSRF", csrf);
        return client;
    }

    /// <summary>A demo account signed in through the API, for arranging what a test's browser then sees.</summary>
    public async Task<HttpClient> SignedInApiAsync(string username)
    {
        using var anonymous = Api();
        var response = await anonymous.PostAsJsonAsync("/api/auth/login", new { username, password = DemoPassword });
        response.EnsureSuccessStatusCode();
        var cookies = response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0].Split('=', 2)).ToDictionary(c => c[0], c => c[1]);
        return CookieApi(cookies[SessionCookies.Session], Uri.UnescapeDataString(cookies[SessionCookies.Csrf]));
    }

    /// <summary>`./vg test` builds the portal first; a bare `dotnet test` builds it here, once.</summary>
    private static void EnsurePortalBuilt()
    {
        if (File.Exists(Path.Combine(PortalDirectory, "index.html"))) return;
        var build = Process.Start(new ProcessStartInfo("bash", [Path.Combine(RepositoryPaths.Root, "tools", "vg", "portal.sh"), "build"])
            { WorkingDirectory = RepositoryPaths.Root })!;
        build.WaitForExit();
        if (build.ExitCode != 0) throw new InvalidOperationException("The portal did not build: bash tools/vg/portal.sh build");
    }

    public async ValueTask DisposeAsync()
    {
        File.Delete(keyFile);
        // Null when start-up failed part way: the failure that matters is that one, not a second one here.
        if (factory is not null) await factory.DisposeAsync();
        if (cluster is not null) await cluster.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalFixture>
{
    public const string Name = "portal";
}
