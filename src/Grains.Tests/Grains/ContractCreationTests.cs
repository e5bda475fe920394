using VendorGrid.Grains;
using static VendorGrid.Tests.Grains.ContractDefinitions;

namespace VendorGrid.Tests.Grains;

[Collection(GrainsCollection.Name)]
public sealed class ContractCreationTests(GrainsCluster fixture)
{
    private readonly IGrainFactory grains = fixture.Cluster.Grains;

    [Fact]
    public async Task CreatingAContract_StoresItsSummaryAndDefinition()
    {
        var (institution, vendor, id) = (NewPartyId("inst"), NewPartyId("vend"), NewContractId());
        var json = Json(id, institution, vendor, total: 972_000m, start: "2016-04-16", end: "2017-04-15");

        var result = await grains.GetGrain<IInstitutionGrain>(institution).CreateContractAsync(json);

        Assert.Equal(ContractCreationOutcome.Created, result.Outcome);
        var contract = grains.GetGrain<IContractGrain>(GrainKeys.Contract(institution, id));
        var summary = await contract.GetSummaryAsync();
        Assert.Equal(new ContractSummary
        {
            Id = id, Number = $"NO-{id}", Title = $"Title of {id}",
            Institution = new() { Id = institution, Name = $"Institution {institution}" },
            Vendor = new() { Id = vendor, Name = $"Vendor {vendor}" },
            Start = new DateOnly(2016, 4, 16), End = new DateOnly(2017, 4, 15), Total = 972_000m,
        }, summary);
        Assert.Equal(json, await contract.GetDefinitionAsync());
    }

    [Fact]
    public async Task CreatingTheSameContractTwice_IsIdempotent()
    {
        var (institution, vendor, id) = (NewPartyId("inst"), NewPartyId("vend"), NewContractId());
        var grain = grains.GetGrain<IInstitutionGrain>(institution);

        var first = await grain.CreateContractAsync(Json(id, institution, vendor));
        var second = await grain.CreateContractAsync(Json(id, institution, vendor, total: 1m));

        Assert.Equal(ContractCreationOutcome.Created, first.Outcome);
        Assert.Equal(ContractCreationOutcome.AlreadyExists, second.Outcome);
        Assert.Equal(1_475_000.00m, second.Summary!.Total);
        Assert.Equal([id], (await grain.ListContractsAsync()).Select(c => c.Id));
        Assert.Single(await grains.GetGrain<IVendorGrain>(vendor).ListContractsAsync());
    }

    [Fact]
    public async Task AVendorServingTwoInstitutions_SeesBothContracts_AndEachInstitutionOnlyItsOwn()
    {
        var (hospitalA, hospitalB, vendor) = (NewPartyId("insta"), NewPartyId("instb"), NewPartyId("vend"));
        var (idA, idB) = (NewContractId(), NewContractId());

        await grains.GetGrain<IInstitutionGrain>(hospitalA).CreateContractAsync(Json(idA, hospitalA, vendor));
        await grains.GetGrain<IInstitutionGrain>(hospitalB).CreateContractAsync(Json(idB, hospitalB, vendor));

        var vendorSees = await grains.GetGrain<IVendorGrain>(vendor).ListContractsAsync();
        Assert.Equal(new[] { (hospitalA, idA), (hospitalB, idB) }.Order(),
            vendorSees.Select(c => (c.Institution.Id, c.Id)).Order());
        Assert.Equal([idA], (await grains.GetGrain<IInstitutionGrain>(hospitalA).ListContractsAsync()).Select(c => c.Id));
        Assert.Equal([idB], (await grains.GetGrain<IInstitutionGrain>(hospitalB).ListContractsAsync()).Select(c => c.Id));

        var directory = await grains.GetGrain<IPlatformDirectoryGrain>(GrainKeys.Platform).ListInstitutionsAsync();
        Assert.Contains(new PartyRef { Id = hospitalA, Name = $"Institution {hospitalA}" }, directory);
        Assert.Contains(new PartyRef { Id = hospitalB, Name = $"Institution {hospitalB}" }, directory);
    }

    [Theory]
    [InlineData("""{"id":"c-1","number":"N"}""", "title")]
    [InlineData("""{"id":"c-1","number":"N","title":"T","institution":{"id":"bj-i-x","name":"I"},"vendor":{"id":"bj-v-x","name":"V"},"signedOn":"2026-01-01","term":{"start":"2026-13-01","end":"2027-01-01"},"total":1}""",
        "term.start")]
    [InlineData("""{"id":"C1","number":"N","title":"T","institution":{"id":"bj-i-x","name":"I"},"vendor":{"id":"bj-v-x","name":"V"},"signedOn":"2026-01-01","term":{"start":"2026-01-01","end":"2027-01-01"},"total":1}""",
        "id")]
    [InlineData("not json", "$")]
    public async Task MalformedDefinitions_AreRejected_NamingTheField(string json, string field)
    {
        var institution = NewPartyId("inst");
        var result = await grains.GetGrain<IInstitutionGrain>(institution).CreateContractAsync(json);

        Assert.Equal(ContractCreationOutcome.Rejected, result.Outcome);
        Assert.Contains(result.Errors, e => e.Path == field);
        Assert.StartsWith(field + ": ", result.Problem);
        Assert.Empty(await grains.GetGrain<IInstitutionGrain>(institution).ListContractsAsync());
    }

    [Fact]
    public async Task AnotherInstitutionsContract_IsRejected()
    {
        var (mine, theirs) = (NewPartyId("mine"), NewPartyId("theirs"));

        var result = await grains.GetGrain<IInstitutionGrain>(mine)
            .CreateContractAsync(Json(NewContractId(), theirs, NewPartyId("vend")));

        Assert.Equal($"institution.id '{theirs}' is not this institution ('{mine}')", result.Problem);
        Assert.Empty(await grains.GetGrain<IInstitutionGrain>(mine).ListContractsAsync());
    }

    /// <summary>Contract ids share the platform-wide registry with engineer ids: one in use before it (migration 0015 lists it) stays its institution's.</summary>
    [Fact]
    public async Task AContractIdUsedBeforeTheRegistry_IsTakenForAnotherInstitution_AndStillFreeForItsOwn()
    {
        var (id, earlier, later) = (NewContractId(), NewPartyId("inst"), NewPartyId("inst"));
        await fixture.Cluster.Database.ScalarAsync<int>(
            $"INSERT INTO vg.platform_ids_before_registry (kind, id, holder) VALUES ('contract', '{id}', '{earlier}') RETURNING 1");

        var refused = await grains.GetGrain<IInstitutionGrain>(later).CreateContractAsync(Json(id, later, NewPartyId("vend")));
        var created = await grains.GetGrain<IInstitutionGrain>(earlier).CreateContractAsync(Json(id, earlier, NewPartyId("vend")));

        Assert.Equal((ContractCreationOutcome.IdTaken, ContractCreationOutcome.Created), (refused.Outcome, created.Outcome));
        Assert.Empty(await grains.GetGrain<IInstitutionGrain>(later).ListContractsAsync());
    }
}
