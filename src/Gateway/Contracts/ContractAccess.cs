using VendorGrid.Gateway.Tenancy;
using VendorGrid.Grains;

namespace VendorGrid.Gateway.Contracts;

/// <summary>
/// A contract the caller may see, with its grain addressed from the caller's tenancy. <see cref="Summary"/> is null for
/// an institution member's read, which is answered by the grain itself (null for a contract it does not hold).
/// </summary>
public sealed record ContractAccess(string Id, string InstitutionId, IContractGrain Grain, ContractSummary? Summary)
{
    public string GrainKey => GrainKeys.Contract(InstitutionId, Id);

    /// <summary>The caller's own institution's contract under <paramref name="contractId"/>, unchecked.</summary>
    public static ContractAccess Own(CurrentCaller caller, string contractId, IGrainFactory grains) =>
        new(contractId, caller.InstitutionId!, grains.GetGrain<IContractGrain>(GrainKeys.Contract(caller.InstitutionId!, contractId)), null);

    /// <summary>Null when the contract does not exist for this caller — another tenant's contract included.</summary>
    public static async Task<ContractAccess?> FindAsync(CurrentCaller caller, string contractId, IGrainFactory grains)
    {
        var summary = await VisibleContracts.FindAsync(caller, contractId, grains);
        return summary is null ? null
            : new ContractAccess(summary.Id, summary.Institution.Id, grains.GetGrain<IContractGrain>(GrainKeys.Contract(summary.Institution.Id, summary.Id)), summary);
    }
}
