using VendorGrid.Domain.Money;
using VendorGrid.Domain.Time;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Facts;

namespace VendorGrid.Domain.Contracts.Engine;

/// <summary>
/// The client's late payments as penalty triggers for the vendor: accrual starts after the due instant (and any
/// waiting time the clause adds), and only once the required written reminders, far enough apart, were sent.
/// </summary>
internal sealed class ClientLateness(FactIndex facts, DeadlineMath math, DateTimeOffset asOf)
{
    public IEnumerable<ChargeTrigger> Triggers(PenaltyDefinition clause, IEnumerable<PaymentView> schedule, PaymentProjector payments)
    {
        foreach (var payment in schedule.Where(p => clause.Payments.Contains(p.Id) && p.DueAt is not null))
        {
            var paidAt = payments.PaidInFullAt(payment);
            var start = Start(clause, payment);
            if (start is null) continue;
            var days = math.DaysAfter(ShanghaiTime.LocalDate(start.Value), ShanghaiTime.LocalDate(paidAt ?? asOf), clause.DayBasis);
            if (days <= 0) continue;
            var unpaid = paidAt is null ? payment.Net - payment.Paid : payment.Net;
            var firstDay = ShanghaiTime.LocalDate(start.Value).AddDays(1);
            yield return new ChargeTrigger(payment.Id, null, Deadlines.StartOfDay(firstDay), firstDay, days, 1, 1, TimeSpan.Zero,
                null, unpaid, paidAt, $"{payment.Label} 逾期未付 {Cny.Format(unpaid)}，{days} 天");
        }
    }

    private DateTimeOffset? Start(PenaltyDefinition clause, PaymentView payment)
    {
        var start = payment.DueAt!.Value;
        var rules = clause.Preconditions;
        if (rules?.StartsAfterDue is { } wait) start = math.After(start, wait).DueAt;
        if (rules is not { Reminders: > 0 }) return start;
        var reminders = facts.OfType<PaymentReminderSent>()
            .Where(f => f.PaymentId == payment.Id && f.OccurredAt > payment.DueAt).Select(f => f.OccurredAt).ToList();
        var qualifying = new List<DateTimeOffset>();
        foreach (var sent in reminders)
            if (qualifying.Count == 0 || FarEnoughApart(qualifying[^1], sent, rules.MinimumGap))
                qualifying.Add(sent);
        if (qualifying.Count < rules.Reminders) return null;
        var last = qualifying[rules.Reminders - 1];
        return last > start ? last : start;
    }

    /// <summary>"间隔不少于一周": the later reminder's date is at least the gap after the earlier one's.</summary>
    private static bool FarEnoughApart(DateTimeOffset earlier, DateTimeOffset later, Span? gap)
    {
        if (gap is null) return true;
        var days = ShanghaiTime.LocalDate(later).DayNumber - ShanghaiTime.LocalDate(earlier).DayNumber;
        return gap.Unit switch
        {
            SpanUnit.Weeks => days >= 7 * gap.N,
            SpanUnit.Months => ShanghaiTime.LocalDate(later) >= ShanghaiTime.LocalDate(earlier).AddMonths(gap.N),
            _ => days >= gap.N,
        };
    }
}
