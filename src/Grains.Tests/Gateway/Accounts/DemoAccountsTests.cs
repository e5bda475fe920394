using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using VendorGrid.Gateway.Accounts;
using VendorGrid.Gateway.Hosting;
using VendorGrid.Gateway.Security;
using VendorGrid.Silo.Configuration;
using VendorGrid.Silo.Seeding;
using VendorGrid.Tests.Infrastructure;

namespace VendorGrid.Tests.Gateway.Accounts;

/// <summary>`./vg up`'s demo logins: created and printed on the first start only, and good for signing in.</summary>
public sealed class DemoAccountsTests() : DatabaseTest("demo-accounts")
{
    [Fact]
    public async Task TheFirstStart_CreatesAndPrintsOneLoginPerSeededParty_LaterStartsPrintNothing()
    {
        var demo = new DemoAccounts(Source, new FakeTimeProvider(Now));
        var first = new StringWriter();
        var second = new StringWriter();

        var created = await demo.CreateOnFirstStartAsync(RepositoryPaths.Seeds, null, first);
        var again = await demo.CreateOnFirstStartAsync(RepositoryPaths.Seeds, null, second);

        // The seeds: 4 institutions (bj-health-data-center twice), 5 vendors; staff for the first institution.
        Assert.Equal(1 + 4 + 1 + 5, created.Count);
        Assert.Equal(("admin@platform.local", "platform-admin"), (created[0].Username, created[0].Role));
        Assert.Contains(created, a => a is { Username: "admin@bj-health-data-center.local", Role: "institution-admin" });
        Assert.Contains(created, a => a is { Username: "vendor@91110106ma01a51e7b.local", Role: "vendor", Party: "91110106MA01A51E7B" });
        Assert.Single(created, a => a.Role == "institution-staff");
        Assert.Equal(created.Count, created.Select(a => a.Password).Distinct().Count());
        Assert.All(created, a => Assert.Matches($@"(?m)^\s+{Regex.Escape(a.Username)}\s+{a.Password}\s+{a.Role}\s+{Regex.Escape(a.Party ?? "-")}$", first.ToString()));
        Assert.StartsWith(DemoAccounts.Heading, first.ToString());
        Assert.Empty(again);
        Assert.Equal("", second.ToString());
        Assert.Equal(created.Count, await Database.ScalarAsync<long>("SELECT count(*) FROM vg.accounts"));
        Assert.Equal(0L, await Database.ScalarAsync<long>($"SELECT count(*) FROM vg.accounts WHERE password_hash LIKE '%{created[0].Password}%'"));

        var signedIn = await SignIn().SignInAsync("vendor@91110106ma01a51e7b.local", created.Single(a => a.Party == "91110106MA01A51E7B").Password, "test", null, default);
        Assert.Equal((SignInOutcome.SignedIn, "91110106MA01A51E7B"), (signedIn.Outcome, signedIn.Member?.Membership.VendorId));
    }

    [Fact]
    public async Task VgDemoPassword_FixesEveryDemoPassword()
    {
        var output = new StringWriter();

        var created = await new DemoAccounts(Source, new FakeTimeProvider(Now)).CreateOnFirstStartAsync(RepositoryPaths.Seeds, "browser-tests-2026", output);

        Assert.All(created, a => Assert.Equal("browser-tests-2026", a.Password));
        Assert.Equal(SignInOutcome.SignedIn, (await SignIn().SignInAsync("admin@platform.local", "browser-tests-2026", "test", null, default)).Outcome);
    }

    private PasswordSignIn SignIn()
    {
        var store = new AccountStore(Source, new FakeTimeProvider(Now), new AccountSettings(), new SessionCache(new FakeTimeProvider(Now), new GatewaySettings()));
        return new PasswordSignIn(store, new SignInBackoff(store, new AccountSettings()));
    }

    private static readonly DateTimeOffset Now = new(2026, 5, 1, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task OnStartup_ThePasswordsGoToAnOwnerOnlyFile_AndNeverToTheLog()
    {
        var file = Path.Combine(Path.GetTempPath(), $"vg-demo-{Guid.NewGuid():N}");
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["VG_DEMO_ACCOUNTS"] = "true", ["VG_DEMO_PASSWORD"] = "file-only-Pa55word", [DemoAccountsOnStartup.FileKey] = file,
        }).Build();
        var log = new RecordingLogger();
        var startup = new DemoAccountsOnStartup(new DemoAccounts(Source, new FakeTimeProvider(Now)),
            new SiloSettings("unused", "c", "s", 0, 0, null, RepositoryPaths.Seeds), config, log);
        try
        {
            await startup.StartAsync(default);

            Assert.Matches(@"(?m)^\s+admin@platform\.local\s+file-only-Pa55word\s+platform-admin", await File.ReadAllTextAsync(file));
            if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
            Assert.DoesNotContain(log.Lines, line => line.Contains("file-only-Pa55word", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(file);
        }
    }

    private sealed class RecordingLogger : ILogger<DemoAccountsOnStartup>
    {
        public List<string> Lines { get; } = [];
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Add(formatter(state, exception));
    }

    [Theory]
    [InlineData("true", true, true)]
    [InlineData(null, true, false)]   // a seeded cluster that did not ask (the Kubernetes dev overlay): no passwords in its logs
    [InlineData("false", true, false)]
    [InlineData("true", false, false)] // nothing seeded: no parties to make logins for
    public void DemoAccountsAreCreatedOnlyWhereAskedForAndSeeded(string? flag, bool seeded, bool expected)
    {
        var config = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["VG_DEMO_ACCOUNTS"] = flag }).Build();

        Assert.Equal(expected, DemoAccountsOnStartup.IsEnabled(seeded ? RepositoryPaths.Seeds : null, config));
    }
}
