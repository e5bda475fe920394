using System.Globalization;
using VendorGrid.Domain.Contracts.Engine;

namespace VendorGrid.Tests.Domain.Contracts;

/// <summary>Temporary: the national calendar from the shared facts until the project's calendar lands.</summary>
internal sealed class TestCalendar : IWorkingDayCalendar
{
    public static readonly TestCalendar China = Load();
    private readonly Dictionary<DateOnly, bool> overrides;
    private readonly DateOnly lastAnnounced;

    private TestCalendar(Dictionary<DateOnly, bool> overrides, DateOnly lastAnnounced) =>
        (this.overrides, this.lastAnnounced) = (overrides, lastAnnounced);

    private static TestCalendar Load()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "VendorGrid.sln"))) dir = dir.Parent;
        var lines = File.ReadAllLines(Path.Combine(dir!.FullName, "..", "shared", "data", "cn_holidays.tsv")).Skip(1);
        var map = new Dictionary<DateOnly, bool>();
        foreach (var line in lines)
        {
            var parts = line.Split('\t');
            map[DateOnly.ParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture)] = parts[1] == "work";
        }
        return new TestCalendar(map, new DateOnly(2026, 12, 31));
    }

    public bool IsWorkingDay(DateOnly date) =>
        overrides.TryGetValue(date, out var working) ? working : date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    public DateOnly AddWorkingDays(DateOnly start, int n)
    {
        var d = start;
        for (var found = 0; found < n;) { d = d.AddDays(1); if (IsWorkingDay(d)) found++; }
        return d;
    }

    public bool IsProvisional(DateOnly date) => date > lastAnnounced;
}
