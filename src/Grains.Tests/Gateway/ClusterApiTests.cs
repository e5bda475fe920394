using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace VendorGrid.Tests.Gateway;

/// <summary>Issue 8, the cluster for platform admins, on the shared one-silo test cluster (draining a silo for real is in Faults/).</summary>
[Collection(GatewayCollection.Name)]
public sealed class ClusterApiTests(GatewayFixture fixture)
{
    private HttpClient Platform => fixture.Client(Tokens.For(fixture, "platform-admin"));

    [Fact]
    public async Task ThePlatformAdmin_SeesTheActiveSilo_WithItsActivationsByGrainType()
    {
        await ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026"); // at least one contract grain is active

        var cluster = await Platform.GetFromJsonAsync<JsonElement>("/api/admin/cluster");

        var silo = Assert.Single(cluster.GetProperty("silos").EnumerateArray());
        Assert.Equal("Active", silo.GetProperty("status").GetString());
        Assert.Matches(@"^\d+\.\d+\.\d+\.\d+:\d+@\d+$", silo.GetProperty("address").GetString());
        // Orleans' membership table records the silo's real start, not the app's clock: reported as a UTC instant.
        var startedAt = silo.GetProperty("startedAt").GetDateTimeOffset();
        Assert.Equal(TimeSpan.Zero, startedAt.Offset);
        Assert.True(startedAt.Year >= 2024, $"startedAt {startedAt:O}");
        var byType = silo.GetProperty("activationsByGrainType").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
        Assert.Contains(byType, t => t.Key.Contains("contract", StringComparison.OrdinalIgnoreCase) && t.Value >= 1);
        Assert.True(silo.GetProperty("activationCount").GetInt32() >= byType.Values.Sum() - 1);
        Assert.True(silo.GetProperty("memoryUsedBytes").GetInt64() > 0);
    }

    [Fact]
    public async Task DrainingTheLastActiveSilo_IsAConflict_AndChangesNothing()
    {
        var address = (await Platform.GetFromJsonAsync<JsonElement>("/api/admin/cluster")).GetProperty("silos")[0].GetProperty("address").GetString()!;

        var response = await Platform.PostAsync($"/api/admin/cluster/silos/{Uri.EscapeDataString(address)}/drain", null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("urn:vendorgrid:problem:last-active-silo", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString());
        var after = await Platform.GetFromJsonAsync<JsonElement>("/api/admin/cluster");
        Assert.Equal("Active", after.GetProperty("silos")[0].GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("127.0.0.1:1@1")]
    [InlineData("not-a-silo")]
    public async Task AnUnknownAddress_IsNotFound(string address)
    {
        var response = await Platform.PostAsync($"/api/admin/cluster/silos/{Uri.EscapeDataString(address)}/drain", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("urn:vendorgrid:problem:silo-not-found", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task OnlyPlatformAdmins_SeeOrDrainTheCluster()
    {
        var staff = fixture.Client(Tokens.For(fixture, "institution-admin", institution: $"inst-{Guid.NewGuid():N}"[..24]));

        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync("/api/admin/cluster")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsync("/api/admin/cluster/silos/127.0.0.1:1@1/drain", null)).StatusCode);
    }
}
