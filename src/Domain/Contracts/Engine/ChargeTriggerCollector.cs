using VendorGrid.Domain.Time;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Facts;

namespace VendorGrid.Domain.Contracts.Engine;

/// <summary>
/// One thing a clause charges for: a late instance, an occurrence, a vacancy, an outage or a late payment.
/// <see cref="FirstDay"/> is the first chargeable day (daily shapes accrue one day at a time from it);
/// <see cref="ClosedAt"/> is when the trigger stopped growing (met, filled, paid), null while it still grows.
/// </summary>
internal sealed record ChargeTrigger(
    string SourceId,
    string? ObligationId,
    DateTimeOffset StartsAt,
    DateOnly FirstDay,
    int Days,
    int Count,
    int People,
    TimeSpan Duration,
    string? LineItemId,
    decimal Unpaid,
    DateTimeOffset? ClosedAt,
    string Description)
{
    /// <summary>
    /// For money owed, the unpaid amount day by day (runs of equal days from <see cref="FirstDay"/>): a rate on the
    /// unpaid amount is charged on what was unpaid that day, not on today's balance. Empty: <see cref="Unpaid"/> throughout.
    /// </summary>
    public System.Collections.Immutable.ImmutableArray<UnpaidStretch> Stretches { get; init; } = [];

    /// <summary>The amount an occurrence recorded as incurred (costs charged as they arise).</summary>
    public decimal Incurred { get; init; }
}

/// <summary><see cref="Days"/> consecutive days from <see cref="First"/> on which <see cref="Unpaid"/> was owed.</summary>
internal readonly record struct UnpaidStretch(DateOnly First, int Days, decimal Unpaid)
{
    public bool Covers(DateOnly day) => day >= First && day.DayNumber < First.DayNumber + Days;
}

