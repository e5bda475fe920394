using VendorGrid.Domain.Money;
using VendorGrid.Domain.Contracts.Definition;

namespace VendorGrid.Domain.Contracts.Engine;

/// <summary>The arithmetic of each penalty shape for one trigger, before caps (DOMAIN.md §3).</summary>
internal sealed class PenaltyFormulas(ContractDefinition definition, Func<DateTimeOffset?, decimal> paidBy, ContractEnd end)
{
    public decimal Raw(PenaltyDefinition clause, ChargeTrigger t) => clause.Shape switch
    {
        PenaltyShape.PerDay or PenaltyShape.Interest when OnDailyBalance(clause.Amount!, t) =>
            t.Stretches.Sum(s => clause.Amount!.Rate!.Value * s.Unpaid * s.Days),
        PenaltyShape.PerDay or PenaltyShape.Interest => Unit(clause.Amount!, t) * t.Days,
        PenaltyShape.PerPeriod when OnDailyBalance(clause.Amount!, t) =>
            PeriodEnds(t, clause).Sum(day => clause.Amount!.Rate!.Value * t.Stretches.First(s => s.Covers(day)).Unpaid),
        PenaltyShape.PerPeriod => Unit(clause.Amount!, t) * Periods(t.Days, clause.Period!.N, clause.Partial),
        PenaltyShape.PerOccurrence => Unit(clause.Amount!, t) * t.Count * (clause.PerPerson ? t.People : 1),
        PenaltyShape.PerPersonDay => Unit(clause.Amount!, t) * t.People * t.Days,
        PenaltyShape.Range => Unit(clause.Min!, t) * t.Count,
        PenaltyShape.DurationTiered => Unit(clause.Amount!, t) * t.Count + Unit(clause.PerStep!, t) * ExtraSteps(clause, t.Duration),
        PenaltyShape.Incurred => t.Incurred,
        _ => 0m,
    };

    /// <summary>Explains the number in the contract's own terms, e.g. "5 天 × 0.3% × ¥1,475,000.00".</summary>
    public string Basis(PenaltyDefinition clause, ChargeTrigger t)
    {
        var unit = clause.Shape == PenaltyShape.Range ? Describe(clause.Min!, t) + "–" + Describe(clause.Max!, t) : Describe(clause.Amount, t);
        if (clause.Shape is PenaltyShape.PerDay or PenaltyShape.Interest && OnDailyBalance(clause.Amount!, t))
            return $"{clause.Article}: " + string.Join(" + ", t.Stretches.Select(s =>
                $"{s.Days} 天 × {clause.Amount!.Rate!.Value * 100:0.###}% × {Cny.Format(s.Unpaid)}")) + $"; {t.Description}";
        var quantity = clause.Shape switch
        {
            PenaltyShape.PerDay or PenaltyShape.Interest => $"{t.Days} 天 × ",
            PenaltyShape.PerPeriod => $"{Periods(t.Days, clause.Period!.N, clause.Partial)} 个{clause.Period.N}天周期 × ",
            PenaltyShape.PerPersonDay => $"{t.People} 人 × {t.Days} 天 × ",
            PenaltyShape.PerOccurrence when clause.PerPerson => $"{t.Count} 次 × {t.People} 人 × ",
            PenaltyShape.PerOccurrence or PenaltyShape.Range => $"{t.Count} 次 × ",
            PenaltyShape.DurationTiered => $"{unit} + {ExtraSteps(clause, t.Duration)} × {Describe(clause.PerStep, t)}; ",
            PenaltyShape.Incurred => $"按实际发生 {Cny.Format(t.Incurred)}",
            _ => "",
        };
        return clause.Shape == PenaltyShape.DurationTiered
            ? $"{clause.Article}: {quantity}{t.Description}"
            : $"{clause.Article}: {quantity}{unit}; {t.Description}";
    }

    public decimal Unit(AmountRule rule, ChargeTrigger? t) => rule.Amount ?? rule.Rate!.Value * Base(rule.Base, rule.LineItem ?? t?.LineItemId, t);

