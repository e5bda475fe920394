using System.Net;
using System.Text.Json;
using Hangfire;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Orleans.TestingHost;
using VendorGrid.Silo.Jobs;
using VendorGrid.Tests.Gateway;
using VendorGrid.Tests.Infrastructure;

namespace VendorGrid.Tests.Operations;

/// <summary>Issue 19 (3): the Orleans Dashboard and the Hangfire dashboard, for platform admins only, and every job loadable by the gateway.</summary>
[Collection(GatewayCollection.Name)]
public sealed class AdminDashboardsTests(GatewayFixture fixture)
{
    [Theory]
    [InlineData("/admin/orleans/index.html")]
    [InlineData("/admin/orleans/ClusterStats")]
    public async Task TheOrleansDashboard_Answers401Anonymous_403ToAnInstitutionAdminOrAVendor(string path)
    {
        var institutionAdmin = fixture.Client(Tokens.For(fixture, "institution-admin", institution: $"inst-{Guid.NewGuid():N}"[..24]));
        var vendor = fixture.Client(Tokens.For(fixture, "vendor", vendor: $"vend-{Guid.NewGuid():N}"[..24]));

        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Client().GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await institutionAdmin.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await vendor.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task APlatformAdmin_OpensTheOrleansDashboard_AndReadsTheClusterFromTheSilos()
    {
        var admin = fixture.Client(Tokens.For(fixture, "platform-admin"));

        var page = await admin.GetAsync("/admin/orleans/index.html");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<script", await page.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        var stats = await admin.GetAsync("/admin/orleans/DashboardCounters");
        Assert.Equal(HttpStatusCode.OK, stats.StatusCode);
        var counters = JsonDocument.Parse(await stats.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(fixture.Cluster.Cluster.Silos.Count, counters.GetProperty("totalActiveHostCount").GetInt32());
    }

    [Fact]
    public async Task EveryRecurringJob_IsStoredUnderATypeTheGatewayShips_SoItsDashboardCanShowIt()
    {
        var silo = ((InProcessSiloHandle)fixture.Cluster.Cluster.Silos[0]).SiloHost.Services;
        await new RecurringJobRegistrar(silo.GetRequiredService<IRecurringJobManager>(), silo.GetRequiredService<IConfiguration>())
            .StartAsync(CancellationToken.None);
        var gatewayDependencies = await File.ReadAllTextAsync(NodeGatewayDepsFile());

        await using var database = NpgsqlDataSource.Create(fixture.Cluster.Database.ConnectionString);
        foreach (var id in RecurringJobRegistrar.Ids)
        {
            await using var command = database.CreateCommand("SELECT value FROM hangfire.hash WHERE key = $1 AND field = 'Job'");
            command.Parameters.AddWithValue($"recurring-job:{id}");
            var job = JsonDocument.Parse((string)(await command.ExecuteScalarAsync())!).RootElement;
            var assembly = job.GetProperty("t").GetString()!.Split(',')[1].Trim();
            Assert.True(assembly != "VendorGrid.Silo" && gatewayDependencies.Contains($"\"{assembly}.dll\"", StringComparison.Ordinal),
                $"{id} is stored as {job.GetProperty("t")}, which the gateway cannot load");
        }
        var recurring = await fixture.Client(Tokens.For(fixture, "platform-admin")).GetStringAsync("/admin/jobs/recurring");
        Assert.DoesNotContain("Could not resolve", recurring, StringComparison.OrdinalIgnoreCase);
    }

    private static string NodeGatewayDepsFile() =>
        Path.ChangeExtension(VendorGrid.Tests.Faults.NodeProcess.GatewayAssembly, ".deps.json");
}
