using VendorGrid.Gateway.Tenancy;
using VendorGrid.Grains;

namespace VendorGrid.Gateway.Contracts;

/// <summary>A contract the caller may see, with its grain addressed from the caller's tenancy.</summary>
public sealed record ContractAccess(ContractSummary Summary, IContractGrain Grain)
{
    /// <summary>
    /// The contract's grain for a read the grain itself answers with null when there is no such contract. An
    /// institution's own key needs no lookup; a vendor or platform admin goes through its visible list.
    /// </summary>
    public static async Task<IContractGrain?> GrainAsync(CurrentCaller caller, string contractId, IGrainFactory grains)
    {
        if (caller.IsInstitutionMember)
            return GrainKeys.IsContractId(contractId) ? grains.GetGrain<IContractGrain>(GrainKeys.Contract(caller.InstitutionId!, contractId)) : null;
        return (await FindAsync(caller, contractId, grains))?.Grain;
    }

    /// <summary>Null when the contract does not exist for this caller — another tenant's contract included.</summary>
    public static async Task<ContractAccess?> FindAsync(CurrentCaller caller, string contractId, IGrainFactory grains)
    {
        var summary = await VisibleContracts.FindAsync(caller, contractId, grains);
        return summary is null ? null
            : new ContractAccess(summary, grains.GetGrain<IContractGrain>(GrainKeys.Contract(summary.Institution.Id, summary.Id)));
    }
}
