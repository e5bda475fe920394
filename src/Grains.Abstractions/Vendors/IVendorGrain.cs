using System.Collections.Immutable;

namespace VendorGrid.Grains;

/// <summary>
/// A vendor (乙方), keyed by its USCC. One vendor serves several institutions; this grain is the index that
/// lets a vendor's single login see its own contracts across all of them without scanning any tenant.
/// It only receives calls (from contract grains) and never calls back.
/// </summary>
[Alias("vg.IVendorGrain")]
public interface IVendorGrain : IGrainWithStringKey
{
    /// <summary>Adds or refreshes one contract in the index. Idempotent.</summary>
    [Alias("register-contract")]
    Task RegisterContractAsync(ContractSummary summary);

    /// <summary>Onboards the vendor (platform admin). Idempotent; false when the same profile was already stored.</summary>
    [Alias("set-profile")]
    Task<bool> SetProfileAsync(PartyProfile profile);

    /// <summary>The onboarded profile, or null before onboarding.</summary>
    [Alias("get-profile")]
    Task<PartyProfile?> GetProfileAsync();

    /// <summary>Adds an engineer id to the vendor's staff list. Idempotent.</summary>
    [Alias("register-engineer")]
    Task RegisterEngineerAsync(string engineerId);

    /// <summary>The vendor's engineer ids, in order.</summary>
    [Alias("list-engineers")]
    Task<ImmutableArray<string>> ListEngineersAsync();

    /// <summary>The vendor's contracts across institutions, ordered by institution then contract id, each as it reads today.</summary>
    [Alias("list-contracts")]
    Task<ImmutableArray<ContractSummary>> ListContractsAsync();
}
