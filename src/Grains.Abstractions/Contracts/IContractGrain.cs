namespace VendorGrid.Grains;

/// <summary>
/// One contract of one institution, keyed <c>{institutionId}/{contractId}</c> (see <see cref="GrainKeys.Contract"/>).
/// The key embeds the tenant, so a contract can only be reached through its own institution; the slash also
/// keeps the key from ever parsing as a hexadecimal integer key in ADO.NET storage.
/// It holds the full definition (the source of truth the contract engine will read) and its summary.
/// </summary>
[Alias("vg.IContractGrain")]
public interface IContractGrain : IGrainWithStringKey
{
    /// <summary>
    /// Stores the definition the first time and registers the contract with its vendor. Idempotent: a repeat
    /// call (for example a retry after a timeout) keeps the stored definition and returns its summary.
    /// Only the institution grain calls this, after validating the definition.
    /// </summary>
    [Alias("initialize")]
    Task<ContractSummary> InitializeAsync(string definitionJson, ContractSummary summary);

    /// <summary>The summary, or null when no contract was ever created under this key.</summary>
    [Alias("get-summary")]
    Task<ContractSummary?> GetSummaryAsync();

    /// <summary>The definition JSON as created, or null when no contract exists under this key.</summary>
    [Alias("get-definition")]
    Task<string?> GetDefinitionAsync();
}
