using System.Globalization;
using VendorGrid.Domain.Calendar;

namespace VendorGrid.Tests.Domain.Calendar;

/// <summary>
/// The project's real calendar file, read the way the host reads it (text in, Domain parses), so the
/// tests exercise the committed data and not a hand-made copy.
/// </summary>
internal static class CalendarTestData
{
    private static readonly Lazy<string> Text = new(() => File.ReadAllText(FindRepoFile("data/calendar/cn-holidays.json")));
    private static readonly Lazy<WorkingCalendar> National = new(() => WorkingCalendar.FromNational(Data));

    public static string FileText => Text.Value;

    public static HolidayCalendarData Data => HolidayCalendarData.Parse(FileText);

    /// <summary>2016–2026 national calendar, no closures, 08:00–17:00.</summary>
    public static WorkingCalendar NationalCalendar => National.Value;

    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A Shanghai wall-clock time, Kind Unspecified.</summary>
    public static DateTime T(string iso) =>
        DateTime.ParseExact(iso, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None);

    public static DateTimeOffset Instant(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);

    /// <summary>A minimal valid 2027 notice (dates made up for the tests, shaped like a real one).</summary>
    public static HolidayYearAnnouncement Year2027() => new(
        2027, "国务院办公厅关于2027年部分节假日安排的通知",
        [new(D("2027-01-01"), "元旦"), new(D("2027-02-08"), "春节"), new(D("2027-02-09"), "春节")],
        [new(D("2027-02-06"), "春节")]);

    private static string FindRepoFile(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException($"{relative} not found above {AppContext.BaseDirectory}");
    }
}
