using VendorGrid.Domain.Money;
using VendorGrid.Domain.Contracts.Definition;

namespace VendorGrid.Domain.Contracts.Engine;

/// <summary>The arithmetic of each penalty shape for one trigger, before caps (DOMAIN.md §3).</summary>
internal sealed class PenaltyFormulas(ContractDefinition definition, Func<decimal> paidSoFar)
{
    public decimal Raw(PenaltyDefinition clause, ChargeTrigger t) => clause.Shape switch
    {
        PenaltyShape.PerDay or PenaltyShape.Interest => Unit(clause.Amount!, t) * t.Days,
        PenaltyShape.PerPeriod => Unit(clause.Amount!, t) * Periods(t.Days, clause.Period!.N, clause.Partial),
        PenaltyShape.PerOccurrence => Unit(clause.Amount!, t) * t.Count * (clause.PerPerson ? t.People : 1),
        PenaltyShape.PerPersonDay => Unit(clause.Amount!, t) * t.People * t.Days,
        PenaltyShape.Range => Unit(clause.Min!, t) * t.Count,
        PenaltyShape.DurationTiered => Unit(clause.Amount!, t) * t.Count + Unit(clause.PerStep!, t) * ExtraSteps(clause, t.Duration),
        _ => 0m,
    };

    /// <summary>Explains the number in the contract's own terms, e.g. "5 天 × 0.3% × ¥1,475,000.00".</summary>
    public string Basis(PenaltyDefinition clause, ChargeTrigger t)
    {
        var unit = clause.Shape == PenaltyShape.Range ? Describe(clause.Min!, t) + "–" + Describe(clause.Max!, t) : Describe(clause.Amount, t);
        var quantity = clause.Shape switch
        {
            PenaltyShape.PerDay or PenaltyShape.Interest => $"{t.Days} 天 × ",
            PenaltyShape.PerPeriod => $"{Periods(t.Days, clause.Period!.N, clause.Partial)} 个{clause.Period.N}天周期 × ",
            PenaltyShape.PerPersonDay => $"{t.People} 人 × {t.Days} 天 × ",
            PenaltyShape.PerOccurrence when clause.PerPerson => $"{t.Count} 次 × {t.People} 人 × ",
            PenaltyShape.PerOccurrence or PenaltyShape.Range => $"{t.Count} 次 × ",
            PenaltyShape.DurationTiered => $"{unit} + {ExtraSteps(clause, t.Duration)} × {Describe(clause.PerStep, t)}; ",
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
        AmountBase.LineItem => definition.LineItems.FirstOrDefault(l => l.Id == lineItem)?.Amount ?? definition.Total,
        AmountBase.UnpaidAmount => t?.Unpaid ?? 0,
        AmountBase.PaidAmount => paidSoFar(),
        AmountBase.Estimate => definition.Usage?.Estimate ?? definition.Total,
        _ => definition.Total,
    };

    private static int Periods(int days, int n, PartialPeriod partial) =>
        partial == PartialPeriod.Ceiling ? (days + n - 1) / n : days / n;

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
