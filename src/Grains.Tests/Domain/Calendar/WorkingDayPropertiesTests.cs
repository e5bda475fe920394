using FsCheck.Xunit;
using static VendorGrid.Tests.Domain.Calendar.CalendarTestData;

namespace VendorGrid.Tests.Domain.Calendar;

/// <summary>
/// Laws every working-day answer must obey, over start dates from 2015 into the provisional 2020s,
/// plus a day-by-day reference model built straight from the file's facts.
/// </summary>
public sealed class WorkingDayPropertiesTests
{
    private static readonly DateOnly Origin = D("2015-06-01");

    private static DateOnly Start(ushort offset) => Origin.AddDays(offset % 5000); // 2015-06 .. 2029-02

    [Property(MaxTest = 1000)]
    public bool AddingWorkingDays_LandsOnAWorkingDayAfterTheStart(ushort offset, byte n)
    {
        var (start, days) = (Start(offset), n % 60 + 1);
        var result = NationalCalendar.AddWorkingDays(start, days);
        return result > start && NationalCalendar.IsWorkingDay(result);
    }

    [Property(MaxTest = 1000)]
    public bool AddingWorkingDays_IsStrictlyMonotoneInN(ushort offset, byte n)
    {
        var (start, days) = (Start(offset), n % 60 + 1);
        return NationalCalendar.AddWorkingDays(start, days) < NationalCalendar.AddWorkingDays(start, days + 1);
    }

    [Property(MaxTest = 1000)]
    public bool AddingWorkingDays_Composes(ushort offset, byte a, byte b)
    {
        var (start, x, y) = (Start(offset), a % 40 + 1, b % 40 + 1);
        var calendar = NationalCalendar;
        return calendar.AddWorkingDays(start, x + y) == calendar.AddWorkingDays(calendar.AddWorkingDays(start, x), y);
    }

    [Property(MaxTest = 1000)]
    public bool WorkingDaysBetween_InvertsAddingWorkingDays(ushort offset, byte n)
    {
        var (start, days) = (Start(offset), n % 60 + 1);
        return NationalCalendar.WorkingDaysBetween(start, NationalCalendar.AddWorkingDays(start, days)) == days;
    }

    [Fact]
    public void PrecomputedTable_AgreesWithADayByDayReferenceModel()
    {
        var off = Data.Years.SelectMany(y => y.Off).Select(h => h.Date).ToHashSet();
        var work = Data.Years.SelectMany(y => y.Work).Select(h => h.Date).ToHashSet();
        bool Working(DateOnly d) => work.Contains(d) || (!off.Contains(d) && d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));
        DateOnly Reference(DateOnly d, int n) { while (n > 0) { d = d.AddDays(1); if (Working(d)) n--; } return d; }

        for (var start = D("2015-12-01"); start <= D("2027-02-01"); start = start.AddDays(1))
            foreach (var n in new[] { 1, 2, 3, 5, 7, 10, 14, 15, 20, 30, 45 })
                Assert.Equal(Reference(start, n), NationalCalendar.AddWorkingDays(start, n));
    }
}
