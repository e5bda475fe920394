namespace VendorGrid.Domain.Calendar;

public sealed partial class WorkingCalendar
{
    /// <summary>
    /// The |n|-th working day after (n &gt; 0) or before (n &lt; 0) <paramref name="start"/>; start's own
    /// day never counts (DOMAIN §2: "E's own day does not count"). n = 0 rolls forward: start itself
    /// when it is a working day, else the next working day — the natural meaning of "on a working day".
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly start, int n) => AddWorkingDaysDetailed(start, n).Date;

    /// <summary>
    /// Like <see cref="AddWorkingDays"/>, and says whether the answer may still move because some
    /// counted day lies outside the announced years.
    /// </summary>
    public WorkingDayResult AddWorkingDaysDetailed(DateOnly start, int n)
    {
        if (n == 0)
        {
            var rolled = IsWorkingDay(start) ? start : AddWorkingDays(start, 1);
            return new(rolled, !IsAnnounced(start) || !IsAnnounced(rolled));
        }
        var date = (n > 0 ? ForwardFromTable(start, n) : BackwardFromTable(start, -n)) ?? Walk(start, n);
        var (earliest, latest) = n > 0 ? (start.AddDays(1), date) : (date, start.AddDays(-1));
        return new(date, !IsAnnounced(earliest) || !IsAnnounced(latest));
    }

    /// <summary>
    /// Working days in (from, to]: the n for which <c>AddWorkingDays(from, n)</c> is the last working
    /// day not after <paramref name="to"/>. Negative when <paramref name="to"/> is before
    /// <paramref name="from"/>, so it can measure lateness in working days as well.
    /// </summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from) return -WorkingDaysBetween(to, from);
        if (table.Covers(from) && table.Covers(to)) return table.WorkingThrough(to) - table.WorkingThrough(from);
        var count = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
            if (IsWorkingDay(d)) count++;
        return count;
    }

    private DateOnly? ForwardFromTable(DateOnly start, int n) =>
        table.Covers(start) ? table.NthWorkingDay(table.WorkingThrough(start) + n - 1) : null;

    private DateOnly? BackwardFromTable(DateOnly start, int n)
    {
        var dayBefore = start.AddDays(-1);
        if (!table.Covers(dayBefore)) return null;
        var k = table.WorkingThrough(dayBefore) - n;
        return k >= 0 ? table.NthWorkingDay(k) : null;
    }

    /// <summary>Day-by-day fallback for dates outside the precomputed window (decades away).</summary>
    private DateOnly Walk(DateOnly start, int n)
    {
        var step = Math.Sign(n);
        var date = start;
        for (var left = Math.Abs(n); left > 0;)
        {
            date = date.AddDays(step);
            if (IsWorkingDay(date)) left--;
        }
        return date;
    }
}
