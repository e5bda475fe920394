using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Time;
using static VendorGrid.Tests.Domain.Calendar.CalendarTestData;

namespace VendorGrid.Tests.Domain.Calendar;

/// <summary>DOMAIN §2 deadline conventions in Asia/Shanghai, with the contracts' own dates, through the engine's DeadlineMath.</summary>
public sealed class DeadlineMathTests
{
    private static readonly DeadlineMath Math = new(NationalCalendar);

    private static Span Days(int n) => new() { N = n, Unit = SpanUnit.CalendarDays };

    [Fact]
    public void C3_QuarterlyReportSubmitted20241111_ReviewedWithin14Days_DeemedApprovedAtEndOf20241125() =>
        Assert.Equal(new Deadline(D("2024-11-25"), Instant("2024-11-25T23:59:59+08:00"), false), Math.After(Instant("2024-11-11T10:30:00+08:00"), Days(14)));

    [Fact]
    public void C2_DeliveryWithin45CalendarDaysOfSigning20260205_IsDue20260322()
    {
        var deadline = Math.After(Instant("2026-02-05T09:00:00+08:00"), Days(45));
        Assert.Equal(D("2026-03-22"), deadline.DueDate);
        Assert.Equal(Instant("2026-03-22T15:59:59Z"), deadline.DueAt);
    }

    [Fact]
    public void EventStoredInUtc_CountsFromItsShanghaiDate() =>
        // 2024-11-10 20:00 UTC is 2024-11-11 04:00 in Beijing: the count starts from 11-11.
        Assert.Equal(D("2024-11-25"), Math.After(Instant("2024-11-10T20:00:00Z"), Days(14)).DueDate);

    [Fact]
    public void InclusiveSpan_CountsTheAnchorDayAsDayOne() =>
        Assert.Equal(D("2024-11-24"), Math.After(Instant("2024-11-11T10:30:00+08:00"), Days(14) with { Inclusive = true }).DueDate);

    [Theory]
    [InlineData("2016-04-16T11:00:00+08:00", 30, "2016-05-30", false)] // C1 first payment
    [InlineData("2016-09-14T09:00:00+08:00", 1, "2016-09-18", false)]  // C1 vacancy grace (ex. 8)
    [InlineData("2026-12-28T09:00:00+08:00", 5, "2027-01-04", true)]   // past the announced years
    public void WorkingDays_EndOnTheNthWorkingDayAfterTheEventDate(string at, int n, string due, bool provisional) =>
        Assert.Equal(Deadline.EndOf(D(due), provisional), Math.After(Instant(at), new Span { N = n, Unit = SpanUnit.WorkingDays }));

    [Theory]
    [InlineData("2025-06-05T12:00:00+08:00", 3, "2025-09-05")] // C1-style: within 3 months of acceptance
    [InlineData("2024-01-31T12:00:00+08:00", 1, "2024-02-29")]
    [InlineData("2023-11-30T12:00:00+08:00", 3, "2024-02-29")]
    public void Months_SameDayNumberOrMonthEnd(string at, int months, string due) =>
        Assert.Equal(D(due), Math.After(Instant(at), new Span { N = months, Unit = SpanUnit.Months }).DueDate);

    [Theory]
    [InlineData("2026-06-03T09:00:00+08:00", SpanUnit.Minutes, 30, "2026-06-03T09:30:00+08:00")]
    [InlineData("2026-06-03T23:30:00+08:00", SpanUnit.Hours, 2, "2026-06-04T01:30:00+08:00")]
    public void HoursAndMinutes_AreElapsedWallClockTime(string at, SpanUnit unit, int n, string due) =>
        Assert.Equal(Instant(due), Math.After(Instant(at), new Span { N = n, Unit = unit }).DueAt);

    [Fact]
    public void C3_ExpiryNoticeAtLeast7DaysBeforeTheEnd20250810_IsDueBy20250803() =>
        Assert.Equal(Deadline.EndOf(D("2025-08-03")), Math.Before(Deadlines.StartOfDay(D("2025-08-10")), Days(7)));

    [Theory]
    [InlineData("2026-04-03", 3, "2026-04-03")]  // C2 maintenance record by the 3rd
    [InlineData("2026-02-01", 31, "2026-02-28")] // no 31st in February: the month's last day
    [InlineData("2024-02-01", 30, "2024-02-29")]
    [InlineData("2026-04-04", 3, "2026-05-03")]  // past the day this month: next month's
    public void DayOfMonth_IsTheFirstSuchDayOnOrAfter(string from, int day, string due) =>
        Assert.Equal(D(due), ServicePeriods.FirstDayOfMonthOnOrAfter(D(from), day));

    [Theory]
    [InlineData("2026-03-27T10:00:00+08:00", 5)]  // DOMAIN §5 ex. 1: live 03-27 → 5 days late
    [InlineData("2026-04-01T10:00:00+08:00", 10)] // …live 04-01 → 10 days late
    [InlineData("2026-03-22T23:59:59+08:00", 0)]
    [InlineData("2026-03-23T00:00:30+08:00", 1)]
    [InlineData("2026-03-22T16:30:00Z", 1)]       // 00:30 on 03-23 in Beijing
    [InlineData("2026-03-01T10:00:00+08:00", 0)]  // early is never negative
    public void C2_DaysLate_AreLocalCalendarDaysPastTheDueDate(string met, int expected) =>
        Assert.Equal(expected, Deadline.EndOf(D("2026-03-22")).DaysLate(Instant(met)));

    [Theory]
    [InlineData("2016-09-22", DayBasis.CalendarDays, 4)]  // days after the grace's last day, the fill day included
    [InlineData("2016-09-19", DayBasis.CalendarDays, 1)]
    [InlineData("2016-09-18", DayBasis.CalendarDays, 0)]
    public void DaysAfter_CountsWholeDaysPastTheDueDate(string date, DayBasis basis, int expected) =>
        Assert.Equal(expected, Math.DaysAfter(D("2016-09-18"), D(date), basis));

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
