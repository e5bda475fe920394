using Microsoft.Extensions.Configuration;
using System.Text.RegularExpressions;
using VendorGrid.Gateway.Accounts;
using VendorGrid.Silo.Seeding;
using VendorGrid.Tests.Infrastructure;

namespace VendorGrid.Tests.Gateway.Accounts;

/// <summary>`./vg up`'s demo logins: created and printed on the first start only, and good for signing in.</summary>
public sealed class DemoAccountsTests() : DatabaseTest("demo-accounts")
{
    [Fact]
    public async Task TheFirstStart_CreatesAndPrintsOneLoginPerSeededParty_LaterStartsPrintNothing()
    {
        var demo = new DemoAccounts(Source, TimeProvider.System);
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

        var store = new AccountStore(Source, TimeProvider.System, new AccountSettings(), new VendorGrid.Gateway.Security.SessionCache(TimeProvider.System, new VendorGrid.Gateway.Hosting.GatewaySettings()));
        var signedIn = await store.SignInAsync("vendor@91110106ma01a51e7b.local", created.Single(a => a.Party == "91110106MA01A51E7B").Password, default);
        Assert.Equal((SignInOutcome.SignedIn, "91110106MA01A51E7B"), (signedIn.Outcome, signedIn.Account?.VendorId));
    }

    [Fact]
    public async Task VgDemoPassword_FixesEveryDemoPassword()
    {
        var output = new StringWriter();

        var created = await new DemoAccounts(Source, TimeProvider.System).CreateOnFirstStartAsync(RepositoryPaths.Seeds, "browser-tests-2026", output);

        Assert.All(created, a => Assert.Equal("browser-tests-2026", a.Password));
        var store = new AccountStore(Source, TimeProvider.System, new AccountSettings(), new VendorGrid.Gateway.Security.SessionCache(TimeProvider.System, new VendorGrid.Gateway.Hosting.GatewaySettings()));
        Assert.Equal(SignInOutcome.SignedIn, (await store.SignInAsync("admin@platform.local", "browser-tests-2026", default)).Outcome);
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
