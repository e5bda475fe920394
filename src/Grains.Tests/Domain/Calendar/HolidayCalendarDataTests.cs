using VendorGrid.Domain.Validation;
using VendorGrid.Domain.Calendar;
using static VendorGrid.Tests.Domain.Calendar.CalendarTestData;

namespace VendorGrid.Tests.Domain.Calendar;

public sealed class HolidayCalendarDataTests
{
    [Fact]
    public void CalendarFile_HoldsElevenContiguousNotices_With373Facts()
    {
        var data = Data;
        Assert.Equal(Enumerable.Range(2016, 11), data.Years.Select(y => y.Year));
        Assert.Equal(373, data.Years.Sum(y => y.Off.Length + y.Work.Length));
        Assert.Equal("国务院办公厅关于2024年部分节假日安排的通知", data.Years.Single(y => y.Year == 2024).Notice);
        Assert.Equal(["国务院办公厅关于延长2020年春节假期的通知"], data.Years.Single(y => y.Year == 2020).Amendments.ToArray());
    }

    [Fact]
    public void NewYearBlockInLateDecember_IsFiledUnderTheNoticeThatAnnouncedIt()
    {
        var y2019 = Data.Years.Single(y => y.Year == 2019);
        Assert.Contains(new HolidayDate(D("2018-12-29"), "元旦"), y2019.Work);
        Assert.Contains(new HolidayDate(D("2018-12-30"), "元旦"), y2019.Off);
        Assert.Contains(new HolidayDate(D("2022-12-31"), "元旦"), Data.Years.Single(y => y.Year == 2023).Off);
    }

    [Theory]
    [InlineData(2016, 250)]
    [InlineData(2018, 250)] // includes 2018-12-29, a Saturday made a working day by the 2019 notice
    [InlineData(2020, 249)]
    [InlineData(2024, 251)]
    [InlineData(2025, 248)]
    [InlineData(2026, 248)]
    public void WorkingDaysPerYear_MatchCountsDerivedIndependentlyFromTheSharedTsv(int year, int expected) =>
        Assert.Equal(expected, NationalCalendar.WorkingDaysBetween(new DateOnly(year - 1, 12, 31), new DateOnly(year, 12, 31)));

    [Fact]
    public void BrokenFile_ThrowsWithEveryFieldError()
    {
        const string text = """
            { "years": [
              { "year": 2016, "notice": "n", "off": [{ "date": "2016-02-30", "name": "春节" }], "work": [] },
              { "year": 2018, "notice": "n", "off": [], "work": [{ "date": "2018-02-12", "name": "春节" }] }
            ] }
            """;
        var error = Assert.Throws<InvalidHolidayDataException>(() => HolidayCalendarData.Parse(text));
        Assert.Equal(
            ["years[0].off[0].date", "years[1].work[0].date", "years[1].year"],
            error.Errors.Select(e => e.Path));
    }

    [Theory]
    [InlineData("", "$")]
    [InlineData("{ \"years\": [] }", "years")]
    [InlineData("{ \"years\": [ { \"year\": \"x\" } ] }", "$.years[0].year")]
    public void UnreadableFile_ReportsWhere(string text, string field) =>
        Assert.Equal(field, Assert.Single(HolidayCalendarData.TryParse(text).Errors).Path);
}
