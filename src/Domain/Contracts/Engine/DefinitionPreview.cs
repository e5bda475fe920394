using System.Collections.Immutable;
using VendorGrid.Domain.Calendar;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Money;
using VendorGrid.Domain.Time;

namespace VendorGrid.Domain.Contracts.Engine;

/// <summary>The first deadline of one obligation clause, on the institution's working-day calendar.</summary>
public sealed record PreviewDeadline(string ObligationId, string ClauseId, string Title, ObligationParty Party, DateTimeOffset DueAt, DateOnly DueDate, bool Provisional);

/// <summary>
/// What a penalty clause charges in a stated case ("逾期 10 天"): the domain's own formula and amount, after the cap.
/// <see cref="Amount"/> is absent where the clause has no number of its own (costs charged as incurred, a termination right).
/// </summary>
public sealed record PenaltyExample(string PenaltyId, string Article, string Case, string Formula, decimal? Amount, bool Capped);

/// <summary>A definition before (or after) it is stored: its first deadlines and a worked example per penalty.</summary>
public sealed record DefinitionPreviewResult(ImmutableArray<PreviewDeadline> Deadlines, ImmutableArray<PenaltyExample> Penalties);

/// <summary>
/// The preview the contract editor and the vendor's confirmation show: the engine evaluated with no facts at the start of
/// the term (so every date comes from the deadline rules and the calendar, never from today), and each penalty's formula
/// applied to one stated case — ten days late, one occurrence, one person — with the same arithmetic the ledger uses.
/// </summary>
public static class DefinitionPreview
{
    public const int ExampleDays = 10;

    public static DefinitionPreviewResult Of(ContractDefinition definition, WorkingCalendar calendar, int deadlines = 10)
    {
        var start = Deadlines.StartOfDay(definition.Term.Start);
        var evaluation = ContractEngine.Evaluate(definition, [], start, calendar);
        // The first deadline of each obligation clause: a daily or monthly duty would otherwise fill the list on its own.
        var first = evaluation.Obligations
            .Where(o => o.DueAt is not null && o.Document is null)
            .GroupBy(o => o.ClauseId, StringComparer.Ordinal)
            .Select(clause => clause.OrderBy(o => o.DueAt).ThenBy(o => o.Id, StringComparer.Ordinal).First())
            .OrderBy(o => o.DueAt).ThenBy(o => o.Id, StringComparer.Ordinal)
            .Take(deadlines)
            .Select(o => new PreviewDeadline(o.Id, o.ClauseId, o.Title, o.Party, o.DueAt!.Value, ShanghaiTime.LocalDate(o.DueAt.Value), o.Provisional));
        var formulas = new PenaltyFormulas(definition, _ => 0m, new ContractEnd(Deadlines.EndOfDay(definition.Term.End), definition.Term.End, false));
        return new DefinitionPreviewResult([.. first], [.. definition.Penalties.Select(p => Example(definition, formulas, p))]);
    }

    private static PenaltyExample Example(ContractDefinition definition, PenaltyFormulas formulas, PenaltyDefinition clause)
    {
        if (clause.Shape is PenaltyShape.TerminationRight)
            return new(clause.Id, clause.Article, "触发即可解除合同", "解除权，无金额", null, false);
        if (clause.Shape is PenaltyShape.Incurred)
            return new(clause.Id, clause.Article, "按实际发生", "按实际发生的费用计", null, false);
        var trigger = Trigger(definition, clause);
        var raw = formulas.Raw(clause, trigger);
        var cap = clause.Cap is null ? (decimal?)null : formulas.CapAmount(clause.Cap, trigger);
        var capped = cap is { } c && raw > c;
        var amount = Cny.RoundToFen(capped ? cap!.Value : raw);
        var formula = formulas.Basis(clause, trigger) + (capped ? $"; 封顶 {Cny.Format(cap!.Value)}" : "");
        return new(clause.Id, clause.Article, trigger.Description, formula, amount, capped);
    }

    /// <summary>The stated case for the clause's shape; a rate on money owed takes the first payment as what is unpaid.</summary>
    private static ChargeTrigger Trigger(ContractDefinition definition, PenaltyDefinition clause)
    {
        var start = definition.Term.Start;
        var lineItem = clause.Amount?.LineItem ?? clause.Min?.LineItem
            ?? (UsesLineItem(clause) ? definition.LineItems.FirstOrDefault()?.Id : null);
        var unpaid = (clause.Payments.IsDefaultOrEmpty ? null : definition.Payments.FirstOrDefault(p => clause.Payments.Contains(p.Id)))?.Amount
            ?? definition.Payments.FirstOrDefault()?.Amount ?? 0m;
        var (days, count, people, duration, description) = clause.Shape switch
        {
            PenaltyShape.PerDay or PenaltyShape.Interest or PenaltyShape.PerPeriod => Late(LateDays(clause)),
            PenaltyShape.PerPersonDay => (ExampleDays, 1, 1, TimeSpan.Zero, $"缺岗 1 人 {ExampleDays} 天"),
            PenaltyShape.DurationTiered => (0, 1, 1, TieredDuration(clause), $"持续 {Hours(TieredDuration(clause))} 小时"),
            PenaltyShape.Range => (0, 1, 1, TimeSpan.Zero, "发生 1 次（按下限）"),
            _ => (0, 1, 1, TimeSpan.Zero, clause.PerPerson ? "发生 1 次，涉及 1 人" : "发生 1 次"),
        };
        (int, int, int, TimeSpan, string) Late(int n) =>
            (n, 1, 1, TimeSpan.Zero, clause.Trigger == PenaltyTrigger.PaymentLate ? $"逾期付款 {n} 天" : $"逾期 {n} 天");
        var startsAt = Deadlines.StartOfDay(start);
        return new ChargeTrigger(clause.Id, null, startsAt, start, days, count, people, duration, lineItem, unpaid, null, description);
    }

    /// <summary>Ten days, or two whole periods of a 每N天 clause whose period is longer (C3 9.2: 每15天 → 30 days), so the example is never ¥0.</summary>
    private static int LateDays(PenaltyDefinition clause) =>
        clause is { Shape: PenaltyShape.PerPeriod, Period: { Unit: SpanUnit.CalendarDays or SpanUnit.WorkingDays } period } && period.N * 2 > ExampleDays
            ? period.N * 2 : ExampleDays;

    private static bool UsesLineItem(PenaltyDefinition clause) =>
        clause.Amount?.Base == AmountBase.LineItem || clause.Min?.Base == AmountBase.LineItem || clause.Cap?.Base == AmountBase.LineItem;

    /// <summary>Two steps past the threshold (24 h + 2 × 12 h = 48 h), so the example shows the tier at work.</summary>
    private static TimeSpan TieredDuration(PenaltyDefinition clause) =>
        ToTime(clause.Threshold) + ToTime(clause.Step) * 2;

    private static TimeSpan ToTime(Span? span) => span switch
    {
        null => TimeSpan.Zero,
        { Unit: SpanUnit.Minutes } => TimeSpan.FromMinutes(span.N),
        { Unit: SpanUnit.Hours } => TimeSpan.FromHours(span.N),
        _ => TimeSpan.FromDays(span.N),
    };

    private static string Hours(TimeSpan duration) => $"{duration.TotalHours:0.##}";
}
