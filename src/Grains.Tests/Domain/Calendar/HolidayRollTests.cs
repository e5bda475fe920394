using VendorGrid.Domain.Calendar;
using static VendorGrid.Tests.Domain.Calendar.CalendarTestData;

namespace VendorGrid.Tests.Domain.Calendar;

/// <summary>民法典 第二百零三条「期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日」on the State Council calendar.</summary>
public sealed class HolidayRollTests
{
    [Theory]
    [InlineData("2026-10-03", "2026-10-08")]  // in 国庆节 10-01 … 10-07 → Thursday 10-08 (DOMAIN.md example 10)
    [InlineData("2026-10-07", "2026-10-08")]
    [InlineData("2016-09-15", "2016-09-18")]  // 中秋节 09-15 … 09-17; the roll stops at the make-up Sunday 09-18
    [InlineData("2026-09-20", "2026-09-20")]  // a make-up working Sunday is a working day: the deadline stays
    [InlineData("2026-03-22", "2026-03-22")]  // a plain Sunday is not a holiday by default (DOMAIN.md example 1)
    [InlineData("2026-02-23", "2026-02-24")]  // the last day of 春节 (a Monday) → Tuesday
    [InlineData("2026-06-19", "2026-06-22")]  // 端午节 Friday 06-19 … Sunday 06-21 → Monday
    public void AStateCouncilHoliday_MovesTheLastDayToTheFirstWorkingDayAfterIt(string lastDay, string due) =>
        Assert.Equal(new WorkingDayResult(D(due), false), NationalCalendar.RollForward(D(lastDay), HolidayRoll.Holidays));

    [Theory]
    [InlineData("2026-03-22", "2026-03-23")]  // a clause set to roll from weekends too
    [InlineData("2026-02-14", "2026-02-14")]  // Saturday made a working day: stays even then
    [InlineData("2026-10-03", "2026-10-08")]
    public void AClauseMayAlsoRollFromPlainWeekends(string lastDay, string due) =>
        Assert.Equal(D(due), NationalCalendar.RollForward(D(lastDay), HolidayRoll.HolidaysAndWeekends).Date);

    [Fact]
    public void NoRoll_LeavesEvenAHolidayWhereItFalls() =>
        Assert.Equal(new WorkingDayResult(D("2026-10-03"), false), NationalCalendar.RollForward(D("2026-10-03"), HolidayRoll.None));

    [Theory]
    [InlineData("2027-01-03", "2027-01-03")]  // a Sunday in 2027: whether 元旦 covers it is not announced yet
    [InlineData("2027-03-10", "2027-03-10")]
    [InlineData("2026-12-31", "2026-12-31")]
    public void PastTheLastLoadedNotice_TheRollIsProvisional(string lastDay, string due)
    {
        var rolled = NationalCalendar.RollForward(D(lastDay), HolidayRoll.Holidays);
        Assert.Equal(D(due), rolled.Date);
        Assert.Equal(D(lastDay).Year > 2026, rolled.Provisional);
    }

    [Fact]
    public void LoadingTheNextNotice_MakesTheRollFinal()
    {
        var with2027 = NationalCalendar.WithYear(Year2027());
        Assert.Equal(new WorkingDayResult(D("2027-01-04"), false), with2027.RollForward(D("2027-01-01"), HolidayRoll.Holidays));
        Assert.Equal(new WorkingDayResult(D("2027-02-10"), false), with2027.RollForward(D("2027-02-08"), HolidayRoll.Holidays));
    }
}
