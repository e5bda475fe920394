namespace VendorGrid.Domain.Time;

/// <summary>
/// The edges of a contract day in Asia/Shanghai, and lateness in whole local days. The counting rules themselves
/// (N日内, N个工作日内, N个月, notice periods) are <see cref="Contracts.Engine.DeadlineMath"/>: one place, the one the
/// engine uses.
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
    /// Calendar days late: performed (or still unperformed, as of) on local date D with due date U gives
    /// D − U when positive, else 0. Counting whole local days makes an hour past midnight one day late,
    /// which is how a per-day penalty clause reads.
    /// </summary>
    public static int DaysLate(DateOnly dueDate, DateTimeOffset metOrAsOf) =>
        Math.Max(0, ShanghaiTime.LocalDate(metOrAsOf).DayNumber - dueDate.DayNumber);
}
