using System.Collections.Immutable;

namespace VendorGrid.Grains;

/// <summary>
/// A tenant (甲方), keyed by its id (the USCC where it has one). It is the only way in for creating contracts,
/// which is what makes every contract belong to exactly one institution, and it keeps the index its staff lists.
/// </summary>
[Alias("vg.IInstitutionGrain")]
public interface IInstitutionGrain : IGrainWithStringKey
{
    /// <summary>
    /// Validates the minimal fields of a contract definition (id, number, title, parties, term, total), checks
    /// that its institution is this one, creates the contract grain and indexes it. Idempotent by contract id,
    /// so seed loading and retries can call it freely.
    /// </summary>
    [Alias("create-contract")]
    Task<CreateContractResult> CreateContractAsync(string definitionJson);

    /// <summary>This institution's contracts, ordered by id, each as it reads today (the version in force on the silo's Shanghai day).</summary>
    [Alias("list-contracts")]
    Task<ImmutableArray<ContractSummary>> ListContractsAsync();

    /// <summary>
    /// Copies the contract's summary (with its versions) into this index and its vendor's, after an amendment was accepted.
    /// Idempotent; a contract this institution does not hold is ignored.
    /// </summary>
    [Alias("refresh-contract")]
    Task RefreshContractAsync(string contractId);
}