    public decimal CapAmount(CapRule cap, ChargeTrigger? t) => cap.Amount ?? cap.Rate!.Value * Base(cap.Base, t?.LineItemId, t);

    private decimal Base(AmountBase kind, string? lineItem, ChargeTrigger? t) => kind switch
    {
        // Never the contract total: a line-item rate without its line item has no base (C3 9.1「延期项目金额」), the fact validator refuses it.
        AmountBase.LineItem => definition.LineItems.FirstOrDefault(l => l.Id == lineItem)?.Amount ?? 0,
        AmountBase.UnpaidAmount => t?.Unpaid ?? 0,
        AmountBase.PaidAmount => paidBy(t?.StartsAt),
        AmountBase.UnearnedPayments => Unearned(t),
        AmountBase.Estimate => definition.Usage?.Estimate ?? definition.Total,
        _ => definition.Total,
    };

    /// <summary>
    /// Paid by the trigger beyond the pro-rata share of the total for the days served (term start up to the event, or up
    /// to the termination when the contract ended first): 总价款 / 总服务天数 × 实际服务天数 (C2 第四条第3款).
    /// </summary>
    private decimal Unearned(ChargeTrigger? t)
    {
        var term = definition.Term;
        var totalDays = term.End.DayNumber - term.Start.DayNumber + 1;
        var cutoff = end.Terminated ? end.LastDay : term.End.AddDays(1);
        if (t is not null && t.FirstDay < cutoff) cutoff = t.FirstDay;
        var served = Math.Clamp(cutoff.DayNumber - term.Start.DayNumber, 0, totalDays);
        var earned = Cny.RoundToFen(definition.Total * served / totalDays);
        return Math.Max(0, paidBy(t?.StartsAt) - earned);
    }

    private static int Periods(int days, int n, PartialPeriod partial) =>
        partial == PartialPeriod.Ceiling ? (days + n - 1) / n : days / n;

    /// <summary>A rate on money owed that changed while it was late (a part payment): charged per day or period on that day's balance.</summary>
    private static bool OnDailyBalance(AmountRule rule, ChargeTrigger t) =>
        rule is { Rate: not null, Base: AmountBase.UnpaidAmount } && t.Stretches.Length > 1;

    /// <summary>
    /// The last day of each 每N天 period charged: what was still unpaid when the period completed had been late all of
    /// it (an open last period, 不足N按N计, ends on the last late day).
    /// </summary>
    private static IEnumerable<DateOnly> PeriodEnds(ChargeTrigger t, PenaltyDefinition clause)
    {
        var n = clause.Period!.N;
        var last = t.FirstDay.AddDays(t.Days - 1);
        for (var k = 1; k <= Periods(t.Days, n, clause.Partial); k++)
        {
            var end = t.FirstDay.AddDays(k * n - 1);
            yield return end > last ? last : end;
        }
    }

    /// <summary>Completed steps beyond the threshold (outage over 24 h: each full extra 12 h).</summary>
    private static int ExtraSteps(PenaltyDefinition clause, TimeSpan duration)
    {
        var beyond = duration - ToTime(clause.Threshold!);
        if (beyond <= TimeSpan.Zero) return 0;
        var step = ToTime(clause.Step!);
        var steps = beyond.Ticks / step.Ticks;
        return (int)(clause.Partial == PartialPeriod.Ceiling && beyond.Ticks % step.Ticks != 0 ? steps + 1 : steps);
    }

    private static TimeSpan ToTime(Span span) => span.Unit switch
    {
        SpanUnit.Minutes => TimeSpan.FromMinutes(span.N),
        SpanUnit.Hours => TimeSpan.FromHours(span.N),
        _ => TimeSpan.FromDays(span.N),
    };

    private string Describe(AmountRule? rule, ChargeTrigger t) => rule switch
    {
        null => "",
        { Amount: { } amount } => Cny.Format(amount),
        { Rate: { } rate } => $"{rate * 100:0.###}% × {Cny.Format(Base(rule.Base, rule.LineItem ?? t.LineItemId, t))}",
        _ => "",
    };

}
