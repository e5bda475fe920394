using VendorGrid.Domain.Time;
using static VendorGrid.Tests.Domain.Calendar.CalendarTestData;

namespace VendorGrid.Tests.Domain.Calendar;

/// <summary>DOMAIN §2 deadline conventions in Asia/Shanghai, with the contracts' own dates.</summary>
public sealed class DeadlinesTests
{
    [Fact]
    public void C3_QuarterlyReportSubmitted20241111_ReviewedWithin14Days_DeemedApprovedAtEndOf20241125()
    {
        var deadline = Deadlines.CalendarDaysAfter(Instant("2024-11-11T10:30:00+08:00"), 14);
        Assert.Equal(new Deadline(D("2024-11-25"), Instant("2024-11-25T23:59:59+08:00"), false), deadline);
    }

    [Fact]
    public void C2_DeliveryWithin45CalendarDaysOfSigning20260205_IsDue20260322()
    {
        var deadline = Deadlines.CalendarDaysAfter(Instant("2026-02-05T09:00:00+08:00"), 45);
        Assert.Equal(D("2026-03-22"), deadline.DueDate);
        Assert.Equal(Instant("2026-03-22T15:59:59Z"), deadline.DueAt);
    }

    [Fact]
    public void EventStoredInUtc_CountsFromItsShanghaiDate()
    {
        // 2024-11-10 20:00 UTC is 2024-11-11 04:00 in Beijing: the count starts from 11-11.
        Assert.Equal(D("2024-11-25"), Deadlines.CalendarDaysAfter(Instant("2024-11-10T20:00:00Z"), 14).DueDate);
    }

    [Theory]
    [InlineData("2016-04-16T11:00:00+08:00", 30, "2016-05-30", false)] // C1 first payment
    [InlineData("2016-09-14T09:00:00+08:00", 1, "2016-09-18", false)]  // C1 vacancy grace (ex. 8)
    [InlineData("2026-12-28T09:00:00+08:00", 5, "2027-01-04", true)]   // past the announced years
    public void WorkingDaysAfter_EndsOnTheNthWorkingDayAfterTheEventDate(string at, int n, string due, bool provisional)
    {
        var deadline = Deadlines.WorkingDaysAfter(Instant(at), n, NationalCalendar);
        Assert.Equal(Deadline.EndOf(D(due), provisional), deadline);
    }

    [Theory]
    [InlineData(2026, 4, 3, "2026-04-03")]  // C2 maintenance record by the 3rd
    [InlineData(2026, 2, 31, "2026-02-28")] // no 31st in February: the month's last day
    [InlineData(2024, 2, 30, "2024-02-29")]
    public void ByDayOfMonth_IsTheEndOfThatDay(int year, int month, int day, string due) =>
        Assert.Equal(Deadline.EndOf(D(due)), Deadlines.ByDayOfMonth(year, month, day));

    [Theory]
    [InlineData("2025-06-05T12:00:00+08:00", 3, "2025-09-05")] // C1-style: within 3 months of acceptance
    [InlineData("2024-01-31T12:00:00+08:00", 1, "2024-02-29")]
    [InlineData("2023-11-30T12:00:00+08:00", 3, "2024-02-29")]
    public void MonthsAfter_SameDayNumberOrMonthEnd(string at, int months, string due) =>
        Assert.Equal(D(due), Deadlines.MonthsAfter(Instant(at), months).DueDate);

    [Fact]
    public void C3_ExpiryNoticeAtLeast7DaysBeforeTheEnd20250810_IsDueBy20250803() =>
        Assert.Equal(Deadline.EndOf(D("2025-08-03")), Deadlines.CalendarDaysBefore(D("2025-08-10"), 7));

    [Theory]
    [InlineData("2026-03-27T10:00:00+08:00", 5)]  // DOMAIN §5 ex. 1: live 03-27 → 5 days late
    [InlineData("2026-04-01T10:00:00+08:00", 10)] // …live 04-01 → 10 days late
    [InlineData("2026-03-22T23:59:59+08:00", 0)]
    [InlineData("2026-03-23T00:00:30+08:00", 1)]
    [InlineData("2026-03-22T16:30:00Z", 1)]       // 00:30 on 03-23 in Beijing
    [InlineData("2026-03-01T10:00:00+08:00", 0)]  // early is never negative
    public void C2_DaysLate_AreLocalCalendarDaysPastTheDueDate(string met, int expected) =>
        Assert.Equal(expected, Deadline.EndOf(D("2026-03-22")).DaysLate(Instant(met)));

    [Fact]
    public void C1_TwoSeatsVacantFrom20160914_FilledOn0922_Leave3PenaltyDays()
    {
        var grace = Deadlines.WorkingDaysAfter(Instant("2016-09-14T09:00:00+08:00"), 1, NationalCalendar);
        Assert.Equal(D("2016-09-18"), grace.DueDate);
        Assert.Equal(3, Deadlines.DaysOpenBeforeCure(grace.DueDate, D("2016-09-22"))); // 09-19, 09-20, 09-21
        Assert.Equal(0, Deadlines.DaysOpenBeforeCure(grace.DueDate, D("2016-09-19")));
    }

    [Fact]
    public void EndOfDay_Is235959AtPlusEight() =>
        Assert.Equal(new DateTimeOffset(2016, 9, 18, 23, 59, 59, TimeSpan.FromHours(8)), Deadlines.EndOfDay(D("2016-09-18")));

    [Fact]
    public void ShanghaiTime_IsUtcPlusEight_AllYearRound()
    {
        Assert.Equal(T("2026-07-01 08:00"), ShanghaiTime.ToLocal(Instant("2026-07-01T00:00:00Z")));
        Assert.Equal(T("2026-01-01 07:59"), ShanghaiTime.ToLocal(Instant("2025-12-31T23:59:00Z")));
        Assert.Equal(Instant("2026-03-22T15:59:59Z"), ShanghaiTime.ToInstant(D("2026-03-22"), new TimeOnly(23, 59, 59)));
        Assert.Equal(TimeSpan.FromHours(8), ShanghaiTime.ToInstant(T("2026-07-01 12:00")).Offset);
        Assert.Equal(D("2026-01-01"), ShanghaiTime.LocalDate(Instant("2025-12-31T16:00:00Z")));
    }

    [Fact]
    public void ShanghaiTime_RejectsAUtcDateTime() =>
        Assert.Throws<ArgumentException>(() => ShanghaiTime.ToInstant(new DateTime(2026, 3, 22, 15, 59, 59, DateTimeKind.Utc)));
}
