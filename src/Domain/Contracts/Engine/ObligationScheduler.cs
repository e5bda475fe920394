using VendorGrid.Domain.Calendar;
using VendorGrid.Domain.Time;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Facts;

namespace VendorGrid.Domain.Contracts.Engine;

/// <summary>An obligation instance before its status is known: what is owed and by when.</summary>
internal sealed record ScheduledInstance(string Id, ObligationDefinition Clause, Deadline? Due, ServicePeriod? Period, DateTimeOffset? Trigger)
{
    /// <summary>The checklist document this instance is (numbered from 1), or null for the clause's own instance.</summary>
    public int? Document { get; init; }

    public string Title => Document is { } n ? $"{Clause.Title}：{Clause.Documents[n - 1]}" : Clause.Title;
}

/// <summary>Expands every obligation clause into its dated instances over the service term.</summary>
internal sealed class ObligationScheduler(ContractDefinition definition, FactIndex facts, DeadlineMath math, AnchorResolver anchors, ContractEnd end,
    ForceMajeure forceMajeure)
{
    public IEnumerable<ScheduledInstance> Expand(ObligationDefinition clause) => (clause.Kind switch
    {
        ObligationKind.OneOff or ObligationKind.Notice => WithDocuments(OneOff(clause)),
        ObligationKind.Recurring => Recurring(clause, clause.Recurrence!),
        ObligationKind.AfterEach => AfterEach(clause, clause.AfterEach!),
        ObligationKind.CountedMinimum => Minimum(clause, clause.Minimum!),
        ObligationKind.Review => [],  // expanded from the reviewed instances, see ObligationEvaluator
        ObligationKind.ResponseClock => [],  // one instance per incident and clock, see IncidentClocks
        _ => [new ScheduledInstance(clause.Id, clause, null, null, null)],
    }).Select(s => s.Due is null || !MovedByForceMajeure(clause) ? s : s with { Due = forceMajeure.Shift(clause, s.Due, s.Period) });

    /// <summary>Notices counted back, and the notice and proof duties the event itself starts, keep their dates.</summary>
    private static bool MovedByForceMajeure(ObligationDefinition clause) =>
        clause.Kind != ObligationKind.Notice && clause.Due?.From.Event != FactTypes.ForceMajeure;

    private IEnumerable<ScheduledInstance> OneOff(ObligationDefinition clause)
    {
        var due = clause.Due!;
        var anchor = anchors.Resolve(due.From);
        if (anchor is null)
            return clause.Conditional ? [] : [new ScheduledInstance(clause.Id, clause, null, null, null)];
        if (due is { Immediately: true, Within: null })
            return [new ScheduledInstance(clause.Id, clause, null, null, anchor)];  // 立即: open, never late until a limit is set
        var deadline = due.Before is { } before ? math.Before(anchor.Value, before) : math.After(anchor.Value, due.Within);
        return [new ScheduledInstance(clause.Id, clause, deadline, null, anchor)];
    }

    /// <summary>Each document of a checklist is an instance of its own with the clause's deadline (submitted and reviewed alone).</summary>
    private static IEnumerable<ScheduledInstance> WithDocuments(IEnumerable<ScheduledInstance> instances)
    {
        foreach (var instance in instances)
        {
            yield return instance;
            for (var n = 1; n <= instance.Clause.Documents.Length; n++)
                yield return instance with { Id = DocumentId(instance.Clause.Id, n), Document = n };
        }
    }

    public static string DocumentId(string clauseId, int number) => $"{clauseId}@document-{number}";

    private IEnumerable<ScheduledInstance> Recurring(ObligationDefinition clause, Recurrence rule)
    {
        foreach (var period in Periods(clause, rule.Every, rule.Align))
        {
            var reference = rule.RelativeTo == PeriodReference.PeriodEnd ? period.Last : period.First;
            var roll = rule.Roll ?? HolidayRoll.Holidays;
            Deadline due;
            if (rule.DayOfMonth is { } day)
            {
                var from = rule.RelativeTo == PeriodReference.PeriodEnd ? period.Last.AddDays(1) : period.First;
                due = math.Rolled(ServicePeriods.FirstDayOfMonthOnOrAfter(from, day), roll);
            }
            else if (rule.Offset is null) due = math.Rolled(reference, roll);
            else due = math.After(Deadlines.StartOfDay(reference), rule.Offset);
            yield return new ScheduledInstance($"{clause.Id}@{period.First:yyyy-MM-dd}", clause, due, period, null);
        }
    }

    private IEnumerable<ScheduledInstance> AfterEach(ObligationDefinition clause, AfterEachRule rule) =>
        facts.OfType<MilestoneReached>()
            .Where(f => f.Name == rule.Activity && (clause.SurvivesEnd || f.OccurredAt <= end.At))
            .Select(f => new ScheduledInstance($"{clause.Id}@{f.Id}", clause, rule.Within is null ? null : math.After(f.OccurredAt, rule.Within), null, f.OccurredAt));

    private IEnumerable<ScheduledInstance> Minimum(ObligationDefinition clause, MinimumRule rule)
    {
        var term = definition.Term;
        if (rule.From is { } from)
        {
            if (anchors.Resolve(from) is not { } start) return [];
            term = term with { Start = ShanghaiTime.LocalDate(start) };
        }
        return Periods(clause, term, rule.Per, rule.Align)
            .Select(p => new ScheduledInstance($"{clause.Id}@{p.First:yyyy-MM-dd}", clause, math.EndOf(p.Last), p, null));
    }

    private IEnumerable<ServicePeriod> Periods(ObligationDefinition clause, Frequency every, PeriodAlignment align) =>
        Periods(clause, definition.Term, every, align);

    /// <summary>The term's periods; after a termination none starts, and the one it falls in is cut short there (keeping its full count).</summary>
    private IEnumerable<ServicePeriod> Periods(ObligationDefinition clause, Term term, Frequency every, PeriodAlignment align) =>
        term.Start > term.End ? [] : ServicePeriods.Split(term, every, align).Select(p => clause.SurvivesEnd ? p : end.Cut(p)).OfType<ServicePeriod>();
}
