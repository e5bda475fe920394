using VendorGrid.Grains;

namespace VendorGrid.Gateway.Tenancy;

/// <summary>
/// The contracts a caller may see, read from the index that matches the role: the platform directory for a
/// platform admin, the caller's own institution grain, or the caller's own vendor grain.
/// </summary>
public static class VisibleContracts
{
    public static async Task<IReadOnlyList<ContractSummary>> ListAsync(CurrentCaller caller, IGrainFactory grains)
    {
        if (caller.IsVendor)
            return await grains.GetGrain<IVendorGrain>(caller.VendorId!).ListContractsAsync();
        if (caller.IsInstitutionMember)
            return await grains.GetGrain<IInstitutionGrain>(caller.InstitutionId!).ListContractsAsync();

        var institutions = await grains.GetGrain<IPlatformDirectoryGrain>(GrainKeys.Platform).ListInstitutionsAsync();
        var lists = await Task.WhenAll(institutions.Select(i => grains.GetGrain<IInstitutionGrain>(i.Id).ListContractsAsync()));
        return lists.SelectMany(list => list).ToList();
    }

    /// <summary>One contract by id, or null when it does not exist for this caller (never another tenant's).</summary>
    public static async Task<ContractSummary?> FindAsync(CurrentCaller caller, string contractId, IGrainFactory grains)
    {
        if (!GrainKeys.IsContractId(contractId))
            return null;
        if (caller.IsInstitutionMember)
            return await grains.GetGrain<IContractGrain>(GrainKeys.Contract(caller.InstitutionId!, contractId)).GetSummaryAsync();
        return (await ListAsync(caller, grains)).FirstOrDefault(c => c.Id == contractId);
    }
}
