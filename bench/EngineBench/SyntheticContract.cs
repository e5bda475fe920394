using VendorGrid.Domain.Contracts.Engine;
using System.Collections.Immutable;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Facts;

/// <summary>
/// A contract with 20 obligation instances (14 one-off deadlines, a quarterly and a half-yearly deliverable),
/// 4 penalty clauses and the facts of a year: most met on time, some late, an occurrence, a vacancy, an outage.
/// </summary>
internal static class SyntheticContract
{
    public static ContractDefinition Build()
    {
        var obligations = Enumerable.Range(0, 14).Select(i => OneOff($"one-off-{i}", 20 + 23 * i))
            .Append(Recurring("quarterly-report", Frequency.Quarter, dayOfMonth: 10))
            .Append(Recurring("half-year-report", Frequency.HalfYear, dayOfMonth: null))
            .ToImmutableArray();
        return new ContractDefinition
        {
            Id = "synthetic-contract", Title = "synthetic", SignedOn = new(2026, 1, 5),
            Institution = new Party { Id = "121100004006863122", Name = "甲方" },
            Vendor = new Party { Id = "91110106MA01A51E7B", Name = "乙方" },
            Term = new Term { Start = new(2026, 1, 5), End = new(2027, 1, 4) }, Total = 1_475_000m,
            Obligations = obligations,
            Penalties =
            [
                new PenaltyDefinition { Id = "late", Article = "第八条第4款", Summary = "0.3% a day", Shape = PenaltyShape.PerDay,
                    Trigger = PenaltyTrigger.Late, Obligations = [.. obligations.Select(o => o.Id)], Amount = new AmountRule { Rate = 0.003m },
                    Cap = new CapRule { Rate = 0.2m } },
                new PenaltyDefinition { Id = "defect", Article = "第八条第2款", Summary = "3% per occurrence", Shape = PenaltyShape.PerOccurrence,
                    Amount = new AmountRule { Rate = 0.03m } },
                new PenaltyDefinition { Id = "vacancy", Article = "第八条第3款", Summary = "¥2,000 per person-day", Shape = PenaltyShape.PerPersonDay,
                    Trigger = PenaltyTrigger.Vacancy, Amount = new AmountRule { Amount = 2000 }, Grace = new Span { N = 1, Unit = SpanUnit.WorkingDays } },
                new PenaltyDefinition { Id = "outage", Article = "第八条8.4", Summary = "0.5% + 0.5% per 12 h beyond 24 h", Shape = PenaltyShape.DurationTiered,
                    Trigger = PenaltyTrigger.Outage, Amount = new AmountRule { Rate = 0.005m }, Threshold = new Span { N = 24, Unit = SpanUnit.Hours },
                    Step = new Span { N = 12, Unit = SpanUnit.Hours }, PerStep = new AmountRule { Rate = 0.005m } },
            ],
            Payments =
            [
                new PaymentDefinition { Id = "p1", Label = "首付款", Amount = 737_500m, Due = Within("signed", 20, SpanUnit.WorkingDays) },
                new PaymentDefinition { Id = "p2", Label = "尾款", Amount = 737_500m, Due = Within("accepted", 20, SpanUnit.WorkingDays) },
            ],
        };
    }

    /// <summary>Most instances met on time, some late, a few occurrences, one vacancy and one outage.</summary>
    public static List<ContractFact> Facts(ContractDefinition d)
    {
        var at = new DateTimeOffset(2026, 1, 6, 10, 0, 0, TimeSpan.FromHours(8));
        var facts = new List<ContractFact>();
        var n = 0;
        foreach (var o in d.Obligations.Where(o => o.Kind == ObligationKind.Recurring))
            foreach (var period in ServicePeriods.Split(d.Term, o.Recurrence!.Every, o.Recurrence.Align))
                if (++n % 3 != 0)
                    facts.Add(new ContractFact { Id = $"met-{n}", Type = FactTypes.ObligationMet, OccurredAt = at.AddDays(period.Last.DayNumber - d.Term.Start.DayNumber + n % 3), ObligationId = $"{o.Id}@{period.First:yyyy-MM-dd}" });
        foreach (var o in d.Obligations.Where(o => o.Kind == ObligationKind.OneOff))
            if (++n % 4 != 0)
                facts.Add(new ContractFact { Id = $"met-{n}", Type = FactTypes.ObligationMet, OccurredAt = at.AddDays(o.Due!.Within!.N + n % 5 - 2), ObligationId = o.Id });
        facts.Add(new ContractFact { Id = "defect-1", Type = FactTypes.Occurrence, OccurredAt = at.AddDays(40), ClauseId = "defect" });
        facts.Add(new ContractFact { Id = "vac-1", Type = FactTypes.VacancyOpened, OccurredAt = at.AddDays(60), Role = "operator", People = 2 });
        facts.Add(new ContractFact { Id = "vac-2", Type = FactTypes.VacancyFilled, OccurredAt = at.AddDays(66), Role = "operator", People = 2 });
        facts.Add(new ContractFact { Id = "out-1", Type = FactTypes.Outage, OccurredAt = at.AddDays(90), StartedAt = at.AddDays(90), EndedAt = at.AddDays(91.5), VendorCaused = true });
        return facts;
    }

    private static ObligationDefinition Recurring(string id, Frequency every, int? dayOfMonth) => new()
    {
        Id = id, Article = "第五条", Summary = "report", Title = id, Kind = ObligationKind.Recurring,
        Recurrence = new Recurrence { Every = every, DayOfMonth = dayOfMonth, RelativeTo = PeriodReference.PeriodEnd },
    };

    private static ObligationDefinition OneOff(string id, int days) => new()
    {
        Id = id, Article = "第三条", Summary = "deliver", Title = id, Kind = ObligationKind.OneOff, Due = Within("signed", days, SpanUnit.CalendarDays),
    };

    private static DueRule Within(string anchor, int n, SpanUnit unit) => new() { From = new Anchor { Event = anchor }, Within = new Span { N = n, Unit = unit } };
}
