using VendorGrid.Domain.Calendar;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Facts;

namespace VendorGrid.Domain.Contracts.Engine;

/// <summary>
/// Each incident's clocks as last computed, for an owner that evaluates the same contract again and again (the contract
/// grain, once per fact). An incident's clocks depend only on its own opening and steps, the calendar and, through
/// "has this clock run out yet", on which side of each unmet clock's due instant the evaluation instant lies. So a
/// result is reused while the incident has the same facts, all of them known at the instant, and the instant is on the
/// same side of every unmet due instant; otherwise it is computed again. A step then costs its own incident's clocks,
/// not every earlier incident's. The engine without a cache computes every incident: that is the reference
/// (IncidentClockCacheTests compares the two).
/// Not thread-safe: one owner, one evaluation at a time.
/// </summary>
public sealed class IncidentClockCache
{
    internal sealed record Result(List<ObligationInstance> Instances, List<MissedClock> Missed, List<DateTimeOffset> UnmetDues);

    private sealed record Entry(int Facts, DateTimeOffset LastFactAt, DateTimeOffset ComputedAt, Result Result);

    private readonly Dictionary<(string Clause, string Incident), Entry> entries = [];
    private ContractDefinition? definition;
    private WorkingCalendar? calendar;

    /// <summary>Computed results reused, and computed anew, since the cache was made (for tests and benchmarks).</summary>
    public int Hits { get; private set; }
    public int Misses { get; private set; }

    /// <summary>Everything is forgotten when the definition or the calendar is another one.</summary>
    internal void Use(ContractDefinition contract, WorkingCalendar workingCalendar)
    {
        if (ReferenceEquals(contract, definition) && ReferenceEquals(workingCalendar, calendar)) return;
        entries.Clear();
        (definition, calendar) = (contract, workingCalendar);
    }

    internal Result? Find(string clause, IncidentOpened opened, IEnumerable<IncidentStepRecorded> steps, DateTimeOffset asOf)
    {
        if (entries.TryGetValue((clause, opened.IncidentId), out var entry) && entry.Facts == 1 + steps.Count() && entry.LastFactAt <= asOf
            && entry.Result.UnmetDues.All(due => asOf > due == entry.ComputedAt > due))
        {
            Hits++;
            return entry.Result;
        }
        Misses++;
        return null;
    }

    internal void Keep(string clause, IncidentOpened opened, IEnumerable<IncidentStepRecorded> steps, DateTimeOffset asOf, Result result)
    {
        var lastFactAt = steps.Select(s => s.OccurredAt).Append(opened.OccurredAt).Max();
        entries[(clause, opened.IncidentId)] = new Entry(1 + steps.Count(), lastFactAt, asOf, result);
    }
}