/// <summary>Finds, for each penalty clause, what it charges for at the evaluation instant.</summary>
internal sealed class ChargeTriggerCollector(ContractDefinition definition, FactIndex facts, DeadlineMath math, DateTimeOffset asOf, ContractEnd end,
    IReadOnlyList<MissedClock> missedClocks)
{
    public IEnumerable<ChargeTrigger> Late(PenaltyDefinition clause, IEnumerable<ObligationInstance> instances)
    {
        foreach (var i in instances.Where(i => i.DueAt is not null && clause.Obligations.Contains(i.ClauseId)))
        {
            // A checklist's documents are late with it; the clause charges the checklist once, not once per document.
            if (i.Status is ObligationStatus.Waived or ObligationStatus.DeemedApproved || i.Document is not null) continue;
            // A deadline that leans on a holiday year not yet announced may still move: no penalty until it is final.
            if (i.Provisional) continue;
            var due = ShanghaiTime.LocalDate(i.DueAt!.Value);
            var grace = clause.Grace is null ? null : math.After(i.DueAt.Value, clause.Grace);
            if (grace is { Provisional: true }) continue;
            var chargedFrom = grace is null ? due : grace.DueDate;
            var obligation = definition.Obligations.First(o => o.Id == i.ClauseId);
            var until = end.LateUntil(obligation, i.DueAt, i.MetAt ?? asOf);
            var closedAt = until < (i.MetAt ?? asOf) ? until : i.MetAt;  // the contract ended first: lateness stopped there
            var days = math.DaysAfter(chargedFrom, ShanghaiTime.LocalDate(until), clause.DayBasis);
            if (clause.AccruesFor is { } limit && days > limit.N)
            {
                days = limit.N;  // C2 第八条第5款: after 15 days of storage the items are deemed abandoned, the fee stops
                closedAt = Deadlines.EndOfDay(chargedFrom.AddDays(limit.N));
            }
            if (days <= 0) continue;
            yield return new ChargeTrigger(i.Id, i.Id, Deadlines.StartOfDay(chargedFrom.AddDays(1)), chargedFrom.AddDays(1),
                days, 1, 1, TimeSpan.Zero, null, 0, closedAt, $"{i.Title} 逾期 {days} 天");
        }
    }

    /// <summary>
    /// Recorded occurrences of the clause, and the incident clocks that name it and ran out. An occurrence that names a
    /// late obligation instance instead of its days takes that instance's late days (C3 9.1: the delay of a deliverable).
    /// </summary>
    public IEnumerable<ChargeTrigger> Occurrences(PenaltyDefinition clause, IReadOnlyList<ObligationInstance> instances) => clause.RectificationFirst ? Unrectified(clause) :
        facts.OfType<BreachOccurred>().Where(f => f.ClauseId == clause.Id || (clause.Alongside is not null && f.ClauseId == clause.Alongside)).Select(f => new ChargeTrigger(
            f.Id, f.ObligationId, f.OccurredAt, ShanghaiTime.LocalDate(f.OccurredAt), f.Days ?? LateDaysOf(f.ObligationId, instances), f.Count ?? 1, f.People ?? 1,
            TimeSpan.Zero, f.LineItemId, 0, f.OccurredAt, f.Reason ?? clause.Summary) { Incurred = f.Amount ?? 0 })
        .Concat(missedClocks.Where(m => m.PenaltyClause == clause.Id && !m.Provisional).Select(m => new ChargeTrigger(
            m.SourceId, null, m.DueAt, ShanghaiTime.LocalDate(m.DueAt), 0, 1, 1, TimeSpan.Zero, null, 0, m.DueAt, m.Description)));

    private static int LateDaysOf(string? instanceId, IReadOnlyList<ObligationInstance> instances) =>
        instanceId is null ? 0 : instances.FirstOrDefault(i => i.Id == instanceId)?.LateDays ?? 0;

    /// <summary>
    /// Objections under the clause (or the clause it goes alongside: C1 第八条第2款's refund of all paid beside the 10 %)
    /// whose rectification period ended with no rectification recorded by then: one occurrence each.
    /// </summary>
    private IEnumerable<ChargeTrigger> Unrectified(PenaltyDefinition clause)
    {
        var rectified = facts.OfType<Rectified>().ToLookup(f => f.ObjectionId, StringComparer.Ordinal);
        foreach (var objection in facts.OfType<RectificationRequested>().Where(f => f.ClauseId == clause.Id || (clause.Alongside is not null && f.ClauseId == clause.Alongside)))
        {
            var by = objection.RectifyBy;
            if (asOf <= by || rectified[objection.Id].Any(r => r.OccurredAt <= by)) continue;
            yield return new ChargeTrigger(objection.Id, objection.ObligationId, by, ShanghaiTime.LocalDate(by), 0, 1, 1, TimeSpan.Zero,
                objection.LineItemId, 0, by, $"{objection.Reason ?? clause.Summary}（整改期限 {ShanghaiTime.ToLocal(by):yyyy-MM-dd HH:mm} 届满未整改）");
        }
    }

    /// <summary>
    /// Force-majeure events that have lasted the clause's threshold (C1 第十条第2款「一旦不可抗力事件的影响持续一百二十日（120）日
    /// 以上，另一方有权书面通知受阻方当事人终止合同」: 以上 includes the 120th day).
    /// </summary>
    public IEnumerable<ChargeTrigger> ForceMajeureLasting(PenaltyDefinition clause, ForceMajeure events) =>
        events.Events.Where(e => e.End >= e.Start.AddDays(clause.Threshold!.N)).Select(e => new ChargeTrigger(
            e.Fact.Id, null, e.Start.AddDays(clause.Threshold!.N), ShanghaiTime.LocalDate(e.Start.AddDays(clause.Threshold.N)), 0, 1, 1,
            e.End - e.Start, null, 0, e.Fact.EndedAt, $"不可抗力持续 {clause.Threshold.N} 日以上（自 {ShanghaiTime.ToLocal(e.Start):yyyy-MM-dd}）"));

    public IEnumerable<ChargeTrigger> Outages(PenaltyDefinition clause) =>
        facts.OfType<OutageRecorded>().Where(f => f.VendorCaused && f.EndedAt > f.StartedAt).Select(f => new ChargeTrigger(
            f.Id, null, f.StartedAt, ShanghaiTime.LocalDate(f.StartedAt), 0, 1, 1, f.EndedAt - f.StartedAt,
            null, 0, f.EndedAt, $"故障 {(f.EndedAt - f.StartedAt).TotalHours:0.#} 小时"));

    /// <summary>
    /// Vacancies open for a role are filled first-in, first-out; each opened-and-filled stretch charges the days
    /// completed after the grace (the day a seat is filled is not a vacant day).
    /// </summary>
    public IEnumerable<ChargeTrigger> Vacancies(PenaltyDefinition clause)
    {
        bool ForClause(string role) => clause.Roles.IsEmpty || clause.Roles.Contains(role);
        var fills = facts.OfType<VacancyFilled>().Where(f => ForClause(f.Role))
            .GroupBy(f => f.Role).ToDictionary(g => g.Key, g => new Queue<(VacancyFilled Fact, int People)>(g.Select(f => (f, f.People))));
        foreach (var opened in facts.OfType<VacancyOpened>().Where(f => ForClause(f.Role)))
        {
            var remaining = opened.People;
            var queue = fills.GetValueOrDefault(opened.Role);
            while (remaining > 0)
            {
                VacancyFilled? fill = null;
                var people = remaining;
                if (queue is { Count: > 0 } && queue.Peek().Fact.OccurredAt >= opened.OccurredAt)
                {
                    var (fact, available) = queue.Dequeue();
                    people = Math.Min(available, remaining);
                    if (available > people) queue.Enqueue((fact, available - people));
                    fill = fact;
                }
                remaining -= people;
                var trigger = Vacancy(clause, opened, fill, people);
                if (trigger is not null) yield return trigger;
            }
        }
    }

    private ChargeTrigger? Vacancy(PenaltyDefinition clause, VacancyOpened opened, VacancyFilled? fill, int people)
    {
        var grace = math.After(opened.OccurredAt, clause.Grace);
        if (grace.Provisional) return null;
        var graceEnd = grace.DueDate;
        var lastVacantDay = fill is not null ? ShanghaiTime.LocalDate(fill.OccurredAt).AddDays(-1)
            : asOf >= Deadlines.EndOfDay(ShanghaiTime.LocalDate(asOf)) ? ShanghaiTime.LocalDate(asOf) : ShanghaiTime.LocalDate(asOf).AddDays(-1);
        if (lastVacantDay > end.LastDay) lastVacantDay = end.LastDay;  // no seat is owed after the contract ended
        var days = math.DaysAfter(graceEnd, lastVacantDay, clause.DayBasis);
        if (days <= 0) return null;
        var source = fill is null ? opened.Id : $"{opened.Id}>{fill.Id}";
        return new ChargeTrigger(source, null, Deadlines.StartOfDay(graceEnd.AddDays(1)), graceEnd.AddDays(1), days, 1, people,
            TimeSpan.Zero, null, 0, fill?.OccurredAt, $"{opened.Role} 空缺 {people} 人 × {days} 天");
    }
}
