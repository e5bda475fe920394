using VendorGrid.Tests.Grains;

namespace VendorGrid.Tests.Infrastructure;

/// <summary>The real providers against the project's SQL: two silos joined through orleans.membership.</summary>
[Collection(GrainsCollection.Name)]
public sealed class ClusterMembershipTests(GrainsCluster fixture)
{
    [Fact]
    public async Task TwoSilos_AreActiveInTheMembershipTable_AndOfferedAsGateways()
    {
        var database = fixture.Cluster.Database;
        var clusterId = fixture.Cluster.Cluster.Options.ClusterId;
        var queries = new OrleansQueries(database);

        var active = await database.ScalarAsync<long>(
            $"SELECT count(*) FROM orleans.membership WHERE deployment_id = '{clusterId}' AND status = 3");
        var gateways = await queries.RowsAsync("GatewaysQueryKey", ("DeploymentId", clusterId), ("Status", 3));

        Assert.Equal(2L, active);
        Assert.Equal(2, gateways.Count);
        Assert.True(await database.ScalarAsync<int>(
            $"SELECT version FROM orleans.membership_version WHERE deployment_id = '{clusterId}'") >= 2);
    }

    [Fact]
    public async Task GrainState_IsStoredOnceUnderItsOwnStateName()
    {
        var institution = ContractDefinitions.NewPartyId("inst");
        await fixture.Cluster.Grains.GetGrain<VendorGrid.Grains.IInstitutionGrain>(institution)
            .CreateContractAsync(ContractDefinitions.Json(ContractDefinitions.NewContractId(), institution, ContractDefinitions.NewPartyId("vend")));

        var rows = await fixture.Cluster.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM orleans.grain_state WHERE grain_type_string = 'institution-state' AND grain_id_extension_string = '{institution}'");
        var version = await fixture.Cluster.Database.ScalarAsync<int>(
            $"SELECT version FROM orleans.grain_state WHERE grain_type_string = 'institution-state' AND grain_id_extension_string = '{institution}'");

        Assert.Equal(1L, rows);
        Assert.Equal(1, version);
    }
}
