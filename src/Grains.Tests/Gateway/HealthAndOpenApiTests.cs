using System.Net;

namespace VendorGrid.Tests.Gateway;

[Collection(GatewayCollection.Name)]
public sealed class HealthAndOpenApiTests(GatewayFixture fixture)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task HealthEndpoints_AnswerHealthyWithoutAToken(string path)
    {
        var response = await fixture.Client().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ready_WaitsWhileASilosStartUpSeedingIsUnderWay()
    {
        var seeds = $"/tmp/seeds-{Guid.NewGuid():N}";
        await using var database = fixture.Cluster.Database.CreateDataSource();
        var runs = new VendorGrid.Silo.Seeding.SeedRuns(database, fixture.Clock);
        try
        {
            await runs.RequestAsync(seeds);
            var loading = await fixture.Client().GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, loading.StatusCode);
            Assert.Equal("Unhealthy", await loading.Content.ReadAsStringAsync());

            await runs.CompleteAsync(seeds, new(5, 0, 0));
            Assert.Equal(HttpStatusCode.OK, (await fixture.Client().GetAsync("/health/ready")).StatusCode);
        }
        finally
        {
            await using var cleanup = database.CreateCommand($"DELETE FROM vg.seed_runs WHERE seeds = '{seeds}'");
            await cleanup.ExecuteNonQueryAsync();
        }
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheContractsApi()
    {
        var document = await fixture.Client().GetStringAsync("/openapi/v1.json");

        Assert.Contains("\"/api/contracts/{id}\"", document);
        Assert.Contains("\"ListContracts\"", document);
    }
}
