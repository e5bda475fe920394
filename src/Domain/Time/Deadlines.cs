using VendorGrid.Domain.Calendar;

namespace VendorGrid.Domain.Time;

/// <summary>
/// DOMAIN §2's deadline conventions as functions. Every rule counts in Asia/Shanghai civil dates,
/// because the contracts are written in local days; instants only appear at the edges. Following the
/// Civil Code (民法典 第二百零一条) the event's own day is never counted. The Code's further rule that a
/// period ending on a statutory holiday extends to the next day (第二百零三条) is deliberately not
/// applied: DOMAIN §2 fixes C2's 45-day delivery to Sunday 2026-03-22 — a clause wanting it uses
/// <see cref="WorkingDaysAfter"/> or rolls the date itself.
/// </summary>
public static class Deadlines
{
    /// <summary>The last second of a contract day. Performance at any time that local day is on time.</summary>
    public static readonly TimeOnly EndOfDayTime = new(23, 59, 59);

    /// <summary>23:59:59 Shanghai time on <paramref name="date"/>, with the +08:00 offset.</summary>
    public static DateTimeOffset EndOfDay(DateOnly date) => ShanghaiTime.ToInstant(date, EndOfDayTime);

    /// <summary>00:00:00 Shanghai time: when a day of lateness or a contract date begins.</summary>
    public static DateTimeOffset StartOfDay(DateOnly date) => ShanghaiTime.ToInstant(date, TimeOnly.MinValue);

    /// <summary>
    /// <c>N日内 / N天内 / N个自然日内</c> after an event: end of calendar day date(E) + N. Example: a report
    /// submitted 2024-11-11 and reviewed within 14 days is deemed approved at the end of 2024-11-25.
    /// </summary>
    public static Deadline CalendarDaysAfter(DateTimeOffset eventAt, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        return Deadline.EndOf(ShanghaiTime.LocalDate(eventAt).AddDays(days));
    }

    /// <summary>
    /// <c>N个工作日内</c> after an event: end of the N-th working day after date(E), E's own day not
    /// counted. Provisional when that count reaches past the announced holiday years.
    /// </summary>
    public static Deadline WorkingDaysAfter(DateTimeOffset eventAt, int days, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(days);
        var result = calendar.AddWorkingDaysDetailed(ShanghaiTime.LocalDate(eventAt), days);
        return Deadline.EndOf(result.Date, result.Provisional);
    }

    /// <summary>
    /// <c>每月X日前</c>: on or before the end of day X of the month. X past the month's length (e.g. the
    /// 31st in February) means the month's last day, as the Civil Code (第二百零二条) does for missing day numbers.
    /// </summary>
    public static Deadline ByDayOfMonth(int year, int month, int day)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(day, 1);
        return Deadline.EndOf(new DateOnly(year, month, Math.Min(day, DateTime.DaysInMonth(year, month))));
    }

    /// <summary>
    /// <c>N个月内</c> after an event: end of the day with the same number N months after date(E), or
    /// that month's last day when it has no such day (民法典 第二百零二条). 2024-01-31 + 1 month → 2024-02-29.
    /// </summary>
    public static Deadline MonthsAfter(DateTimeOffset eventAt, int months)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(months);
        return Deadline.EndOf(ShanghaiTime.LocalDate(eventAt).AddMonths(months));
    }

    /// <summary>
    /// A notice due "at least N days before" a date (e.g. expiry notice ≥ 7 days before the term ends):
    /// the last day it can be given is date − N, so N whole days separate notice and date.
    /// </summary>
    public static Deadline CalendarDaysBefore(DateOnly date, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        return Deadline.EndOf(date.AddDays(-days));
    }

    /// <summary>
    /// Calendar days late: performed (or still unperformed, as of) on local date D with due date U gives
    /// D − U when positive, else 0. Counting whole local days makes an hour past midnight one day late,
    /// which is how a per-day penalty clause reads.
    /// </summary>
    public static int DaysLate(DateOnly dueDate, DateTimeOffset metOrAsOf) =>
        Math.Max(0, ShanghaiTime.LocalDate(metOrAsOf).DayNumber - dueDate.DayNumber);

    /// <summary>
    /// Whole days after the due date on which a standing breach stayed open, the cure day excluded:
    /// max(0, cured − due − 1). Staffing clauses count vacant days, and a seat filled on the morning of
    /// D is not vacant on D (DOMAIN §5 ex. 8: grace ends 2016-09-18, filled 09-22 → 09-19..09-21 = 3).
    /// Contrast <see cref="DaysLate"/>, where delivering on D makes D itself a late day.
    /// </summary>
    public static int DaysOpenBeforeCure(DateOnly dueDate, DateOnly curedOn) =>
        Math.Max(0, curedOn.DayNumber - dueDate.DayNumber - 1);
}
