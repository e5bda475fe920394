using VendorGrid.Domain.Calendar;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Domain.Time;

namespace VendorGrid.Domain.Contracts.Engine;

/// <summary>A clock that ran out: met after its due instant, or not met by the evaluation instant.</summary>
internal sealed record MissedClock(string PenaltyClause, string SourceId, DateTimeOffset DueAt, string Description);

/// <summary>
/// The SLA clocks of each incident (DOMAIN.md §3 response clock). A clock applies when the incident's severity
/// and the time it was opened (inside or outside the institution's working time) match the rule; it starts at
/// the opening or at a later incident step, runs on the wall clock or in working time only, and stops at the
/// first matching step. One obligation instance per incident and clock, id <c>{clause}@{incident}:{clock}</c>.
/// </summary>
internal sealed class IncidentClocks(FactIndex facts, WorkingCalendar calendar, DateTimeOffset asOf)
{
    public List<MissedClock> Missed { get; } = [];

    public IEnumerable<ObligationInstance> Evaluate(ObligationDefinition clause)
    {
        foreach (var opened in facts.OfType(FactTypes.IncidentOpened))
        {
            var steps = facts.OfType(FactTypes.IncidentEvent).Where(e => e.IncidentId == opened.IncidentId).ToList();
            var inWorkingTime = calendar.IsWorkingTime(ShanghaiTime.ToLocal(opened.OccurredAt));
            foreach (var rule in clause.Clocks.Where(r => Applies(r, opened, inWorkingTime)))
                yield return Clock(clause, rule, opened, steps);
        }
    }

    private static bool Applies(ResponseClockRule rule, ContractFact opened, bool inWorkingTime) =>
        (rule.Severities.IsEmpty || rule.Severities.Contains(opened.Severity!)) && rule.When switch
        {
            ClockHours.WorkingTime => inWorkingTime,
            ClockHours.OutsideWorkingTime => !inWorkingTime,
            _ => true,
        };

    private ObligationInstance Clock(ObligationDefinition clause, ResponseClockRule rule, ContractFact opened, List<ContractFact> steps)
    {
        var id = $"{clause.Id}@{opened.IncidentId}:{rule.Name}";
        var title = $"{clause.Title} · {rule.Name}";
        var start = rule.From == "opened" ? opened.OccurredAt : steps.FirstOrDefault(s => s.Name == rule.From)?.OccurredAt;
        if (start is null) return new(id, clause.Id, title, clause.Party, null, ObligationStatus.Open, null, 0, false);

        var due = rule.CountsWorkingTimeOnly
            ? ShanghaiTime.ToInstant(calendar.AddWorkingTime(ShanghaiTime.ToLocal(start.Value), Duration(rule.Within)))
            : ShanghaiTime.ToInstant(ShanghaiTime.ToLocal(start.Value + Duration(rule.Within)));
        var met = steps.FirstOrDefault(s => s.Name == rule.Until && s.OccurredAt >= start)?.OccurredAt;
        var status = met is not null ? ObligationStatus.Met : asOf > due ? ObligationStatus.Late : ObligationStatus.Open;
        if (rule.PenaltyClause is { } penalty && (met > due || (met is null && asOf > due)))
            Missed.Add(new MissedClock(penalty, $"{opened.IncidentId}:{rule.Name}", due, $"事件 {opened.IncidentId} {rule.Name} 超时（{rule.Within}）"));
        return new(id, clause.Id, title, clause.Party, due, status, met, 0, false);
    }

    private static TimeSpan Duration(Span span) => span.Unit switch
    {
        SpanUnit.Minutes => TimeSpan.FromMinutes(span.N),
        SpanUnit.Hours => TimeSpan.FromHours(span.N),
        SpanUnit.Weeks => TimeSpan.FromDays(7 * span.N),
        _ => TimeSpan.FromDays(span.N),
    };
}
