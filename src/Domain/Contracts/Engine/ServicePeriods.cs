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
        for (var n = 0; Nth(start, every, n) <= term.End; n++)
        {
            var (first, last) = (Nth(start, every, n), Nth(start, every, n + 1).AddDays(-1));
            yield return new ServicePeriod(first < term.Start ? term.Start : first, last > term.End ? term.End : last);
        }
    }

    /// <summary>
    /// The start of the n-th period, always counted from the first one (民法典 第二百零二条): a term from 01-31 has its
    /// months start on 02-29, 03-31, 04-30 … — chaining one month at a time would drift to the 28th and stay there.
    /// </summary>
    public static DateOnly Nth(DateOnly start, Frequency every, int n) => every switch
    {
        Frequency.Week => start.AddDays(7 * n),
        Frequency.Month => start.AddMonths(n),
        Frequency.Quarter => start.AddMonths(3 * n),
        Frequency.HalfYear => start.AddMonths(6 * n),
        Frequency.Year => start.AddYears(n),
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
