using VendorGrid.Domain.Validation;
using System.Collections.Immutable;

namespace VendorGrid.Domain.Calendar;

/// <summary>
/// Every announced year of national holiday facts, as read from the project's calendar file.
/// The Domain never opens files: the host reads the text and hands it to <see cref="Parse"/>.
/// </summary>
/// <param name="Years">Announcements in ascending, gap-free year order.</param>
public sealed record HolidayCalendarData(ImmutableArray<HolidayYearAnnouncement> Years)
{
    /// <summary>
    /// Reads the calendar file. A broken file must stop the host at start-up rather than silently
    /// shift deadlines, hence the exception carrying every field error.
    /// </summary>
    /// <exception cref="InvalidHolidayDataException">The text is not a valid calendar file.</exception>
    public static HolidayCalendarData Parse(string text)
    {
        var parsed = TryParse(text);
        return parsed.IsValid ? parsed.Value : throw new InvalidHolidayDataException(parsed.Errors);
    }

    /// <summary>Reads the calendar file, returning field errors instead of throwing.</summary>
    public static Parsed<HolidayCalendarData> TryParse(string text)
    {
        var errors = new List<FieldError>();
        var file = HolidayJson.Deserialize<HolidayJson.FileShape>(text, errors);
        if (file is null) return Parsed<HolidayCalendarData>.Fail(errors);
        if (file.Years is not { Count: > 0 }) return Parsed<HolidayCalendarData>.Fail([new("years", "at least one year is required")]);
        var years = ImmutableArray.CreateBuilder<HolidayYearAnnouncement>();
        int? previous = null;
        for (var i = 0; i < file.Years.Count; i++)
        {
            var year = HolidayJson.ToAnnouncement(file.Years[i], $"years[{i}].", errors);
            var number = file.Years[i]?.Year;
            if (previous is not null && number is not null && number != previous + 1)
                errors.Add(new($"years[{i}].year", $"{number} follows {previous}; years must be ascending without gaps"));
            previous = number ?? previous;
            if (year is not null) years.Add(year);
        }
        return errors.Count == 0 ? Parsed<HolidayCalendarData>.Ok(new(years.ToImmutable())) : Parsed<HolidayCalendarData>.Fail(errors);
    }

    /// <summary>
    /// Reads one admin-posted year (the shape of an element of <c>years</c>), so 2027 can be added
    /// through the API without a release.
    /// </summary>
    public static Parsed<HolidayYearAnnouncement> ParseAnnouncement(string text)
    {
        var errors = new List<FieldError>();
        var shape = HolidayJson.Deserialize<HolidayJson.YearShape>(text, errors);
        var year = shape is null ? null : HolidayJson.ToAnnouncement(shape, "", errors);
        return year is not null && errors.Count == 0
            ? Parsed<HolidayYearAnnouncement>.Ok(year)
            : Parsed<HolidayYearAnnouncement>.Fail(errors);
    }
}

/// <summary>Thrown when the national calendar file cannot be trusted; lists every field error.</summary>
public sealed class InvalidHolidayDataException(ImmutableArray<FieldError> errors)
    : Exception("Invalid holiday calendar data: " + string.Join("; ", errors))
{
    /// <summary>Each problem with the file, by field path.</summary>
    public ImmutableArray<FieldError> Errors { get; } = errors;
}
