using VendorGrid.Domain.Contracts.Facts;

namespace VendorGrid.Domain.Contracts.Engine;

/// <summary>The facts in force at the evaluation instant, grouped by kind once so every rule looks them up cheaply.</summary>
internal sealed class FactIndex
{
    private readonly Dictionary<Type, object> byKind = [];

    /// <summary>
    /// Facts that happened by <paramref name="asOf"/>, each kind in time order (ties by id). A fact id seen twice counts
    /// once: the first recording wins, so retries change nothing.
    /// </summary>
    public FactIndex(IEnumerable<ContractFact> facts, DateTimeOffset asOf)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var lists = new Dictionary<Type, List<ContractFact>>();
        foreach (var fact in facts)
            if (fact.OccurredAt <= asOf && seen.Add(fact.Id))
            {
                if (!lists.TryGetValue(fact.GetType(), out var list)) lists[fact.GetType()] = list = [];
                list.Add(fact);
            }
        foreach (var (kind, list) in lists)
        {
            list.Sort(EngineOrder);
            byKind[kind] = Typed(kind, list);
        }
    }

    /// <summary>
    /// The order every rule reads a kind's facts in: by when they happened, ties by id. One comparer for the engine's own sort
    /// and for every reader outside it (the reminder chain, incidents, the roster, the acceptance checklist).
    /// </summary>
    public static readonly IComparer<ContractFact> EngineOrder = Comparer<ContractFact>.Create((a, b) =>
        a.OccurredAt != b.OccurredAt ? a.OccurredAt.CompareTo(b.OccurredAt) : string.CompareOrdinal(a.Id, b.Id));

    private static object Typed(Type kind, List<ContractFact> list)
    {
        var typed = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(kind), list.Count)!;
        foreach (var fact in list) typed.Add(fact);
        return typed;
    }

    public IReadOnlyList<T> OfType<T>() where T : ContractFact =>
        byKind.TryGetValue(typeof(T), out var list) ? (List<T>)list : [];

    public T? First<T>(Func<T, bool>? where = null) where T : ContractFact =>
        where is null ? OfType<T>().FirstOrDefault() : OfType<T>().FirstOrDefault(where);
}
