using VendorGrid.Domain.Staffing;
using VendorGrid.Grains;
using static VendorGrid.Tests.Grains.ContractDefinitions;

namespace VendorGrid.Tests.Grains;

/// <summary>The engineer grain: a profile keyed by its vendor, an id unique across the platform, the vendor's staff list, an idempotent assignment index.</summary>
[Collection(GrainsCollection.Name)]
public sealed class EngineerGrainTests(GrainsCluster fixture)
{
    private readonly IGrainFactory grains = fixture.Cluster.Grains;

    /// <summary>Han under an id no other test uses: engineer ids are platform-wide and every test shares the cluster.</summary>
    private static EngineerProfile Han(string id) => new()
    {
        Id = id, Name = "韩昭东", Education = "本科", Years = 8, BackgroundCheck = BackgroundCheck.Filed, IdNumber = "110101198001010011",
        Certificates = [new HeldCertificate { Name = "ITSS 项目经理", Number = "ITSS-2024-001", IssuedOn = new DateOnly(2024, 1, 1), ExpiresOn = new DateOnly(2027, 12, 31) }],
    };

    private static string NewEngineerId() => $"han-{Guid.NewGuid():N}"[..20];

    private Task<string?> HolderAsync(string id) => grains.GetGrain<IPlatformIdGrain>(GrainKeys.PlatformId(PlatformIdKinds.Engineer, id)).HolderAsync();

    [Fact]
    public async Task SavingAProfile_RegistersTheEngineerWithItsVendor_OnceOnly()
    {
        var (vendor, id) = (NewPartyId("vend"), NewEngineerId());
        var engineer = grains.GetGrain<IEngineerGrain>(GrainKeys.Engineer(vendor, id));

        Assert.Equal(EngineerSaveOutcome.Created, await engineer.SaveProfileAsync(Han(id)));
        Assert.Equal(EngineerSaveOutcome.Updated, await engineer.SaveProfileAsync(Han(id) with { Years = 9 }));

        var record = await engineer.GetAsync();
        Assert.Equal((vendor, 9, "ITSS-2024-001"), (record!.VendorId, record.Profile.Years, record.Profile.Certificates[0].Number));
        Assert.Equal([id], (await grains.GetGrain<IVendorGrain>(vendor).ListEngineersAsync()).ToArray());
        Assert.Equal(vendor, await HolderAsync(id));
    }

    [Fact]
    public async Task AnIdAnotherVendorHolds_IsTaken_AndNothingIsStoredForTheSecondVendor()
    {
        var (first, second, id) = (NewPartyId("vend"), NewPartyId("vend"), NewEngineerId());
        await grains.GetGrain<IEngineerGrain>(GrainKeys.Engineer(first, id)).SaveProfileAsync(Han(id));

        var taken = grains.GetGrain<IEngineerGrain>(GrainKeys.Engineer(second, id));
        Assert.Equal(EngineerSaveOutcome.IdTaken, await taken.SaveProfileAsync(Han(id) with { Name = "另一人", Years = 2 }));

        Assert.Null(await taken.GetAsync());
        Assert.Empty(await grains.GetGrain<IVendorGrain>(second).ListEngineersAsync());
        var kept = (await grains.GetGrain<IEngineerGrain>(GrainKeys.Engineer(first, id)).GetAsync())!;
        Assert.Equal((first, "韩昭东", 8), (kept.VendorId, kept.Profile.Name, kept.Profile.Years));
    }

    [Fact]
    public async Task VendorsRacingForOneId_ExactlyOneCreatesIt()
    {
        var id = NewEngineerId();
        var vendors = Enumerable.Range(0, 8).Select(_ => NewPartyId("vend")).ToArray();

        var outcomes = await Task.WhenAll(vendors.Select(v => grains.GetGrain<IEngineerGrain>(GrainKeys.Engineer(v, id)).SaveProfileAsync(Han(id))));

        var winner = vendors[Array.IndexOf(outcomes, EngineerSaveOutcome.Created)];
        Assert.Equal(7, outcomes.Count(o => o == EngineerSaveOutcome.IdTaken));
        Assert.Equal(winner, await HolderAsync(id));
        var stored = await Task.WhenAll(vendors.Select(v => grains.GetGrain<IEngineerGrain>(GrainKeys.Engineer(v, id)).GetAsync()));
        Assert.Equal([winner], stored.OfType<EngineerRecord>().Select(r => r.VendorId));
    }

    [Fact]
    public async Task TheHolder_IsStoredInGrainState_SoASiloRestartKeepsIt()
    {
        var (vendor, id) = (NewPartyId("vend"), NewEngineerId());
        await grains.GetGrain<IEngineerGrain>(GrainKeys.Engineer(vendor, id)).SaveProfileAsync(Han(id));

        Assert.Equal(1L, await fixture.Cluster.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM orleans.grain_state WHERE grain_type_string = 'platform-id-state' AND grain_id_extension_string = 'engineer/{id}'"));
    }

    /// <summary>Engineers stored before the registry (listed by migration 0015) keep their ids: the first vendor in id order holds one two vendors used.</summary>
    [Fact]
    public async Task AnIdUsedBeforeTheRegistry_IsAdoptedByItsEarlierVendor_NotGivenToANewOne()
    {
        var id = NewEngineerId();
        var (earlier, later, newcomer) = ("vend-a-" + id, "vend-b-" + id, NewPartyId("vend"));
        await fixture.Cluster.Database.ScalarAsync<int>(
            $"INSERT INTO vg.platform_ids_before_registry (kind, id, holder) VALUES ('engineer', '{id}', '{later}'), ('engineer', '{id}', '{earlier}') RETURNING 1");

        Assert.Equal(EngineerSaveOutcome.IdTaken, await grains.GetGrain<IEngineerGrain>(GrainKeys.Engineer(newcomer, id)).SaveProfileAsync(Han(id)));
        Assert.Equal(earlier, await HolderAsync(id));
        // The holder saves under it as its own.
        Assert.Equal(EngineerSaveOutcome.Created, await grains.GetGrain<IEngineerGrain>(GrainKeys.Engineer(earlier, id)).SaveProfileAsync(Han(id)));
    }

    [Fact]
    public async Task IndexingAnAssignmentTwice_KeepsOneEntry_AndAnEndUpdatesIt()
    {
        var id = NewEngineerId();
        var engineer = grains.GetGrain<IEngineerGrain>(GrainKeys.Engineer(NewPartyId("vend"), id));
        await engineer.SaveProfileAsync(Han(id));
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
