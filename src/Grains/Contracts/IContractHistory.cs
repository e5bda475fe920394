using VendorGrid.Domain.Contracts.Facts;

namespace VendorGrid.Grains.Contracts;

/// <summary>
/// The append-only history of a contract: its definition as created and every fact recorded against it.
/// Kept out of grain state so the state stays small however long the contract runs.
/// </summary>
public interface IContractHistory
{
    Task<string?> ReadDefinitionAsync(string contractKey);

    /// <summary>Stores version 1 of the definition unless one is already there; returns the stored text.</summary>
    Task<string> SaveDefinitionAsync(string contractKey, string definitionJson);

    /// <summary>Every fact of the contract in the order it was recorded.</summary>
    Task<IReadOnlyList<ContractFact>> ReadFactsAsync(string contractKey);

    /// <summary>
    /// Appends the fact unless one with the same id exists. Returns the stored fact (the first one, on a
    /// repeat) and whether this call inserted it. Acknowledged only after the row is committed.
    /// </summary>
    Task<(ContractFact Stored, bool Inserted)> AppendFactAsync(string contractKey, ContractFact fact);
}
