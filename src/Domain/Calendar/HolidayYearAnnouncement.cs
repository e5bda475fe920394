using VendorGrid.Domain.Validation;
using System.Collections.Immutable;

namespace VendorGrid.Domain.Calendar;

/// <summary>
/// The facts of one annual State Council notice (国务院办公厅关于XXXX年部分节假日安排的通知).
/// New years arrive as data each November/December, so the calendar grows without a code change;
/// <see cref="Validate"/> is the gate an admin-posted announcement must pass.
/// </summary>
/// <param name="Year">The year the notice announces.</param>
/// <param name="Notice">Title of the source notice, kept as provenance for disputes.</param>
/// <param name="Off">Dates that are not working days (any weekday; weekend dates may be listed too).</param>
/// <param name="Work">Make-up working days (调休上班); always a Saturday or Sunday.</param>
public sealed record HolidayYearAnnouncement(
    int Year, string Notice, ImmutableArray<HolidayDate> Off, ImmutableArray<HolidayDate> Work)
{
    /// <summary>Later notices already folded into <see cref="Off"/>/<see cref="Work"/> (2019, 2020).</summary>
    public ImmutableArray<string> Amendments { get; init; } = [];

    /// <summary>
    /// The first date the notice may name. A New Year (元旦) block can start in late December of the
    /// previous year: the 2019 notice made 2018-12-29 a working day.
    /// </summary>
    public DateOnly EarliestAllowedDate => new(Year - 1, 12, 25);

    /// <summary>The last date the notice may name.</summary>
    public DateOnly LatestAllowedDate => new(Year, 12, 31);

    /// <summary>
    /// Every problem with this announcement, empty when it is usable. Returns all errors at once so an
    /// administrator fixes a posted notice in one round trip.
    /// </summary>
    public ImmutableArray<FieldError> Validate()
    {
        var errors = ImmutableArray.CreateBuilder<FieldError>();
        if (Year is < 2000 or > 2200)
        {
            errors.Add(new("year", $"{Year} is outside 2000–2200"));
            return errors.ToImmutable();
        }
        if (string.IsNullOrWhiteSpace(Notice))
            errors.Add(new("notice", "the title of the State Council notice is required"));
        ValidateDates("off", Off, errors, mustBeWeekend: false);
        ValidateDates("work", Work, errors, mustBeWeekend: true);
        foreach (var clash in Dates(Off).Intersect(Dates(Work)).Order())
            errors.Add(new("work", $"{clash:yyyy-MM-dd} is listed both as off and as a working day"));
        return errors.ToImmutable();
    }

    private void ValidateDates(
        string field, ImmutableArray<HolidayDate> dates, ImmutableArray<FieldError>.Builder errors, bool mustBeWeekend)
    {
        var seen = new HashSet<DateOnly>();
        var list = dates.IsDefault ? [] : dates;
        for (var i = 0; i < list.Length; i++)
        {
            var (date, name) = (list[i].Date, list[i].Name);
            var at = $"{field}[{i}]";
            if (date < EarliestAllowedDate || date > LatestAllowedDate)
                errors.Add(new($"{at}.date",
                    $"{date:yyyy-MM-dd} is outside {EarliestAllowedDate:yyyy-MM-dd} – {LatestAllowedDate:yyyy-MM-dd}"));
            if (mustBeWeekend && date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                errors.Add(new($"{at}.date",
                    $"{date:yyyy-MM-dd} is a {date.DayOfWeek}; a make-up working day must be a Saturday or Sunday"));
            if (!seen.Add(date))
                errors.Add(new($"{at}.date", $"{date:yyyy-MM-dd} is listed twice"));
            if (string.IsNullOrWhiteSpace(name))
                errors.Add(new($"{at}.name", "the holiday name is required"));
        }
    }

    private static IEnumerable<DateOnly> Dates(ImmutableArray<HolidayDate> dates) =>
        dates.IsDefault ? [] : dates.Select(d => d.Date);
}
