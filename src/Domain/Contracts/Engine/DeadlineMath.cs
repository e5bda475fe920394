using VendorGrid.Domain.Contracts.Definition;

namespace VendorGrid.Domain.Contracts.Engine;

/// <summary>A computed deadline and whether it rests on a holiday year not yet announced.</summary>
public readonly record struct Deadline(DateTimeOffset At, bool Provisional);

/// <summary>The counting conventions of DOMAIN.md §2 applied to a span after (or before) an instant.</summary>
public sealed class DeadlineMath(IWorkingDayCalendar calendar)
{
    public IWorkingDayCalendar Calendar { get; } = calendar;

    /// <summary>
    /// N日内 after E ends with calendar day date(E)+N; N个工作日内 with the N-th working day after date(E);
    /// months and weeks end with the same-numbered day; hours and minutes are elapsed wall-clock time.
    /// </summary>
    public Deadline After(DateTimeOffset anchor, Span? span)
    {
        var date = ShanghaiTime.DateOf(anchor);
        if (span is null) return EndOf(date);
        return span.Unit switch
        {
            SpanUnit.CalendarDays => EndOf(date.AddDays(span.N)),
            SpanUnit.Weeks => EndOf(date.AddDays(7 * span.N)),
            SpanUnit.Months => EndOf(date.AddMonths(span.N)),
            SpanUnit.WorkingDays => EndOf(Calendar.AddWorkingDays(date, span.N)),
            SpanUnit.Hours => new(anchor.AddHours(span.N), false),
            SpanUnit.Minutes => new(anchor.AddMinutes(span.N), false),
            _ => throw new ArgumentOutOfRangeException(nameof(span)),
        };
    }

    /// <summary>At least N before the anchor (notice periods): the last day on which notice is still in time.</summary>
    public Deadline Before(DateTimeOffset anchor, Span span)
    {
        var date = ShanghaiTime.DateOf(anchor);
        var last = span.Unit switch
        {
            SpanUnit.CalendarDays => date.AddDays(-span.N),
            SpanUnit.Weeks => date.AddDays(-7 * span.N),
            SpanUnit.Months => date.AddMonths(-span.N),
            SpanUnit.WorkingDays => WorkingDaysBefore(date, span.N),
            _ => date,
        };
        if (span.Unit is SpanUnit.Hours) return new(anchor.AddHours(-span.N), false);
        if (span.Unit is SpanUnit.Minutes) return new(anchor.AddMinutes(-span.N), false);
        return EndOf(last);
    }

    public Deadline EndOf(DateOnly date) => new(ShanghaiTime.EndOfDay(date), Calendar.IsProvisional(date));

    /// <summary>Whole days from the due date to <paramref name="date"/>, counted on the clause's basis.</summary>
    public int DaysAfter(DateOnly due, DateOnly date, DayBasis basis)
    {
        if (date <= due) return 0;
        if (basis == DayBasis.CalendarDays) return date.DayNumber - due.DayNumber;
        var count = 0;
        for (var d = due.AddDays(1); d <= date; d = d.AddDays(1))
            if (Calendar.IsWorkingDay(d)) count++;
        return count;
    }

    private DateOnly WorkingDaysBefore(DateOnly date, int n)
    {
        var d = date;
        for (var found = 0; found < n;)
        {
            d = d.AddDays(-1);
            if (Calendar.IsWorkingDay(d)) found++;
        }
        return d;
    }
}
