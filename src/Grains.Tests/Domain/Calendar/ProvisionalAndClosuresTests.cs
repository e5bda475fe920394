using VendorGrid.Domain.Calendar;
using static VendorGrid.Tests.Domain.Calendar.CalendarTestData;

namespace VendorGrid.Tests.Domain.Calendar;

/// <summary>Dates past the announced years, a newly posted year, and institution closures.</summary>
public sealed class ProvisionalAndClosuresTests
{
    [Fact]
    public void AnnouncedRange_Is2016Through2026()
    {
        Assert.Equal(D("2016-01-01"), NationalCalendar.FirstAnnouncedDate);
        Assert.Equal(D("2026-12-31"), NationalCalendar.LastAnnouncedDate);
        Assert.True(NationalCalendar.IsAnnounced(D("2026-12-31")));
        Assert.False(NationalCalendar.IsAnnounced(D("2027-01-01")));
    }

    [Theory]
    [InlineData("2026-12-24", 5, "2026-12-31", false)]
    [InlineData("2026-12-30", 3, "2027-01-04", true)]  // Fri 2027-01-01 counted as working: not yet announced
    [InlineData("2027-03-01", 1, "2027-03-02", true)]
    [InlineData("2015-12-30", 1, "2015-12-31", true)]  // before the first announced year
    public void BeyondTheAnnouncedYears_WeekendsOnlyAndFlaggedProvisional(string start, int n, string expected, bool provisional) =>
        Assert.Equal(new WorkingDayResult(D(expected), provisional), NationalCalendar.AddWorkingDaysDetailed(D(start), n));

    [Fact]
    public void PostingThe2027Notice_TurnsProvisionalIntoFinal()
    {
        var with2027 = NationalCalendar.WithYear(Year2027());
        // 2027-01-01 is now 元旦: the 3rd working day after 2026-12-30 moves from 01-04 to 01-05.
        Assert.Equal(new WorkingDayResult(D("2027-01-05"), false), with2027.AddWorkingDaysDetailed(D("2026-12-30"), 3));
        Assert.True(with2027.IsWorkingDay(D("2027-02-06")));   // announced make-up Saturday
        Assert.False(with2027.IsWorkingDay(D("2027-02-08")));
        Assert.Equal(D("2027-12-31"), with2027.LastAnnouncedDate);
        Assert.Equal(new WorkingDayResult(D("2027-01-04"), true), NationalCalendar.AddWorkingDaysDetailed(D("2026-12-30"), 3));
    }

    [Fact]
    public void ReplacingAnAnnouncedYear_UsesTheRevisedFacts()
    {
        var y2026 = NationalCalendar.Years.Single(y => y.Year == 2026);
        var revised = NationalCalendar.WithYear(y2026 with { Off = y2026.Off.Add(new(D("2026-03-23"), "测试")) });
        Assert.False(revised.IsWorkingDay(D("2026-03-23")));
        Assert.Equal(11, revised.Years.Length);
    }

    [Fact]
    public void InstitutionClosure_IsNotAWorkingDay_EvenOnAMakeUpDay()
    {
        var hospital = NationalCalendar.WithClosures([D("2016-09-18"), D("2016-09-19")]);
        Assert.Equal(D("2016-09-20"), hospital.AddWorkingDays(D("2016-09-14"), 1));
        Assert.Equal(D("2016-09-18"), NationalCalendar.AddWorkingDays(D("2016-09-14"), 1));
        Assert.Equal([D("2016-09-18"), D("2016-09-19")], hospital.Closures.ToArray());
    }

    [Fact]
    public void ClosuresAccumulate_AndApplyBeyondTheAnnouncedYears()
    {
        var hospital = NationalCalendar.WithClosures([D("2027-01-04")]).WithClosures([D("2027-01-05")]);
        Assert.Equal(new WorkingDayResult(D("2027-01-06"), true), hospital.AddWorkingDaysDetailed(D("2027-01-01"), 1));
    }

    [Fact]
    public void FarBeyondThePrecomputedWindow_StillCountsWeekends() =>
        Assert.Equal(new WorkingDayResult(D("2099-01-05"), true), NationalCalendar.AddWorkingDaysDetailed(D("2099-01-02"), 1));
}
