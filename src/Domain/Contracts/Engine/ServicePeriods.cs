using VendorGrid.Domain.Contracts.Definition;

namespace VendorGrid.Domain.Contracts.Engine;

/// <summary>A period of a recurring clause: first and last day, both inclusive.</summary>
public readonly record struct ServicePeriod(DateOnly First, DateOnly Last);

/// <summary>
/// Splits the service term into weeks, months, quarters, half-years or years — counted from the term's start
/// (DOMAIN.md §2 default) or along the calendar when the clause fixes calendar periods.
/// </summary>
public static class ServicePeriods
{
    public static IEnumerable<ServicePeriod> Split(Term term, Frequency every, PeriodAlignment align)
    {
        var start = align == PeriodAlignment.Calendar ? CalendarStart(term.Start, every) : term.Start;
        for (var first = start; first <= term.End; first = Next(first, every))
        {
            var last = Next(first, every).AddDays(-1);
            yield return new ServicePeriod(first < term.Start ? term.Start : first, last > term.End ? term.End : last);
        }
    }

    private static DateOnly Next(DateOnly first, Frequency every) => every switch
    {
        Frequency.Week => first.AddDays(7),
        Frequency.Month => first.AddMonths(1),
        Frequency.Quarter => first.AddMonths(3),
        Frequency.HalfYear => first.AddMonths(6),
        Frequency.Year => first.AddYears(1),
        _ => throw new ArgumentOutOfRangeException(nameof(every)),
    };

    private static DateOnly CalendarStart(DateOnly date, Frequency every) => every switch
    {
        Frequency.Week => date.AddDays(-(((int)date.DayOfWeek + 6) % 7)),
        Frequency.Month => new DateOnly(date.Year, date.Month, 1),
        Frequency.Quarter => new DateOnly(date.Year, (date.Month - 1) / 3 * 3 + 1, 1),
        Frequency.HalfYear => new DateOnly(date.Year, date.Month <= 6 ? 1 : 7, 1),
        Frequency.Year => new DateOnly(date.Year, 1, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(every)),
    };

    /// <summary>The first day numbered <paramref name="day"/> on or after <paramref name="from"/> (clamped to short months).</summary>
    public static DateOnly FirstDayOfMonthOnOrAfter(DateOnly from, int day)
    {
        var candidate = Clamp(from.Year, from.Month, day);
        if (candidate >= from) return candidate;
        var next = from.AddMonths(1);
        return Clamp(next.Year, next.Month, day);
    }

    private static DateOnly Clamp(int year, int month, int day) =>
        new(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));
}
