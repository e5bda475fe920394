using System.Collections.Concurrent;
using VendorGrid.Domain.Contracts;
using VendorGrid.Grains.Contracts;

namespace VendorGrid.Tests.Infrastructure;

/// <summary>
/// The real history with faults a test asks for (group commit: an append held back, an append that fails), so production's
/// store carries no test seam. Test clusters' silos use it around the PostgreSQL history.
/// </summary>
public sealed class FaultInjectingContractHistory(IContractHistory inner) : IContractHistory
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Func<IReadOnlyList<ContractEvent>, Task>>> faults = new();

    /// <summary>
    /// The next append for the contract first awaits <paramref name="before"/> with the events it was given; should that throw,
    /// the append fails without reaching the database. Several queue up in order.
    /// </summary>
    public void BeforeNextAppend(string contractKey, Func<IReadOnlyList<ContractEvent>, Task> before) =>
        faults.GetOrAdd(contractKey, _ => new()).Enqueue(before);

    public async Task<bool> AppendAsync(string contractKey, IReadOnlyList<ContractEvent> events)
    {
        if (faults.TryGetValue(contractKey, out var queue) && queue.TryDequeue(out var fault)) await fault(events);
        return await inner.AppendAsync(contractKey, events);
    }

    public Task<string?> ReadDefinitionAsync(string contractKey) => inner.ReadDefinitionAsync(contractKey);

    public Task<string> SaveDefinitionAsync(string contractKey, string definitionJson) => inner.SaveDefinitionAsync(contractKey, definitionJson);

    public Task<IReadOnlyList<ContractEvent>> ReadEventsAsync(string contractKey) => inner.ReadEventsAsync(contractKey);
}
