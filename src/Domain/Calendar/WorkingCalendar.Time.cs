namespace VendorGrid.Domain.Calendar;

/// <summary>
/// Working-time SLA clocks (DOMAIN §2: a clause bound to 工作时间 counts only working hours on working
/// days). Times are Asia/Shanghai wall-clock values with <see cref="DateTimeKind.Unspecified"/>; a UTC
/// or host-local <see cref="DateTime"/> is rejected because it would silently shift the clock by hours.
/// </summary>
public sealed partial class WorkingCalendar
{
    /// <summary>True inside [Start, End) of the working hours on a working day.</summary>
    public bool IsWorkingTime(DateTime local)
    {
        EnsureWallClock(local);
        var time = TimeOnly.FromDateTime(local);
        return IsWorkingDay(DateOnly.FromDateTime(local)) && time >= Hours.Start && time < Hours.End;
    }

    /// <summary>
    /// When a working-time clock of <paramref name="duration"/> started at <paramref name="start"/>
    /// expires. A clock started outside working time begins at the next working start; a clock that
    /// runs out exactly at closing time expires at closing time (17:00), not at 08:00 next day.
    /// Example: 15 minutes from Friday 16:50 → Monday 08:05 (or the next working day's 08:05).
    /// </summary>
    public DateTime AddWorkingTime(DateTime start, TimeSpan duration)
    {
        EnsureWallClock(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, TimeSpan.Zero);
        if (duration == TimeSpan.Zero) return start;
        var (date, time) = NextWorkingInstant(start);
        var leftToday = Hours.End - time;
        if (duration <= leftToday) return date.ToDateTime(time) + duration;
        var rest = duration - leftToday;
        var fullDays = (rest.Ticks - 1) / Hours.Length.Ticks;
        var lastDay = AddWorkingDays(date, checked((int)fullDays + 1));
        return lastDay.ToDateTime(Hours.Start) + (rest - TimeSpan.FromTicks(fullDays * Hours.Length.Ticks));
    }

    /// <summary>
    /// Working time elapsed in [from, to): how long a working-time clock has run, e.g. to report how
    /// far past its SLA an incident was restored. Zero when <paramref name="to"/> is not after from.
    /// </summary>
    public TimeSpan WorkingTimeBetween(DateTime from, DateTime to)
    {
        EnsureWallClock(from);
        EnsureWallClock(to);
        if (to <= from) return TimeSpan.Zero;
        var (fromDate, toDate) = (DateOnly.FromDateTime(from), DateOnly.FromDateTime(to));
        if (fromDate == toDate) return Overlap(fromDate, TimeOnly.FromDateTime(from), TimeOnly.FromDateTime(to));
        var wholeDays = WorkingDaysBetween(fromDate, toDate.AddDays(-1));
        return Overlap(fromDate, TimeOnly.FromDateTime(from), TimeOnly.MaxValue)
             + Hours.Length * wholeDays
             + Overlap(toDate, TimeOnly.MinValue, TimeOnly.FromDateTime(to));
    }

    private (DateOnly Date, TimeOnly Time) NextWorkingInstant(DateTime local)
    {
        var (date, time) = (DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));
        if (!IsWorkingDay(date) || time >= Hours.End) return (AddWorkingDays(date, 1), Hours.Start);
        return (date, time < Hours.Start ? Hours.Start : time);
    }

    private TimeSpan Overlap(DateOnly date, TimeOnly from, TimeOnly to)
    {
        if (!IsWorkingDay(date)) return TimeSpan.Zero;
        var (start, end) = (from > Hours.Start ? from : Hours.Start, to < Hours.End ? to : Hours.End);
        return end > start ? end - start : TimeSpan.Zero;
    }

    private static void EnsureWallClock(DateTime local)
    {
        if (local.Kind != DateTimeKind.Unspecified)
            throw new ArgumentException($"expected an Asia/Shanghai wall-clock time (Kind Unspecified), got Kind {local.Kind}", nameof(local));
    }
}
