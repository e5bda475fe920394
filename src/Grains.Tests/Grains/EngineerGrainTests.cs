using VendorGrid.Domain.Staffing;
using VendorGrid.Grains;
using static VendorGrid.Tests.Grains.ContractDefinitions;

namespace VendorGrid.Tests.Grains;

/// <summary>The engineer grain: a profile keyed by its vendor, the vendor's staff list, an idempotent assignment index.</summary>
[Collection(GrainsCollection.Name)]
public sealed class EngineerGrainTests(GrainsCluster fixture)
{
    private readonly IGrainFactory grains = fixture.Cluster.Grains;

    private static EngineerProfile Han => new()
    {
        Id = "han-zhaodong", Name = "韩昭东", Education = "本科", Years = 8, BackgroundCheck = BackgroundCheck.Filed, IdNumber = "110101198001010011",
        Certificates = [new HeldCertificate { Name = "ITSS 项目经理", Number = "ITSS-2024-001", IssuedOn = new DateOnly(2024, 1, 1), ExpiresOn = new DateOnly(2027, 12, 31) }],
    };

    [Fact]
    public async Task SavingAProfile_RegistersTheEngineerWithItsVendor_OnceOnly()
    {
        var vendor = NewPartyId("vend");
        var engineer = grains.GetGrain<IEngineerGrain>(GrainKeys.Engineer(vendor, "han-zhaodong"));

        Assert.True(await engineer.SaveProfileAsync(Han));
        Assert.False(await engineer.SaveProfileAsync(Han with { Years = 9 }));

        var record = await engineer.GetAsync();
        Assert.Equal((vendor, 9, "ITSS-2024-001"), (record!.VendorId, record.Profile.Years, record.Profile.Certificates[0].Number));
        Assert.Equal(["han-zhaodong"], (await grains.GetGrain<IVendorGrain>(vendor).ListEngineersAsync()).ToArray());
    }

    [Fact]
    public async Task TheSameIdAtAnotherVendor_IsNobody()
    {
        var vendor = NewPartyId("vend");
        await grains.GetGrain<IEngineerGrain>(GrainKeys.Engineer(vendor, "han-zhaodong")).SaveProfileAsync(Han);

        Assert.Null(await grains.GetGrain<IEngineerGrain>(GrainKeys.Engineer(NewPartyId("vend"), "han-zhaodong")).GetAsync());
    }

    [Fact]
    public async Task IndexingAnAssignmentTwice_KeepsOneEntry_AndAnEndUpdatesIt()
    {
        var engineer = grains.GetGrain<IEngineerGrain>(GrainKeys.Engineer(NewPartyId("vend"), "han-zhaodong"));
        await engineer.SaveProfileAsync(Han);
        var assignment = new EngineerAssignment
        {
            FactId = "assign-han", InstitutionId = "121100004006863122", ContractId = "c2-chaoyang-his-2026", Role = "ops-engineer",
            From = new DateTimeOffset(2026, 2, 5, 9, 0, 0, TimeSpan.FromHours(8)),
        };

        await engineer.IndexAssignmentAsync(assignment);
        await engineer.IndexAssignmentAsync(assignment);
        await engineer.IndexAssignmentAsync(assignment with { To = new DateTimeOffset(2026, 5, 16, 9, 0, 0, TimeSpan.FromHours(8)) });

        var only = Assert.Single((await engineer.GetAsync())!.Assignments);
        Assert.Equal(new DateTimeOffset(2026, 5, 16, 9, 0, 0, TimeSpan.FromHours(8)), only.To);
    }
}
