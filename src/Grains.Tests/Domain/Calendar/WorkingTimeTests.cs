using VendorGrid.Domain.Calendar;
using static VendorGrid.Tests.Domain.Calendar.CalendarTestData;

namespace VendorGrid.Tests.Domain.Calendar;

/// <summary>SLA clocks bound to working hours (08:00–17:00 on working days unless configured).</summary>
public sealed class WorkingTimeTests
{
    [Theory]
    [InlineData("2026-03-20 16:50", 15, "2026-03-23 08:05")]   // Friday evening → Monday morning
    [InlineData("2026-03-23 16:50", 10, "2026-03-23 17:00")]   // runs out exactly at closing time
    [InlineData("2026-03-23 20:00", 30, "2026-03-24 08:30")]   // reported at night: clock starts at 08:00
    [InlineData("2026-03-24 06:00", 30, "2026-03-24 08:30")]   // reported before opening
    [InlineData("2026-03-21 11:00", 60, "2026-03-23 09:00")]   // reported on a Saturday
    [InlineData("2024-09-27 16:50", 15, "2024-09-29 08:05")]   // Friday → make-up Sunday before National Day
    [InlineData("2024-09-30 16:50", 15, "2024-10-08 08:05")]   // across the National Day block
    [InlineData("2026-02-13 16:30", 60, "2026-02-14 08:30")]   // into a make-up Saturday
    [InlineData("2026-02-14 16:45", 30, "2026-02-24 08:15")]   // make-up Saturday → after Spring Festival
    [InlineData("2026-03-23 09:00", 20 * 60, "2026-03-25 11:00")] // 8 h Mon + 9 h Tue + 3 h Wed
    [InlineData("2026-03-23 08:00", 18 * 60, "2026-03-24 17:00")] // two full days end at 17:00, not 08:00
    [InlineData("2026-03-23 10:00", 0, "2026-03-23 10:00")]
    public void AddWorkingTime_CountsOnlyWorkingHoursOnWorkingDays(string start, int minutes, string expected) =>
        Assert.Equal(T(expected), NationalCalendar.AddWorkingTime(T(start), TimeSpan.FromMinutes(minutes)));

    [Fact]
    public void C2_FeedbackWithin15Minutes_FridayEveningCall_WithMondayClosed_IsDueTuesday()
    {
        var hospital = NationalCalendar.WithClosures([D("2026-03-23")]);
        Assert.Equal(T("2026-03-24 08:05"), hospital.AddWorkingTime(T("2026-03-20 16:50"), TimeSpan.FromMinutes(15)));
    }

    [Fact]
    public void InstitutionHours_ReplaceTheDefault()
    {
        var hospital = NationalCalendar.WithHours(new WorkingHours(new TimeOnly(8, 30), new TimeOnly(17, 30)));
        Assert.Equal(T("2026-03-23 08:45"), hospital.AddWorkingTime(T("2026-03-20 17:20"), TimeSpan.FromMinutes(25)));
        Assert.True(hospital.IsWorkingTime(T("2026-03-23 17:15")));
        Assert.False(NationalCalendar.IsWorkingTime(T("2026-03-23 17:15")));
    }

    [Theory]
    [InlineData("2016-09-18 10:00", true)]  // make-up Sunday
    [InlineData("2016-09-15 10:00", false)] // 中秋节
    [InlineData("2026-03-23 08:00", true)]  // opening minute counts
    [InlineData("2026-03-23 17:00", false)] // closing time does not
    [InlineData("2026-03-23 07:59", false)]
    public void IsWorkingTime_InsideHoursOnWorkingDaysOnly(string at, bool expected) =>
        Assert.Equal(expected, NationalCalendar.IsWorkingTime(T(at)));

    [Theory]
    [InlineData("2026-03-20 16:50", "2026-03-23 08:05", 15)]
    [InlineData("2024-09-30 09:00", "2024-10-08 10:00", 8 * 60 + 2 * 60)]
    [InlineData("2026-03-23 09:00", "2026-03-25 11:00", 20 * 60)]
    [InlineData("2026-03-21 09:00", "2026-03-22 18:00", 0)]
    [InlineData("2026-03-23 12:00", "2026-03-23 11:00", 0)]
    public void WorkingTimeBetween_MeasuresHowLongAWorkingHoursClockRan(string from, string to, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), NationalCalendar.WorkingTimeBetween(T(from), T(to)));

    [Fact]
    public void UtcDateTime_IsRejected_BecauseItWouldShiftTheClockByEightHours() =>
        Assert.Throws<ArgumentException>(() =>
            NationalCalendar.AddWorkingTime(new DateTime(2026, 3, 23, 1, 0, 0, DateTimeKind.Utc), TimeSpan.FromMinutes(5)));

    [Fact]
    public void WorkingHoursMustStartBeforeTheyEnd() =>
        Assert.Throws<ArgumentException>(() => new WorkingHours(new TimeOnly(17, 0), new TimeOnly(8, 0)));
}
