using VendorGrid.Domain.Contracts;

namespace VendorGrid.Grains.Contracts;

/// <summary>
/// The append-only history of a contract: its definition as created and every event recorded against it (facts,
/// postings, decisions, answers, statements). Kept out of grain state so the state stays small however long it runs.
/// </summary>
public interface IContractHistory
{
    Task<string?> ReadDefinitionAsync(string contractKey);

    /// <summary>Stores version 1 of the definition unless one is already there; returns the stored text.</summary>
    Task<string> SaveDefinitionAsync(string contractKey, string definitionJson);

    /// <summary>Every event of the contract in the order it was recorded, rows of every version read as today's types.</summary>
    Task<IReadOnlyList<ContractEvent>> ReadEventsAsync(string contractKey);

    /// <summary>
    /// Appends the events in one statement: all, or none when one of their ids is already stored (another activation
    /// recorded it first; false). Acknowledged only once committed.
    /// </summary>
    Task<bool> AppendAsync(string contractKey, IReadOnlyList<ContractEvent> events);
}
