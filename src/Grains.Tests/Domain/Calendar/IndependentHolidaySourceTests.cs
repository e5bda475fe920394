using System.Globalization;
using VendorGrid.Tests.Infrastructure;
using static VendorGrid.Tests.Domain.Calendar.CalendarTestData;

namespace VendorGrid.Tests.Domain.Calendar;

/// <summary>
/// The project's calendar file against an independent table of the same State Council notices, for every day of
/// 2016–2026: working or not, announced holiday or not. A typo in either, or a regression in the calendar code,
/// shows as the first date that differs.
/// </summary>
public sealed class IndependentHolidaySourceTests
{
    private static readonly Lazy<Dictionary<DateOnly, string>> Independent = new(() => File
        .ReadAllLines(Path.Combine(RepositoryPaths.Root, "src", "Grains.Tests", "Domain", "Calendar", "Independent", "cn_holidays.tsv"))
        .Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t'))
        .ToDictionary(c => DateOnly.ParseExact(c[0], "yyyy-MM-dd", CultureInfo.InvariantCulture), c => c[1]));

    private static IEnumerable<DateOnly> EveryDay()
    {
        for (var d = D("2016-01-01"); d <= D("2026-12-31"); d = d.AddDays(1)) yield return d;
    }

    [Fact]
    public void EveryDayFrom2016Through2026_IsAWorkingDayExactlyWhenTheIndependentTableSaysSo()
    {
        var differing = EveryDay().Where(day =>
        {
            var kind = Independent.Value.GetValueOrDefault(day);
            var working = kind == "work" || (kind != "off" && day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));
            return working != NationalCalendar.IsWorkingDay(day) || (kind == "off") != NationalCalendar.IsNationalHoliday(day);
        }).ToList();
        Assert.Empty(differing);
        Assert.Equal(4018, EveryDay().Count());
    }

    [Fact]
    public void TheIndependentTable_CoversEveryAnnouncedYear() =>
        Assert.Equal(Enumerable.Range(2016, 11), Independent.Value.Keys.Select(d => d.Year).Distinct().Order());
}
