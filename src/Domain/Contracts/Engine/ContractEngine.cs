using VendorGrid.Domain.Calendar;
using VendorGrid.Domain.Time;
using System.Collections.Immutable;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Facts;

namespace VendorGrid.Domain.Contracts.Engine;

/// <summary>
/// Evaluates a contract at any instant, past or future: every obligation instance with its status, every
/// ledger entry, the termination rights raised and the payment schedule with deductions. Pure: the same
/// definition, facts, instant and calendar always give the same answer, so "what if nothing happens until X"
/// is simply an evaluation at X.
/// </summary>
public static class ContractEngine
{
    public static ContractEvaluation Evaluate(ContractDefinition definition, IEnumerable<ContractFact> facts, DateTimeOffset asOf, WorkingCalendar calendar) =>
        Evaluate(definition, facts, asOf, calendar, null);

    /// <summary>
    /// The same evaluation, reusing the incident clocks of <paramref name="incidentClocks"/> where an incident's facts and
    /// the instant leave them unchanged (see <see cref="IncidentClockCache"/>); the answer is identical to one without it.
    /// <paramref name="confirmedPenalties"/> is what the ledger holds confirmed against the vendor as of the instant,
    /// netted against the next payments (the ledger, not the engine, knows what was confirmed). <paramref name="lineStands"/>
    /// says whether a posted line still stands (not waived by the party owed, not reversed): a termination right an
    /// accrual alone gave is taken back with it.
    /// </summary>
    public static ContractEvaluation Evaluate(ContractDefinition definition, IEnumerable<ContractFact> facts, DateTimeOffset asOf, WorkingCalendar calendar,
        IncidentClockCache? incidentClocks, decimal confirmedPenalties = 0, Func<string, bool>? lineStands = null)
    {
        incidentClocks?.Use(definition, calendar);
        // Staffing facts (assignments, attendance, certificates) imply vacancies and answered replacements: add them.
        definition = Staffing.StaffingEvaluator.WithReplacementPenalties(definition);
        var recorded = facts as IReadOnlyCollection<ContractFact> ?? facts.ToList();
        var known = new FactIndex(recorded.Concat(Staffing.StaffingEvaluator.DerivedFacts(definition, recorded, asOf)), asOf);
        var math = new DeadlineMath(calendar);
        var end = ContractEnd.Of(definition, known);
        var evaluator = new ObligationEvaluator(definition, known, math, asOf, end);
        var anchors = new AnchorResolver(definition, known, evaluator.MetAt, end);
        var forceMajeure = new ForceMajeure(known, asOf);
        var scheduler = new ObligationScheduler(definition, known, math, anchors, end, forceMajeure);

        var obligations = definition.Obligations.SelectMany(scheduler.Expand).Select(evaluator.Evaluate).ToList();
        foreach (var review in definition.Obligations.Where(o => o.Kind == ObligationKind.Review))
            obligations.AddRange(evaluator.Reviews(review, obligations.ToList()));
        var incidents = new IncidentClocks(known, calendar, asOf, incidentClocks);
        foreach (var clocks in definition.Obligations.Where(o => o.Kind == ObligationKind.ResponseClock))
            obligations.AddRange(incidents.Evaluate(clocks));
        var levels = new ServiceLevels(definition, known, asOf);
        var serviceLevels = definition.Obligations.Where(o => o.Kind == ObligationKind.ServiceLevel).SelectMany(levels.Evaluate).ToList();
        MarkMissedServiceLevels(obligations, serviceLevels);

        var usage = definition.Usage is { } terms ? UsageBilling.Summarize(terms, known) : null;
        var payments = new PaymentProjector(definition, known, math, anchors, asOf);
        decimal PaidBy(DateTimeOffset? at) => known.OfType<PaymentMade>().Where(f => at is null || f.OccurredAt <= at).Sum(f => f.Amount);
        var formulas = new PenaltyFormulas(definition, PaidBy, end);
        var ledger = new LedgerBuilder(known, formulas, lineStands);
        var triggers = new ChargeTriggerCollector(definition, known, math, asOf, end, [.. incidents.Missed, .. levels.Missed, .. ShortPeriods(definition, obligations), .. Scorecards.Failures(definition, known)]);
        var entries = new List<LedgerEntry>();
        var rights = new Dictionary<string, TerminationRight>(StringComparer.Ordinal);

        foreach (var clause in definition.Penalties.Where(p => p.Trigger != Definition.PenaltyTrigger.PaymentLate))
            ledger.Post(clause, Triggers(clause, triggers, obligations, forceMajeure), entries, rights);

        var schedule = payments.Project(confirmedPenalties, usage);
        foreach (var clause in definition.Penalties.Where(p => p.Trigger == Definition.PenaltyTrigger.PaymentLate))
            ledger.Post(clause, new ClientLateness(known, math, asOf).Triggers(clause, schedule, payments, definition, usage), entries, rights);
        var settlement = payments.Undeducted > 0
            ? new Settlement(payments.Undeducted, $"已确认违约金中无付款可抵扣的部分 {Money.Cny.Format(payments.Undeducted)}，由乙方退还 / confirmed penalties no payment is left to absorb, refunded by the vendor")
            : null;

        MarkBreaches(obligations, definition, rights);
        return new ContractEvaluation(asOf, [.. obligations.OrderBy(o => o.DueAt ?? DateTimeOffset.MaxValue).ThenBy(o => o.Id, StringComparer.Ordinal)],
            [.. entries], Totals(entries), [.. rights.Values.OrderBy(r => r.Since)], schedule, usage, ChangeBudgetOf(definition, known))
        {
            ServiceLevels = [.. serviceLevels],
            Settlement = settlement,
            EndedAt = asOf >= end.At ? end.At : null,
            Warnings = EnforcementWarnings.Of(definition, entries),
        };
    }

