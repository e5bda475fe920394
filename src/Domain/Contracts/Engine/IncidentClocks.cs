using VendorGrid.Domain.Calendar;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Domain.Time;

namespace VendorGrid.Domain.Contracts.Engine;

/// <summary>A clock that ran out: met after its due instant, or not met by the evaluation instant.</summary>
internal sealed record MissedClock(string PenaltyClause, string SourceId, DateTimeOffset DueAt, string Description)
{
    /// <summary>The clock leans on working days not yet announced: shown, but no penalty is proposed on it (DOMAIN.md §2).</summary>
    public bool Provisional { get; init; }
}

/// <summary>
/// The SLA clocks of each incident (DOMAIN.md §3 response clock). A clock applies when the incident's severity
/// and the time it was opened (inside or outside the institution's working time) match the rule; it starts at
/// the opening or at a later incident step (or when a sibling clock runs out unmet), runs on the wall clock or in
/// working time only, and stops at the first matching step. A clock excused by a sibling met in time is waived.
/// One obligation instance per incident and clock, id <c>{clause}@{incident}:{clock}</c>.
/// </summary>
internal sealed class IncidentClocks(FactIndex facts, WorkingCalendar calendar, DateTimeOffset asOf, IncidentClockCache? cache = null)
{
    public List<MissedClock> Missed { get; } = [];


    private sealed record Running(ResponseClockRule Rule, DateTimeOffset? Start, DateTimeOffset? Due, DateTimeOffset? Met)
    {
        public bool MetInTime => Met is not null && Met <= Due;
        public bool RanOutUnmet(DateTimeOffset asOf) => Due is { } due && asOf > due && (Met is null || Met > due);
    }

    public IEnumerable<ObligationInstance> Evaluate(ObligationDefinition clause)
    {
        var stepsByIncident = facts.OfType<IncidentStepRecorded>().ToLookup(e => e.IncidentId, StringComparer.Ordinal);
        foreach (var opened in facts.OfType<IncidentOpened>())
        {
            var steps = stepsByIncident[opened.IncidentId];
            if (cache?.Find(clause.Id, opened, steps, asOf) is { } known)
            {
                Missed.AddRange(known.Missed);
                foreach (var instance in known.Instances) yield return instance;
                continue;
            }
            var (instances, missed, dues) = Incident(clause, opened, [.. steps]);
            Missed.AddRange(missed);
            cache?.Keep(clause.Id, opened, steps, asOf, new IncidentClockCache.Result(instances, missed, dues));
            foreach (var instance in instances) yield return instance;
        }
    }

    /// <summary>
    /// What one incident's clocks under <paramref name="clause"/> charge as of <paramref name="asOf"/>: the clocks that ran out
    /// naming a penalty clause. <paramref name="steps"/> as the engine reads them: in time order (ties by id), none after the instant.
    /// </summary>
    internal static List<MissedClock> MissedOf(ObligationDefinition clause, IncidentOpened opened, List<IncidentStepRecorded> steps,
        WorkingCalendar calendar, DateTimeOffset asOf) =>
        new IncidentClocks(new FactIndex([], asOf), calendar, asOf).Incident(clause, opened, steps).Missed;

    /// <summary>
    /// One incident's facts as the engine reads them (FactIndex): its opening, if any, and its steps in time order, ties by id.
    /// False for two openings under one id (a history from before the check that refuses them), which only the whole
    /// evaluation judges.
    /// </summary>
    internal static bool TryRead(IEnumerable<ContractFact> facts, out IncidentOpened? opened, out List<IncidentStepRecorded> steps)
    {
        var list = facts as IReadOnlyCollection<ContractFact> ?? facts.ToList();
        var openings = list.OfType<IncidentOpened>().Take(2).ToList();
        opened = openings.FirstOrDefault();
        steps = [.. list.OfType<IncidentStepRecorded>()];
        steps.Sort(FactIndex.EngineOrder);
        return openings.Count < 2;
    }

    /// <summary>
    /// One incident's obligation instances under <paramref name="clause"/> as of <paramref name="asOf"/>, exactly as the whole
    /// evaluation lists them when nothing else marks them (no penalty names a clock clause: see FactRelevance).
    /// </summary>
    internal static List<ObligationInstance> InstancesOf(ObligationDefinition clause, IncidentOpened opened, List<IncidentStepRecorded> steps,
        WorkingCalendar calendar, DateTimeOffset asOf) =>
        new IncidentClocks(new FactIndex([], asOf), calendar, asOf).Incident(clause, opened, steps).Instances;

