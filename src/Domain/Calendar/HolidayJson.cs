using VendorGrid.Domain.Validation;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace VendorGrid.Domain.Calendar;

/// <summary>
/// Wire shapes of <c>data/calendar/cn-holidays.json</c> and of an admin-posted year. Everything is
/// nullable text here so that a bad value becomes a field error instead of a serializer exception.
/// </summary>
internal static class HolidayJson
{
    internal sealed record FileShape(List<YearShape?>? Years);

    internal sealed record YearShape(
        int? Year, string? Notice, List<string>? Amendments, List<DayShape?>? Off, List<DayShape?>? Work);

    internal sealed record DayShape(string? Date, string? Name);

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    internal static T? Deserialize<T>(string text, List<FieldError> errors) where T : class
    {
        try
        {
            var value = JsonSerializer.Deserialize<T>(text, Options);
            if (value is null) errors.Add(new("$", "the document is empty (null)"));
            return value;
        }
        catch (JsonException e)
        {
            errors.Add(new(e.Path ?? "$", $"not valid JSON here: {e.Message}"));
            return null;
        }
    }

    /// <summary>Converts one year, prefixing every error with <paramref name="at"/> (e.g. <c>years[3].</c>).</summary>
    internal static HolidayYearAnnouncement? ToAnnouncement(YearShape? shape, string at, List<FieldError> errors)
    {
        if (shape is null) { errors.Add(new(at.TrimEnd('.'), "a year object is required")); return null; }
        if (shape.Year is not int year) { errors.Add(new($"{at}year", "required")); return null; }
        var before = errors.Count;
        var off = ToDates(shape.Off, $"{at}off", errors);
        var work = ToDates(shape.Work, $"{at}work", errors);
        if (errors.Count > before) return null;
        var announcement = new HolidayYearAnnouncement(year, shape.Notice ?? "", off, work)
        {
            Amendments = [.. shape.Amendments ?? []],
        };
        errors.AddRange(announcement.Validate().Select(e => e with { Path = at + e.Path }));
        return errors.Count > before ? null : announcement;
    }

    private static ImmutableArray<HolidayDate> ToDates(List<DayShape?>? days, string at, List<FieldError> errors)
    {
        var result = ImmutableArray.CreateBuilder<HolidayDate>();
        for (var i = 0; i < (days?.Count ?? 0); i++)
        {
            var day = days![i];
            if (DateOnly.TryParseExact(day?.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                result.Add(new HolidayDate(date, day!.Name ?? ""));
            else
                errors.Add(new($"{at}[{i}].date", $"'{day?.Date}' is not a date in yyyy-MM-dd form"));
        }
        return result.ToImmutable();
    }
}
