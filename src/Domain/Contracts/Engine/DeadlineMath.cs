using VendorGrid.Domain.Calendar;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Time;

namespace VendorGrid.Domain.Contracts.Engine;

/// <summary>
/// The counting conventions of DOMAIN.md §2 applied to a clause's span after (or before) an instant: the one place deadlines
/// are computed (Time/Deadlines only gives the edges of a Shanghai day).
/// </summary>
public sealed class DeadlineMath(WorkingCalendar calendar)
{
    public WorkingCalendar Calendar { get; } = calendar;

    /// <summary>
    /// N日内 after E ends with calendar day date(E)+N; N个工作日内 with the N-th working day after date(E);
    /// months and weeks end with the same-numbered day; hours and minutes are elapsed wall-clock time. A period
    /// of days, weeks or months whose last day is a holiday ends on the next working day (民法典 第二百零三条).
    /// </summary>
    public Deadline After(DateTimeOffset anchor, Span? span)
    {
        var date = ShanghaiTime.LocalDate(anchor);
        if (span is null) return EndOf(date);
        if (span is { Inclusive: true, N: > 0 } && span.Unit is SpanUnit.CalendarDays or SpanUnit.WorkingDays)
            date = date.AddDays(-1);  // the anchor's day is day 1 (for working days, only if it is a working day)
        return span.Unit switch
        {
            SpanUnit.CalendarDays => Rolled(date.AddDays(span.N), span.EffectiveRoll),
            SpanUnit.Weeks => Rolled(date.AddDays(7 * span.N), span.EffectiveRoll),
            SpanUnit.Months => Rolled(date.AddMonths(span.N), span.EffectiveRoll),
            SpanUnit.WorkingDays => Counted(Calendar.AddWorkingDaysDetailed(date, span.N)),
            SpanUnit.Hours => Exact(anchor.AddHours(span.N)),
            SpanUnit.Minutes => Exact(anchor.AddMinutes(span.N)),
            _ => throw new ArgumentOutOfRangeException(nameof(span)),
        };
    }

    /// <summary>At least N before the anchor (notice periods): the last day on which notice is still in time.</summary>
    public Deadline Before(DateTimeOffset anchor, Span span)
    {
        var date = ShanghaiTime.LocalDate(anchor);
        return span.Unit switch
        {
            SpanUnit.CalendarDays => EndOf(date.AddDays(-span.N)),
            SpanUnit.Weeks => EndOf(date.AddDays(-7 * span.N)),
            SpanUnit.Months => EndOf(date.AddMonths(-span.N)),
            SpanUnit.WorkingDays => Counted(Calendar.AddWorkingDaysDetailed(date, -span.N)),
            SpanUnit.Hours => Exact(anchor.AddHours(-span.N)),
            SpanUnit.Minutes => Exact(anchor.AddMinutes(-span.N)),
            _ => throw new ArgumentOutOfRangeException(nameof(span)),
        };
    }

    /// <summary>The end of a fixed Shanghai day: no working-day count and no holiday rule, so never provisional.</summary>
    public Deadline EndOf(DateOnly date) => Deadline.EndOf(date);

    /// <summary>
    /// The end of a period's last day after the holiday rule (民法典 第二百零三条); provisional when that day, or a day
    /// the roll passed, lies outside the announced holiday years.
    /// </summary>
    public Deadline Rolled(DateOnly lastDay, HolidayRoll roll) => Counted(Calendar.RollForward(lastDay, roll));

    private static Deadline Counted(WorkingDayResult result) => Deadline.EndOf(result.Date, result.Provisional);

    /// <summary>Whole days from the due date to <paramref name="date"/>, counted on the clause's basis.</summary>
    public int DaysAfter(DateOnly due, DateOnly date, DayBasis basis) =>
        date <= due ? 0 : basis == DayBasis.CalendarDays ? date.DayNumber - due.DayNumber : Calendar.WorkingDaysBetween(due, date);

    private static Deadline Exact(DateTimeOffset at) => new(ShanghaiTime.LocalDate(at), ShanghaiTime.ToInstant(ShanghaiTime.ToLocal(at)), false);
}
