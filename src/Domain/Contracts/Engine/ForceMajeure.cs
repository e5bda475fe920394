using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Domain.Time;

namespace VendorGrid.Domain.Contracts.Engine;

/// <summary>
/// Force majeure as an event, not money (DOMAIN.md §2): the deadlines it affects move by its duration (C1 第十条第1款
/// 「延长的期限应相当于事件所影响的时间」, C3 13.1, C4 12.1, C5 13.2), so no per-day penalty accrues on them during it; a delay
/// already running when it starts is not excused (C3 13.1「但若一方违约在先，不得以此后发生不可抗力为由免除其违约责任」). An event
/// still going on lasts until the evaluation instant.
/// </summary>
internal sealed class ForceMajeure(FactIndex facts, DateTimeOffset asOf)
{
    private readonly List<(ForceMajeureOccurred Fact, DateTimeOffset Start, DateTimeOffset End)> events =
        [.. facts.OfType<ForceMajeureOccurred>().Select(f => (f, f.StartedAt, f.EndedAt is { } e && e < asOf ? e : asOf)).Where(x => x.Item3 > x.Item2)];

    public IEnumerable<(ForceMajeureOccurred Fact, DateTimeOffset Start, DateTimeOffset End)> Events => events;

    /// <summary>Whole days the event affected performance: its duration rounded up to the day.</summary>
    public static int Days(DateTimeOffset start, DateTimeOffset end) => (int)Math.Ceiling((end - start).TotalDays);

    /// <summary>
    /// The deadline moved by every event that affects the clause and started before it was due (for a period's duty,
    /// an event that did not end before the period began).
    /// </summary>
    public Deadline? Shift(ObligationDefinition clause, Deadline? due, ServicePeriod? period)
    {
        if (due is null || events.Count == 0) return due;
        var days = 0;
        foreach (var (fact, start, end) in events.OrderBy(e => e.Start))
        {
            if (fact.AffectedObligations is { IsDefaultOrEmpty: false } affected && !affected.Contains(clause.Id)) continue;
            if (due.DueAt.AddDays(days) < start) continue;  // already due (and late) when it began: not excused
            if (period is { } p && Deadlines.StartOfDay(p.First) > end) continue;
            days += Days(start, end);
        }
        return days == 0 ? due : due with { DueDate = due.DueDate.AddDays(days), DueAt = due.DueAt.AddDays(days) };
    }
}
