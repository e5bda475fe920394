using VendorGrid.Domain.Time;

namespace VendorGrid.Domain.Staffing;

/// <summary>
/// C1 驻场人员每周至少出勤一天: a calendar week (Monday–Sunday, Asia/Shanghai) wholly inside an assignment with fewer
/// on-site days than required leaves the seat empty from the following Monday until the engineer is next on site.
/// Weeks the engineer only partly held the role are not judged.
/// </summary>
internal static class WeeklyOnsite
{
    public static void MarkAbsences(Stint stint, IReadOnlySet<DateOnly> onsiteDays, int perWeek, DateTimeOffset bound)
    {
        var end = stint.To is { } to && to < bound ? to : bound;
        var monday = FirstFullWeek(stint.From);
        while (Deadlines.StartOfDay(monday.AddDays(7)) <= end)
        {
            var days = onsiteDays.Count(d => d >= monday && d <= monday.AddDays(6));
            if (days >= perWeek) { monday = monday.AddDays(7); continue; }
            var absentFrom = Deadlines.StartOfDay(monday.AddDays(7));
            var back = onsiteDays.Where(d => d >= monday.AddDays(7)).Select(d => (DateOnly?)d).FirstOrDefault();
            stint.Absences.Add((absentFrom, back is { } b ? Deadlines.StartOfDay(b) : null));
            if (back is null) return;
            monday = MondayOf(back.Value);
        }
    }

    private static DateOnly FirstFullWeek(DateTimeOffset from)
    {
        var day = ShanghaiTime.LocalDate(from);
        var monday = MondayOf(day);
        return monday == day && Deadlines.StartOfDay(day) == from ? monday : monday.AddDays(7);
    }

    private static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