    /// <summary>One incident's clocks under one clause, what ran out, and the due instants of the clocks still unmet.</summary>
    private (List<ObligationInstance> Instances, List<MissedClock> Missed, List<DateTimeOffset> UnmetDues) Incident(
        ObligationDefinition clause, IncidentOpened opened, List<IncidentStepRecorded> steps)
    {
        var inWorkingTime = calendar.IsWorkingTime(ShanghaiTime.ToLocal(opened.OccurredAt));
        var running = new Dictionary<string, Running>(StringComparer.Ordinal);
        var applicable = clause.Clocks.Where(r => Applies(r, opened, inWorkingTime)).ToList();
        // A clock started by a sibling's expiry is run after that sibling: two passes cover the contracts' one level.
        foreach (var rule in applicable.OrderBy(r => r.StartsWhenMissed is null ? 0 : 1))
            running[rule.Name] = Run(rule, opened, steps, running);
        var missed = new List<MissedClock>();
        var instances = applicable.Select(rule => Instance(clause, opened, running[rule.Name], running, missed)).ToList();
        return (instances, missed, [.. running.Values.Where(r => r.Met is null && r.Due is not null).Select(r => r.Due!.Value)]);
    }

    internal static bool Applies(ResponseClockRule rule, IncidentOpened opened, bool inWorkingTime) =>
        (rule.Severities.IsEmpty || rule.Severities.Contains(opened.Severity)) && rule.When switch
        {
            ClockHours.WorkingTime => inWorkingTime,
            ClockHours.OutsideWorkingTime => !inWorkingTime,
            _ => true,
        };

    private Running Run(ResponseClockRule rule, IncidentOpened opened, List<IncidentStepRecorded> steps, Dictionary<string, Running> siblings)
    {
        var start = rule.From == "opened" ? opened.OccurredAt : steps.FirstOrDefault(s => s.Name == rule.From)?.OccurredAt;
        if (rule.StartsWhenMissed is { } other && siblings.TryGetValue(other, out var sibling) && sibling.RanOutUnmet(asOf)
            && (start is null || sibling.Due < start))
            start = sibling.Due;
        if (start is null) return new Running(rule, null, null, null);
        var due = rule.CountsWorkingTimeOnly
            ? ShanghaiTime.ToInstant(calendar.AddWorkingTime(ShanghaiTime.ToLocal(start.Value), Duration(rule.Within)))
            : ShanghaiTime.ToInstant(ShanghaiTime.ToLocal(start.Value + Duration(rule.Within)));
        var met = steps.FirstOrDefault(s => s.Name == rule.Until && s.OccurredAt >= start)?.OccurredAt;
        return new Running(rule, start, due, met);
    }

    private ObligationInstance Instance(ObligationDefinition clause, IncidentOpened opened, Running clock, Dictionary<string, Running> siblings,
        List<MissedClock> missed)
    {
        var rule = clock.Rule;
        var id = $"{clause.Id}@{opened.IncidentId}:{rule.Name}";
        var title = $"{clause.Title} · {rule.Name}";
        var provisional = Provisional(rule, opened, clock);
        if (rule.ExcusedBy is { } alternative && siblings.TryGetValue(alternative, out var other) && other.MetInTime)
            return new(id, clause.Id, title, clause.Party, clock.Due, ObligationStatus.Waived, clock.Met, 0, provisional);
        if (clock.Due is not { } due) return new(id, clause.Id, title, clause.Party, null, ObligationStatus.Open, null, 0, provisional);
        var status = clock.Met is not null ? ObligationStatus.Met : asOf > due ? ObligationStatus.Late : ObligationStatus.Open;
        if (rule.PenaltyClause is { } penalty && clock.RanOutUnmet(asOf))
            missed.Add(new MissedClock(penalty, $"{opened.IncidentId}:{rule.Name}", due, $"事件 {opened.IncidentId} {rule.Name} 超时（{Describe(rule.Within)}）")
            {
                Provisional = provisional,
            });
        return new(id, clause.Id, title, clause.Party, due, status, clock.Met, 0, provisional);
    }

    /// <summary>
    /// A clock that applies only inside (or outside) working time, or counts working time only, depends on whether the
    /// days it spans are working days: past the last announced holiday year that is not yet known.
    /// </summary>
    private bool Provisional(ResponseClockRule rule, ContractFact opened, Running clock)
    {
        if (rule.When == ClockHours.Always && !rule.CountsWorkingTimeOnly) return false;
        var days = new[] { opened.OccurredAt, clock.Start ?? opened.OccurredAt, clock.Due ?? opened.OccurredAt };
        return days.Any(at => !calendar.IsAnnounced(ShanghaiTime.LocalDate(at)));
    }

    private static string Describe(Span span) => span.Unit switch
    {
        SpanUnit.Minutes => $"{span.N} 分钟",
        SpanUnit.Hours => $"{span.N} 小时",
        _ => span.ToString(),
    };

    private static TimeSpan Duration(Span span) => span.Unit switch
    {
        SpanUnit.Minutes => TimeSpan.FromMinutes(span.N),
        SpanUnit.Hours => TimeSpan.FromHours(span.N),
        SpanUnit.Weeks => TimeSpan.FromDays(7 * span.N),
        _ => TimeSpan.FromDays(span.N),
    };
}
