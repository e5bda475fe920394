using static VendorGrid.Tests.Domain.Calendar.CalendarTestData;

namespace VendorGrid.Tests.Domain.Calendar;

/// <summary>Working-day counting on the national calendar, cases taken from the five contracts.</summary>
public sealed class WorkingDaysTests
{
    [Fact]
    public void C1_VacancyGraceOfOneWorkingDay_FromWednesday20160914_EndsOnMakeUpSunday0918()
    {
        // DOMAIN §5 ex. 8: 09-15..09-17 is 中秋节, 09-18 (Sunday) a declared working day.
        Assert.Equal(D("2016-09-18"), NationalCalendar.AddWorkingDays(D("2016-09-14"), 1));
    }

    [Fact]
    public void C1_FirstPayment_ThirtyWorkingDaysAfterSigning20160416_IsMonday20160530()
    {
        // Signed Saturday 2016-04-16; the signing day never counts.
        // April: 18–22 (5), 25–29 (10). May: 1 Sun and 2 Mon are 劳动节 (2016-05-01/02 off);
        // 3–6 (14), 9–13 (19), 16–20 (24), 23–27 (29), Monday 30 → the 30th. No 调休 day in between
        // (the nearest, 2016-06-12, comes later), so the answer is 2016-05-30.
        Assert.Equal(D("2016-05-30"), NationalCalendar.AddWorkingDays(D("2016-04-16"), 30));
    }

    [Theory]
    // C2 first payment: 20 working days after signing Thu 2026-02-05, across Spring Festival 02-15..02-23
    // with make-up Saturdays 02-14 and 02-28: Feb 6 (1), 9–13 (6), Sat 14 (7), 24–27 (11), Sat 28 (12),
    // Mar 2–6 (17), 9–11 (20).
    [InlineData("2026-02-05", 20, "2026-03-11")]
    // C4 first payment: 14 working days after effect Fri 2024-05-17: May 20–31 (10), Jun 3–6 (14).
    [InlineData("2024-05-17", 14, "2024-06-06")]
    [InlineData("2026-02-13", 1, "2026-02-14")] // Friday before Spring Festival → make-up Saturday
    [InlineData("2026-02-14", 1, "2026-02-24")] // make-up Saturday → first day after the 9-day block
    [InlineData("2024-09-27", 1, "2024-09-29")] // Friday → make-up Sunday before National Day
    [InlineData("2024-09-30", 1, "2024-10-08")] // across the National Day block 10-01..10-07
    [InlineData("2024-09-30", 5, "2024-10-12")] // …ending on make-up Saturday 10-12
    [InlineData("2025-01-24", 1, "2025-01-26")] // 2025 Spring Festival make-up Sunday
    [InlineData("2018-12-28", 1, "2018-12-29")] // make-up Saturday announced by the 2019 notice
    [InlineData("2020-01-23", 1, "2020-02-03")] // 2020 Spring Festival, extended to 02-02
    [InlineData("2016-04-16", 1, "2016-04-18")] // plain weekend
    public void AddWorkingDays_SkipsHolidaysAndCountsMakeUpDays(string start, int n, string expected) =>
        Assert.Equal(D(expected), NationalCalendar.AddWorkingDays(D(start), n));

    [Theory]
    [InlineData("2016-09-15", "2016-09-18")] // holiday rolls forward to the make-up Sunday
    [InlineData("2016-09-14", "2016-09-14")] // already a working day
    [InlineData("2024-10-05", "2024-10-08")]
    public void ZeroWorkingDays_RollsForwardToAWorkingDay(string start, string expected) =>
        Assert.Equal(D(expected), NationalCalendar.AddWorkingDays(D(start), 0));

    [Theory]
    // C5: the invoice is due 5 working days before a payment deadline (end of 2024-09 → 2024-09-30).
    // Back from Mon 09-30: Sun 09-29 is a make-up working day (1), then 09-27 (2), 09-26 (3),
    // 09-25 (4), 09-24 (5).
    [InlineData("2024-09-30", -5, "2024-09-24")]
    [InlineData("2024-10-08", -1, "2024-09-30")]
    [InlineData("2016-09-19", -1, "2016-09-18")]
    public void NegativeWorkingDays_CountBackwards(string start, int n, string expected) =>
        Assert.Equal(D(expected), NationalCalendar.AddWorkingDays(D(start), n));

    [Theory]
    [InlineData("2016-09-14", "2016-09-18", 1)]
    [InlineData("2016-09-14", "2016-09-21", 4)] // 18 (make-up Sunday), 19, 20, 21
    [InlineData("2016-04-16", "2016-05-30", 30)]
    [InlineData("2024-09-30", "2024-10-07", 0)]
    [InlineData("2016-09-21", "2016-09-14", -4)]
    public void WorkingDaysBetween_CountsDaysAfterFromUpToAndIncludingTo(string from, string to, int expected) =>
        Assert.Equal(expected, NationalCalendar.WorkingDaysBetween(D(from), D(to)));

    [Theory]
    [InlineData("2016-09-18", true)]  // make-up Sunday
    [InlineData("2016-09-15", false)] // 中秋节 Thursday
    [InlineData("2026-02-23", false)] // last day of the 2026 Spring Festival block (a Monday)
    [InlineData("2026-02-28", true)]  // make-up Saturday
    [InlineData("2026-03-21", false)] // ordinary Saturday
    [InlineData("2026-03-23", true)]  // ordinary Monday
    public void IsWorkingDay_FollowsTheStateCouncilNotices(string date, bool expected) =>
        Assert.Equal(expected, NationalCalendar.IsWorkingDay(D(date)));
}
