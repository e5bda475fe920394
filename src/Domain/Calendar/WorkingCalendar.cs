using System.Collections.Immutable;

namespace VendorGrid.Domain.Calendar;

/// <summary>
/// Which days an institution works (工作日, DOMAIN §2): Monday–Friday, minus the State Council's
/// holidays, plus its make-up working days, minus the institution's own closures. Immutable: changes
/// return a new calendar, so a grain can hold one and deadlines computed earlier stay reproducible.
/// </summary>
public sealed partial class WorkingCalendar
{
    /// <summary>Years before the first announcement kept in the lookup table (weekends only, provisional).</summary>
    private const int YearsTabulatedBefore = 10;
    /// <summary>Years after the last announcement kept in the lookup table; contracts rarely run longer.</summary>
    private const int YearsTabulatedAfter = 30;

    private readonly ImmutableDictionary<DateOnly, bool> nationalIsWorking;
    private readonly WorkingDayTable table;

    private WorkingCalendar(
        ImmutableArray<HolidayYearAnnouncement> years, ImmutableSortedSet<DateOnly> closures, WorkingHours hours)
    {
        Years = years;
        Closures = closures;
        Hours = hours;
        FirstAnnouncedDate = new DateOnly(years[0].Year, 1, 1);
        LastAnnouncedDate = new DateOnly(years[^1].Year, 12, 31);
        nationalIsWorking = NationalFacts(years);
        table = new WorkingDayTable(
            new DateOnly(years[0].Year - YearsTabulatedBefore, 1, 1),
            new DateOnly(years[^1].Year + YearsTabulatedAfter, 12, 31),
            ComputeIsWorkingDay);
    }

    /// <summary>
    /// The national calendar with no institution closures and the default 08:00–17:00 hours.
    /// </summary>
    public static WorkingCalendar FromNational(HolidayCalendarData data, WorkingHours? hours = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Years.IsDefaultOrEmpty) throw new ArgumentException("at least one announced year is required", nameof(data));
        var years = data.Years.OrderBy(y => y.Year).ToImmutableArray();
        var errors = years.SelectMany(y => y.Validate().Select(e => $"{y.Year}: {e}")).ToList();
        if (errors.Count > 0) throw new ArgumentException("invalid announcements: " + string.Join("; ", errors), nameof(data));
        for (var i = 1; i < years.Length; i++)
            if (years[i].Year != years[i - 1].Year + 1)
                throw new ArgumentException($"announced years must be contiguous: {years[i - 1].Year} then {years[i].Year}", nameof(data));
        return new WorkingCalendar(years, [], hours ?? WorkingHours.Default);
    }

    /// <summary>The announcements this calendar is built from, ascending by year.</summary>
    public ImmutableArray<HolidayYearAnnouncement> Years { get; }

    /// <summary>The institution's own extra non-working dates; they win over make-up working days.</summary>
    public ImmutableSortedSet<DateOnly> Closures { get; }

    /// <summary>The daily span counted by working-time SLA clocks.</summary>
    public WorkingHours Hours { get; }

    /// <summary>1 January of the first announced year; earlier dates are weekends-only and provisional.</summary>
    public DateOnly FirstAnnouncedDate { get; }

    /// <summary>31 December of the last announced year; later dates are weekends-only and provisional.</summary>
    public DateOnly LastAnnouncedDate { get; }

    /// <summary>
    /// Whether the State Council has already fixed this date's status, i.e. whether an answer involving
    /// it is final. Late December of the last year can still be changed by the next notice (as 2019's
    /// notice changed 2018-12-29); that rare case is accepted as final here.
    /// </summary>
    public bool IsAnnounced(DateOnly date) => date >= FirstAnnouncedDate && date <= LastAnnouncedDate;

    /// <summary>True when the institution works on <paramref name="date"/>.</summary>
    public bool IsWorkingDay(DateOnly date) => table.Covers(date) ? table.IsWorking(date) : ComputeIsWorkingDay(date);

    /// <summary>Adds institution closures (e.g. a hospital-wide shutdown); existing closures are kept.</summary>
    public WorkingCalendar WithClosures(IEnumerable<DateOnly> closures) =>
        new(Years, Closures.Union(closures), Hours);

    /// <summary>Replaces the working hours used by SLA clocks.</summary>
    public WorkingCalendar WithHours(WorkingHours hours) => new(Years, Closures, hours ?? throw new ArgumentNullException(nameof(hours)));

    /// <summary>
    /// Adds the next year's notice (or replaces an announced year, for a revision such as 2020's
    /// extension). Dates of that year stop being provisional.
    /// </summary>
    /// <exception cref="ArgumentException">Invalid announcement, or a year that would leave a gap.</exception>
    public WorkingCalendar WithYear(HolidayYearAnnouncement announcement)
    {
        ArgumentNullException.ThrowIfNull(announcement);
        var errors = announcement.Validate();
        if (!errors.IsEmpty) throw new ArgumentException("invalid announcement: " + string.Join("; ", errors), nameof(announcement));
        if (announcement.Year < Years[0].Year - 1 || announcement.Year > Years[^1].Year + 1)
            throw new ArgumentException(
                $"{announcement.Year} would leave a gap after {Years[0].Year}–{Years[^1].Year}", nameof(announcement));
        var years = Years.RemoveAll(y => y.Year == announcement.Year).Add(announcement).Sort((a, b) => a.Year.CompareTo(b.Year));
        return new WorkingCalendar(years, Closures, Hours);
    }

    private bool ComputeIsWorkingDay(DateOnly date)
    {
        if (Closures.Contains(date)) return false;
        if (nationalIsWorking.TryGetValue(date, out var isWorking)) return isWorking;
        return date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    /// <summary>Later notices win when two name the same date (a revision supersedes the original).</summary>
    private static ImmutableDictionary<DateOnly, bool> NationalFacts(ImmutableArray<HolidayYearAnnouncement> years)
    {
        var facts = ImmutableDictionary.CreateBuilder<DateOnly, bool>();
        foreach (var year in years)
        {
            foreach (var off in year.Off.IsDefault ? [] : year.Off) facts[off.Date] = false;
            foreach (var work in year.Work.IsDefault ? [] : year.Work) facts[work.Date] = true;
        }
        return facts.ToImmutable();
    }
}
