using VendorGrid.Domain.Time;
using System.Collections.Immutable;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Facts;

namespace VendorGrid.Domain.Contracts.Engine;

/// <summary>Gives each scheduled instance its status at the evaluation instant (met, late, deemed approved...).</summary>
internal sealed class ObligationEvaluator
{
    private readonly FactIndex facts;
    private readonly DeadlineMath math;
    private readonly DateTimeOffset asOf;
    private readonly ContractEnd end;
    private readonly Dictionary<string, DateTimeOffset> metAt = new(StringComparer.Ordinal);
    private readonly ILookup<string, ObligationMet> submissions;
    private readonly ILookup<string, DeliverableReviewed> reviews;
    private readonly HashSet<string> waived;
    private readonly HashSet<string> breachedStanding;

    public ObligationEvaluator(ContractDefinition definition, FactIndex facts, DeadlineMath math, DateTimeOffset asOf, ContractEnd end)
    {
        (this.facts, this.math, this.asOf, this.end) = (facts, math, asOf, end);
        submissions = facts.OfType<ObligationMet>().ToLookup(f => f.ObligationId!, StringComparer.Ordinal);
        reviews = facts.OfType<DeliverableReviewed>().ToLookup(f => f.ObligationId!, StringComparer.Ordinal);
        foreach (var submission in facts.OfType<ObligationMet>())  // facts come in time order: the last one wins
            metAt[submission.ObligationId!] = submission.OccurredAt;
        foreach (var evaluation in facts.OfType<EvaluationRecorded>())  // scoring a month is the client's monthly duty done
            metAt.TryAdd(evaluation.ObligationId!, evaluation.OccurredAt);
        foreach (var objection in facts.OfType<DeliverableReviewed>().Where(r => r.Outcome == "objection"))
            if (metAt.TryGetValue(objection.ObligationId!, out var at) && objection.OccurredAt >= at) metAt.Remove(objection.ObligationId!);
        waived = facts.OfType<ObligationWaived>().Select(f => f.ObligationId!).ToHashSet(StringComparer.Ordinal);
        var breachingClauses = facts.OfType<BreachOccurred>().Select(f => f.ClauseId).ToHashSet(StringComparer.Ordinal);
        var rectified = facts.OfType<Rectified>().ToLookup(f => f.ObjectionId!, StringComparer.Ordinal);
        foreach (var objection in facts.OfType<RectificationRequested>())  // a rectification period that ended unrectified is the breach
            if (asOf > objection.RectifyBy && !rectified[objection.Id].Any(r => r.OccurredAt <= objection.RectifyBy))
                breachingClauses.Add(objection.ClauseId);
        breachedStanding = definition.Penalties.Where(p => breachingClauses.Contains(p.Id))
            .SelectMany(p => p.Obligations).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>When the instance was met: its last submission, unless an objection followed it.</summary>
    public DateTimeOffset? MetAt(string instanceId) => metAt.TryGetValue(instanceId, out var at) ? at : null;

    public ObligationInstance Evaluate(ScheduledInstance s)
    {
        var clause = s.Clause;
        if (waived.Contains(s.Id)) return Make(s, ObligationStatus.Waived, null, 0);
        return clause.Kind switch
        {
            ObligationKind.CountedMinimum => Minimum(s, clause.Minimum!),
            ObligationKind.Standing or ObligationKind.ResponseClock or ObligationKind.ServiceLevel =>
                Make(s, breachedStanding.Contains(clause.Id) ? ObligationStatus.Breached : ObligationStatus.Open, null, 0),
            _ => Deliverable(s, MetAt(s.Id) ?? DocumentsMetAt(s)),
        };
    }

    /// <summary>Review instances exist for each submission of the reviewed clause (C3: 14 days, else deemed approved).</summary>
    public IEnumerable<ObligationInstance> Reviews(ObligationDefinition review, IEnumerable<ObligationInstance> reviewed)
    {
        foreach (var submission in reviewed.Where(i => i.ClauseId == review.Review!.Of))
        {
            var submittedAt = submissions[submission.Id].Select(f => f.OccurredAt).DefaultIfEmpty().Max();
            if (submittedAt == default) continue;
            var due = math.After(submittedAt, review.Review!.Within);
            var scheduled = new ScheduledInstance($"{review.Id}@{submission.Id}", review, due, null, submittedAt);
            var answer = reviews[submission.Id].FirstOrDefault(r => r.OccurredAt >= submittedAt);
            if (answer is not null) yield return Make(scheduled, ObligationStatus.Met, answer.OccurredAt, LateDays(due, answer.OccurredAt));
            else if (asOf > due.DueAt) yield return Make(scheduled, ObligationStatus.DeemedApproved, due.DueAt, 0);
            else yield return Make(scheduled, ObligationStatus.Open, null, 0);
        }
    }

    /// <summary>A checklist is delivered when every document stands submitted (an objection reopens its document).</summary>
    private DateTimeOffset? DocumentsMetAt(ScheduledInstance s)
    {
        if (s.Document is not null || s.Clause.Documents.IsDefaultOrEmpty) return null;
        var submitted = Enumerable.Range(1, s.Clause.Documents.Length).Select(n => MetAt(ObligationScheduler.DocumentId(s.Clause.Id, n))).ToList();
        return submitted.All(at => at is not null) ? submitted.Max() : null;
    }

    private ObligationInstance Deliverable(ScheduledInstance s, DateTimeOffset? metAt)
    {
        if (metAt is { } met) return Make(s, ObligationStatus.Met, met, s.Due is { } d ? LateDays(d, end.LateUntil(s.Clause, d.DueAt, met)) : 0);
        if (s.Due is { } due && asOf > due.DueAt) return Make(s, ObligationStatus.Late, null, LateDays(due, end.LateUntil(s.Clause, due.DueAt, asOf)));
        return Make(s, ObligationStatus.Open, null, 0);
    }

    private ObligationInstance Minimum(ScheduledInstance s, MinimumRule rule)
    {
        var period = s.Period!.Value;
        var done = facts.OfType<MilestoneReached>()
            .Where(f => f.Name == rule.Activity && ShanghaiTime.LocalDate(f.OccurredAt) is var d && d >= period.First && d <= period.Last)
            .Select(f => f.OccurredAt).ToList();
        if (done.Count >= rule.Count) return Make(s, ObligationStatus.Met, done[rule.Count - 1], 0);
        return Make(s, asOf > s.Due!.DueAt ? ObligationStatus.Breached : ObligationStatus.Open, null, 0);
    }

    private int LateDays(Deadline due, DateTimeOffset at) =>
        math.DaysAfter(ShanghaiTime.LocalDate(due.DueAt), ShanghaiTime.LocalDate(at), DayBasis.CalendarDays);

    private static ObligationInstance Make(ScheduledInstance s, ObligationStatus status, DateTimeOffset? metAt, int lateDays) =>
        new(s.Id, s.Clause.Id, s.Title, s.Clause.Party, s.Due?.DueAt, status, metAt, lateDays, s.Due?.Provisional ?? false) { Document = s.Document };
}
