using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using VendorGrid.Silo.Configuration;
using VendorGrid.Grains;
using VendorGrid.Silo.Seeding;
using VendorGrid.Tests.Infrastructure;

namespace VendorGrid.Tests.Grains;

[Collection(GrainsCollection.Name)]
public sealed class SeedLoaderTests(GrainsCluster fixture)
{
    [Fact]
    public async Task LoadingTheSeedsTwice_CreatesFiveContractsOnce()
    {
        var loader = new SeedLoader(fixture.Cluster.Grains, NullLogger<SeedLoader>.Instance);

        var first = await loader.LoadAsync(RepositoryPaths.Seeds);
        var second = await loader.LoadAsync(RepositoryPaths.Seeds);

        Assert.Equal(new SeedReport(Created: 5, AlreadyExisted: 0, Rejected: 0), first);
        Assert.Equal(new SeedReport(Created: 0, AlreadyExisted: 5, Rejected: 0), second);
        var dataCenter = await fixture.Cluster.Grains.GetGrain<IInstitutionGrain>("bj-health-data-center").ListContractsAsync();
        Assert.Equal(["c3-medical-registration-ops-2024", "c4-health-commission-medadmin-ops-2024"], dataCenter.Select(c => c.Id));
        var chaoyang = await fixture.Cluster.Grains.GetGrain<IInstitutionGrain>("121100004006863122").ListContractsAsync();
        Assert.Equal(1_475_000.00m, Assert.Single(chaoyang).Total);
        Assert.Equal("朝医-2026-AC-信息管理办公室-117-5", chaoyang[0].Number);
    }

    [Fact]
    public async Task StartUpSeeding_IsRequestedBeforeTheSiloStarts_AndCompletedWithItsCountsOnceLoaded()
    {
        var seeds = Directory.CreateTempSubdirectory("vg-seeds-");  // empty: this collection's contracts are loaded above
        var settings = SiloSettings.From(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            { ["VG_DB"] = fixture.Cluster.Database.ConnectionString, ["VG_SEEDS"] = seeds.FullName }).Build());
        await using var database = fixture.Cluster.Database.CreateDataSource();
        var runs = new SeedRuns(database, fixture.Cluster.Clock);
        async Task<string> RowAsync() => await fixture.Cluster.Database.ScalarAsync<string>(
            $"SELECT (completed_at IS NOT NULL)::text || ' ' || coalesce(created::text, '-') FROM vg.seed_runs WHERE seeds = '{seeds.FullName}'") ?? "none";
        try
        {
            await new SeedRequestOnStartup(runs, settings).StartAsync(default);
            Assert.Equal("false -", await RowAsync());

            var loader = new SeedLoader(fixture.Cluster.Grains, NullLogger<SeedLoader>.Instance);
            var history = new DemoHistorySeeder(fixture.Cluster.Grains, _ => Domain.Calendar.CalendarTestData.NationalCalendar, fixture.Cluster.Clock,
                NullLogger<DemoHistorySeeder>.Instance);
            await new SeedOnStartup(loader, runs, settings, history, NullLogger<SeedOnStartup>.Instance).StartAsync(default);
            Assert.Equal("true 0", await RowAsync());
        }
        finally
        {
            seeds.Delete();
        }
    }
}
