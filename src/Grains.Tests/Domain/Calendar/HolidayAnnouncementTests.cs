using VendorGrid.Domain.Validation;
using VendorGrid.Domain.Calendar;
using static VendorGrid.Tests.Domain.Calendar.CalendarTestData;

namespace VendorGrid.Tests.Domain.Calendar;

/// <summary>What an admin posting next year's State Council notice gets back.</summary>
public sealed class HolidayAnnouncementTests
{
    [Fact]
    public void ValidPostedYear_ParsesIntoAnAnnouncement()
    {
        const string posted = """
            { "year": 2027, "notice": "国务院办公厅关于2027年部分节假日安排的通知",
              "off": [ { "date": "2027-01-01", "name": "元旦" }, { "date": "2027-02-08", "name": "春节" } ],
              "work": [ { "date": "2027-02-06", "name": "春节" } ] }
            """;
        var parsed = HolidayCalendarData.ParseAnnouncement(posted);
        Assert.True(parsed.IsValid);
        Assert.Equal(2027, parsed.Value.Year);
        Assert.Equal([D("2027-01-01"), D("2027-02-08")], parsed.Value.Off.Select(o => o.Date));
        Assert.Equal(D("2027-02-06"), Assert.Single(parsed.Value.Work).Date);
    }

    [Theory]
    [InlineData("""{ "year": 2027, "notice": "n", "off": [], "work": [ { "date": "2027-02-08", "name": "春节" } ] }""",
        "work[0].date", "2027-02-08 is a Monday; a make-up working day must be a Saturday or Sunday")]
    [InlineData("""{ "year": 2027, "notice": "n", "off": [ { "date": "2028-01-01", "name": "元旦" } ], "work": [] }""",
        "off[0].date", "2028-01-01 is outside 2026-12-25 – 2027-12-31")]
    [InlineData("""{ "year": 2027, "notice": "n", "off": [ { "date": "2027-02-06", "name": "春节" } ], "work": [ { "date": "2027-02-06", "name": "春节" } ] }""",
        "work", "2027-02-06 is listed both as off and as a working day")]
    [InlineData("""{ "year": 2027, "notice": " ", "off": [], "work": [] }""",
        "notice", "the title of the State Council notice is required")]
    [InlineData("""{ "year": 2027, "notice": "n", "off": [ { "date": "27-1-1", "name": "元旦" } ], "work": [] }""",
        "off[0].date", "'27-1-1' is not a date in yyyy-MM-dd form")]
    [InlineData("""{ "year": 2027, "notice": "n", "off": [ { "date": "2027-01-01" } ], "work": [] }""",
        "off[0].name", "the holiday name is required")]
    [InlineData("""{ "year": 2027, "notice": "n", "off": [ { "date": "2027-01-01", "name": "元旦" }, { "date": "2027-01-01", "name": "元旦" } ] }""",
        "off[1].date", "2027-01-01 is listed twice")]
    [InlineData("""{ "notice": "n" }""", "year", "required")]
    public void InvalidPostedYear_ReturnsTheFieldAndWhatIsWrong(string posted, string field, string message)
    {
        var parsed = HolidayCalendarData.ParseAnnouncement(posted);
        Assert.False(parsed.IsValid);
        Assert.Equal(new FieldError(field, message), Assert.Single(parsed.Errors));
    }

    [Fact]
    public void OffDatesOnWeekends_AreAccepted() =>
        Assert.Empty((Year2027() with { Off = [new(D("2027-02-07"), "春节")] }).Validate());

    [Fact]
    public void AddingAYearThatLeavesAGap_IsRejected() =>
        Assert.Throws<ArgumentException>(() => NationalCalendar.WithYear(Year2027() with { Year = 2028, Off = [], Work = [] }));

    [Fact]
    public void AddingAnInvalidYear_IsRejected() =>
        Assert.Throws<ArgumentException>(() => NationalCalendar.WithYear(Year2027() with { Work = [new(D("2027-02-08"), "春节")] }));

    [Fact]
    public void AYearWithoutMakeUpDays_MayOmitTheWorkList()
    {
        var calendar = NationalCalendar.WithYear(Year2027() with { Work = default });
        Assert.False(calendar.IsWorkingDay(D("2027-02-08")));
        Assert.False(calendar.IsWorkingDay(D("2027-02-06")));
    }

    [Fact]
    public void BuildingFromInvalidAnnouncements_IsRejected() =>
        Assert.Throws<ArgumentException>(() => WorkingCalendar.FromNational(new HolidayCalendarData([Year2027() with { Notice = "" }])));
}
