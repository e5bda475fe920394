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
    public async Task OpenApiDocument_DescribesTheContractsApi()
    {
        var document = await fixture.Client().GetStringAsync("/openapi/v1.json");

        Assert.Contains("\"/api/contracts/{id}\"", document);
        Assert.Contains("\"ListContracts\"", document);
    }
}
