using VendorGrid.Domain.Reminders;
using static VendorGrid.Tests.Domain.Calendar.CalendarTestData;

namespace VendorGrid.Tests.Domain.Reminders;

public sealed class ReminderScheduleTests
{
    // A deadline at the end of Friday 2026-12-18, Shanghai time.
    private static readonly DateTimeOffset Due = Instant("2026-12-18T23:59:59+08:00");

    [Theory]
    [InlineData("2026-11-01T00:00:00+08:00", null, "30d-before", "2026-11-18T23:59:59+08:00")]
    [InlineData("2026-11-18T23:59:59+08:00", "30d-before", "7d-before", "2026-12-11T23:59:59+08:00")]
    [InlineData("2026-12-12T09:00:00+08:00", "7d-before", "1d-before", "2026-12-17T23:59:59+08:00")]
    [InlineData("2026-12-18T10:00:00+08:00", "1d-before", "due", "2026-12-18T23:59:59+08:00")]
    [InlineData("2026-12-18T23:59:59+08:00", "due", "late-1", "2026-12-19T23:59:59+08:00")]
    public void DefaultPolicy_ThirtySevenOneDayBefore_ThenAtDue(string now, string? latest, string next, string nextAt)
    {
        var policy = ReminderPolicy.Default;
        Assert.Equal(latest, ReminderSchedule.Latest(policy, Due, late: false, NationalCalendar, Instant(now))?.Key);
        Assert.Equal(new ReminderPoint(next, Instant(nextAt)), ReminderSchedule.Next(policy, Due, NationalCalendar, Instant(now)));
    }

    [Theory]
    [InlineData("2026-12-19T23:59:58+08:00", "due", "late-1")]
    [InlineData("2026-12-19T23:59:59+08:00", "late-1", "late-2")]
    [InlineData("2026-12-25T08:00:00+08:00", "late-6", "late-7")]
    public void WhileLate_OneReminderADay(string now, string latest, string next)
    {
        Assert.Equal(latest, ReminderSchedule.Latest(ReminderPolicy.Default, Due, late: true, NationalCalendar, Instant(now))?.Key);
        Assert.Equal(next, ReminderSchedule.Next(ReminderPolicy.Default, Due, NationalCalendar, Instant(now))?.Key);
    }

    [Theory]
    // Three working days before Friday 2026-12-18 is Tuesday 2026-12-15.
    [InlineData("2026-12-18T23:59:59+08:00", "2026-12-15T23:59:59+08:00")]
    // Before Monday 2026-10-12: Saturday 10-10 is a make-up working day, then Friday 10-09 and Thursday 10-08.
    [InlineData("2026-10-12T17:00:00+08:00", "2026-10-08T17:00:00+08:00")]
    // Before Friday 2026-10-09: 10-08, then the National Day holiday is skipped to 09-30 and 09-29.
    [InlineData("2026-10-09T17:00:00+08:00", "2026-09-29T17:00:00+08:00")]
    public void WorkingDaysBefore_CountOnTheCalendar(string due, string expected)
    {
        var policy = new ReminderPolicy([new(3, ReminderUnit.WorkingDays)], AtDue: false, DailyWhileLate: false);
        Assert.Equal(new ReminderPoint("3wd-before", Instant(expected)),
            Assert.Single(ReminderSchedule.PointsUpToDue(policy, Instant(due), NationalCalendar)));
    }

    [Fact]
    public void WorkingDaysBefore_SkipsAWeekend()
    {
        var policy = new ReminderPolicy([new(1, ReminderUnit.WorkingDays)], AtDue: false, DailyWhileLate: false);
        var monday = Instant("2026-12-21T17:00:00+08:00");
        Assert.Equal(Instant("2026-12-18T17:00:00+08:00"), ReminderSchedule.PointsUpToDue(policy, monday, NationalCalendar).Single().At);
    }

    [Fact]
    public void APolicyWithoutLateReminders_EndsAtDue()
    {
        var policy = ReminderPolicy.Default with { DailyWhileLate = false };
        Assert.Null(ReminderSchedule.Next(policy, Due, NationalCalendar, Due));
    }
}