    public static bool IsConfirmed(LedgerStatus status) => status is LedgerStatus.Confirmed or LedgerStatus.DeemedConfirmed;

    private static IEnumerable<ChargeTrigger> Triggers(PenaltyDefinition clause, ChargeTriggerCollector triggers, List<ObligationInstance> obligations,
        ForceMajeure forceMajeure) =>
        clause.Trigger switch
        {
            Definition.PenaltyTrigger.Late => triggers.Late(clause, obligations),
            Definition.PenaltyTrigger.Vacancy => triggers.Vacancies(clause),
            Definition.PenaltyTrigger.Outage => triggers.Outages(clause),
            Definition.PenaltyTrigger.ForceMajeure => triggers.ForceMajeureLasting(clause, forceMajeure),
            _ => triggers.Occurrences(clause, obligations),
        };

    /// <summary>Counted minimums that ended short (C2: four trainings a year), as occurrences of the clause they name.</summary>
    private static IEnumerable<MissedClock> ShortPeriods(ContractDefinition definition, List<ObligationInstance> obligations)
    {
        var penalties = definition.Obligations.Where(o => o.Minimum?.PenaltyClause is not null).ToDictionary(o => o.Id, StringComparer.Ordinal);
        return obligations.Where(o => o.Status == ObligationStatus.Breached && o.DueAt is not null && penalties.ContainsKey(o.ClauseId))
            .Select(o => new MissedClock(penalties[o.ClauseId].Minimum!.PenaltyClause!, o.Id, o.DueAt!.Value,
                $"{o.Title}：期末未达 {penalties[o.ClauseId].Minimum!.Count} 次"));
    }

    /// <summary>A service-level clause with a period that ended below target is breached.</summary>
    private static void MarkMissedServiceLevels(List<ObligationInstance> obligations, List<ServiceLevelPeriod> periods)
    {
        var missed = periods.Where(p => p.Met == false).Select(p => p.ClauseId).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < obligations.Count; i++)
            if (missed.Contains(obligations[i].ClauseId) && obligations[i].Status == ObligationStatus.Open)
                obligations[i] = obligations[i] with { Status = ObligationStatus.Breached };
    }

    /// <summary>A late instance whose clause has escalated to a termination right is breached, not merely late.</summary>
    private static void MarkBreaches(List<ObligationInstance> obligations, ContractDefinition definition, Dictionary<string, TerminationRight> rights)
    {
        var escalated = definition.Penalties.Where(p => p.Trigger == Definition.PenaltyTrigger.Late && rights.ContainsKey(p.Id))
            .SelectMany(p => p.Obligations).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < obligations.Count; i++)
            if (obligations[i].Status == ObligationStatus.Late && escalated.Contains(obligations[i].ClauseId))
                obligations[i] = obligations[i] with { Status = ObligationStatus.Breached };
    }

    /// <summary>Totals of computed lines only (nothing is posted or decided here): final ones proposed, the rest accruing.</summary>
    private static LedgerTotals Totals(List<LedgerEntry> entries)
    {
        decimal Sum(Func<LedgerEntry, bool> where) => entries.Where(e => e.Payer == ObligationParty.Vendor && where(e)).Sum(e => e.Amount);
        return new LedgerTotals(Sum(e => e.Final), 0, 0, 0, entries.Where(e => e.Payer == ObligationParty.Client).Sum(e => e.Amount))
        {
            Accruing = Sum(e => !e.Final), Gross = Sum(e => e.Final), Net = Sum(e => e.Final),
        };
    }

    private static ChangeBudgetUse? ChangeBudgetOf(ContractDefinition definition, FactIndex facts)
    {
        if (definition.ChangeBudget is not { } budget) return null;
        var used = facts.OfType<ChangeRequested>().Sum(f => f.PersonDays);
        return new ChangeBudgetUse(budget.FreePersonDays, used, Math.Max(0, used - budget.FreePersonDays));
    }
}
