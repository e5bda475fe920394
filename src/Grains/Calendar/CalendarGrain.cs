using System.Collections.Immutable;
using Orleans.Concurrency;
using VendorGrid.Domain.Calendar;
using VendorGrid.Domain.Time;
using VendorGrid.Domain.Validation;

namespace VendorGrid.Grains.Calendar;

/// <inheritdoc cref="ICalendarGrain"/>
[StatelessWorker, GrainType("calendar")]
public sealed class CalendarGrain(ICalendarSource calendars, TimeProvider clock) : Grain, ICalendarGrain
{
    public async Task<ImmutableArray<FieldError>> AddYearAsync(string announcementJson, string addedBy) =>
        [.. await calendars.AddYearAsync(announcementJson, addedBy)];

    public Task SetInstitutionCalendarAsync(string institutionId, ImmutableArray<DateOnly> closures, TimeOnly workStarts, TimeOnly workEnds) =>
        calendars.SetInstitutionCalendarAsync(institutionId, closures, new WorkingHours(workStarts, workEnds));

    public Task<ServerToday> TodayAsync()
    {
        var now = clock.GetUtcNow();
        var local = ShanghaiTime.ToLocal(now);
        // Whole seconds with Shanghai's offset: what a person reads on a wall clock in Beijing.
        var shown = ShanghaiTime.ToInstant(local.AddTicks(-(local.Ticks % TimeSpan.TicksPerSecond)));
        return Task.FromResult(new ServerToday(shown, DateOnly.FromDateTime(local)));
    }

    public async Task<CalendarInfo> DescribeAsync(string? institutionId)
    {
        await calendars.RefreshAsync();
        var calendar = institutionId is null ? calendars.ForInstitution("") : calendars.ForInstitution(institutionId);
        return new CalendarInfo
        {
            AnnouncedYears = [.. calendar.Years.Select(y => y.Year)],
            LastAnnouncedDate = calendar.LastAnnouncedDate,
            Closures = [.. calendar.Closures],
            WorkStarts = calendar.Hours.Start,
            WorkEnds = calendar.Hours.End,
            Holidays = [.. calendar.Years.SelectMany(y => y.Off.IsDefault ? [] : y.Off).Select(d => new CalendarDayInfo(d.Date, d.Name)).OrderBy(d => d.Date)],
            MakeUpDays = [.. calendar.Years.SelectMany(y => y.Work.IsDefault ? [] : y.Work).Select(d => new CalendarDayInfo(d.Date, d.Name)).OrderBy(d => d.Date)],
        };
    }
}
