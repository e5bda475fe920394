using VendorGrid.Domain.Money;
using VendorGrid.Domain.Time;
using System.Collections.Immutable;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Facts;

namespace VendorGrid.Domain.Contracts.Engine;

/// <summary>
/// The client's late payments as penalty triggers for the vendor. The clock starts after the due instant (and any
/// waiting time the clause adds), only once every condition the facts can show is met — a payment without its
/// invoice, its acceptance or its funds is not late (C1 第二条, C3 第四章2.D, C4 4.2.4) — and only once the required
/// written reminders, far enough apart, were sent (C2 第八条第1款). Each late day is charged on what was still unpaid
/// that day, so a part payment lowers the base from the next day on.
/// </summary>
internal sealed class ClientLateness(FactIndex facts, DeadlineMath math, DateTimeOffset asOf)
{
    public IEnumerable<ChargeTrigger> Triggers(PenaltyDefinition clause, IEnumerable<PaymentView> schedule, PaymentProjector payments,
        ContractDefinition definition, UsageSummary? usage)
    {
        foreach (var payment in schedule.Where(p => clause.Payments.Contains(p.Id) && p.DueAt is not null))
        {
            if (payment.Provisional) continue;  // its working days are not announced yet: no penalty on it
            var start = Start(clause, payment, definition.Payments.First(p => p.Id == payment.Id), payments, usage);
            if (start is null) continue;
            var firstDay = ShanghaiTime.LocalDate(start.Value).AddDays(1);
            var paidAt = payments.PaidInFullAt(payment);
            var lastDay = ShanghaiTime.LocalDate(paidAt ?? asOf);
            var days = math.DaysAfter(firstDay.AddDays(-1), lastDay, clause.DayBasis);
            if (days <= 0) continue;
            var stretches = Stretches(payment, payments.PaymentsTowards(payment.Id), firstDay, lastDay);
            var overdue = stretches[0].Unpaid;
            if (overdue <= 0) continue;
            yield return new ChargeTrigger(payment.Id, null, Deadlines.StartOfDay(firstDay), firstDay, days, 1, 1, TimeSpan.Zero,
                null, overdue, paidAt, $"{payment.Label} 逾期未付 {Cny.Format(overdue)}，{days} 天") { Stretches = stretches };
        }
    }

    /// <summary>
    /// Runs of days with the same unpaid amount, from the first late day to the last: a payment made on day d counts
    /// from day d + 1, as the day of full payment is still a late day.
    /// </summary>
    private static ImmutableArray<UnpaidStretch> Stretches(PaymentView payment, IEnumerable<PaymentMade> made, DateOnly firstDay, DateOnly lastDay)
    {
        var unpaid = payment.Net;
        var builder = ImmutableArray.CreateBuilder<UnpaidStretch>();
        var from = firstDay;
        foreach (var part in made.GroupBy(f => ShanghaiTime.LocalDate(f.OccurredAt)).OrderBy(g => g.Key))
        {
            var paidOn = part.Key;
            if (paidOn >= lastDay) break;
            if (paidOn >= from)
            {
                builder.Add(new UnpaidStretch(from, paidOn.DayNumber - from.DayNumber + 1, unpaid));
                from = paidOn.AddDays(1);
            }
            unpaid = Math.Max(0, unpaid - part.Sum(f => f.Amount));
        }
        builder.Add(new UnpaidStretch(from, lastDay.DayNumber - from.DayNumber + 1, unpaid));
        return builder.ToImmutable();
    }

    private DateTimeOffset? Start(PenaltyDefinition clause, PaymentView payment, PaymentDefinition definition, PaymentProjector payments, UsageSummary? usage)
    {
        var start = payment.DueAt!.Value;
        var rules = clause.Preconditions;
        if (rules?.StartsAfterDue is { } wait) start = math.After(start, wait).DueAt;
        foreach (var condition in definition.Conditions)
        {
            var met = payments.ConditionMetAt(definition, condition, usage);
            if (met is null) return null;
            if (met > start) start = met.Value;
        }
        if (rules is not { Reminders: > 0 }) return start;
        var qualifying = ReminderChain.Qualifying(facts.OfType<PaymentReminderSent>()
            .Where(f => f.PaymentId == payment.Id && f.OccurredAt > payment.DueAt).Select(f => f.OccurredAt), rules.MinimumGap);
        if (qualifying.Count < rules.Reminders) return null;
        var last = qualifying[rules.Reminders - 1];
        return last > start ? last : start;
    }
}

/// <summary>
/// The written reminders that count towards a payment's late-payment clause (C2 第八条第1款: two, at least a week apart):
/// taken in time order, each counts when it is far enough after the last one that counted.
/// </summary>
public static class ReminderChain
{
    public static List<DateTimeOffset> Qualifying(IEnumerable<DateTimeOffset> sentInOrder, Span? gap)
    {
        var qualifying = new List<DateTimeOffset>();
        foreach (var sent in sentInOrder)
            if (qualifying.Count == 0 || FarEnoughApart(qualifying[^1], sent, gap))
                qualifying.Add(sent);
        return qualifying;
    }

    /// <summary>"间隔不少于一周": the later reminder's date is at least the gap after the earlier one's.</summary>
    public static bool FarEnoughApart(DateTimeOffset earlier, DateTimeOffset later, Span? gap)
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
