using System.Collections.Immutable;
using VendorGrid.Domain.Contracts.Facts;

namespace VendorGrid.Domain.Contracts.Engine;

/// <summary>The facts known at the evaluation instant, grouped once so every rule looks them up cheaply.</summary>
internal sealed class FactIndex
{
    private static readonly ImmutableArray<ContractFact> None = [];
    private readonly Dictionary<string, List<ContractFact>> byType = new(StringComparer.Ordinal);
    private readonly List<ContractFact> decisions = [];

    /// <summary>Ledger decisions in the order they were recorded — two in the same instant keep their order.</summary>
    public IReadOnlyList<ContractFact> Decisions => decisions;

    /// <summary>A fact id recorded twice counts once: the first recording wins, so retries change nothing.</summary>
    public FactIndex(IEnumerable<ContractFact> facts, DateTimeOffset asOf)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var known = new List<ContractFact>();
        foreach (var fact in facts)
            if (seen.Add(fact.Id) && KnownAt(fact) <= asOf)
            {
                known.Add(fact);
                if (FactTypes.IsLedgerDecision(fact.Type)) decisions.Add(fact);
            }
        known.Sort(static (a, b) => a.OccurredAt != b.OccurredAt ? a.OccurredAt.CompareTo(b.OccurredAt) : string.CompareOrdinal(a.Id, b.Id));
        foreach (var fact in known)
        {
            if (!byType.TryGetValue(fact.Type, out var list)) byType[fact.Type] = list = [];
            list.Add(fact);
        }
    }

    /// <summary>Ledger decisions take effect when recorded; every other fact when it happened.</summary>
    private static DateTimeOffset KnownAt(ContractFact f) =>
        FactTypes.IsLedgerDecision(f.Type) ? f.RecordedAt ?? f.OccurredAt : f.OccurredAt;

    public IReadOnlyList<ContractFact> OfType(string type) =>
        byType.TryGetValue(type, out var list) ? list : None;

    public ContractFact? First(string type, Func<ContractFact, bool>? where = null) =>
        where is null ? OfType(type).FirstOrDefault() : OfType(type).FirstOrDefault(where);
}
