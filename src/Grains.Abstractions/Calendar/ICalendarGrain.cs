using System.Collections.Immutable;
using VendorGrid.Domain.Validation;

namespace VendorGrid.Grains;

/// <summary>What the calendar of one institution (or the nation) looks like now.</summary>
[GenerateSerializer, Alias("vg.CalendarInfo")]
public sealed record CalendarInfo
{
    [Id(0)] public ImmutableArray<int> AnnouncedYears { get; init; } = [];
    [Id(1)] public DateOnly LastAnnouncedDate { get; init; }
    [Id(2)] public ImmutableArray<DateOnly> Closures { get; init; } = [];
    [Id(3)] public TimeOnly WorkStarts { get; init; }
    [Id(4)] public TimeOnly WorkEnds { get; init; }
    /// <summary>Every announced day off of the State Council notices, named (春节, 国庆节…), so a calendar can mark them.</summary>
    [Id(5)] public ImmutableArray<CalendarDayInfo> Holidays { get; init; } = [];
    /// <summary>Every announced make-up working day (调休上班), named after the holiday it pays for.</summary>
    [Id(6)] public ImmutableArray<CalendarDayInfo> MakeUpDays { get; init; } = [];
}

/// <summary>
/// The server's "now" in Asia/Shanghai: what every deadline, asOf default and recorded time is measured against.
/// The portal takes today from here, never from the browser's clock, so a page shows what the silos compute.
/// </summary>
[GenerateSerializer, Alias("vg.ServerToday")]
public sealed record ServerToday([property: Id(0)] DateTimeOffset Now, [property: Id(1)] DateOnly Date);

/// <summary>A named day of a holiday notice.</summary>
[GenerateSerializer, Alias("vg.CalendarDayInfo")]
public sealed record CalendarDayInfo([property: Id(0)] DateOnly Date, [property: Id(1)] string Name);

/// <summary>
/// Administration of working-day calendars: a new year's State Council notice is data, added without a code
/// change; an institution adds its own closures and sets its hours. A stateless worker in front of the silo's
/// calendar source, which every silo refreshes from the database.
/// </summary>
[Alias("vg.ICalendarGrain")]
public interface ICalendarGrain : IGrainWithStringKey
{
    [Alias("add-year")]
    Task<ImmutableArray<FieldError>> AddYearAsync(string announcementJson, string addedBy);

    [Alias("set-institution-calendar")]
    Task SetInstitutionCalendarAsync(string institutionId, ImmutableArray<DateOnly> closures, TimeOnly workStarts, TimeOnly workEnds);

    [Alias("describe")]
    Task<CalendarInfo> DescribeAsync(string? institutionId);

    /// <summary>The silos' clock (their TimeProvider) as a Shanghai instant and date.</summary>
    [Alias("today")]
    Task<ServerToday> TodayAsync();
}
