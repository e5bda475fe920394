using VendorGrid.Domain.Calendar;
using VendorGrid.Domain.Validation;

namespace VendorGrid.Grains.Calendar;

/// <summary>
/// The working-day calendar each institution's deadlines are computed with: the national holidays (shipped
/// years plus years added by an administrator) and the institution's own closures and hours.
/// </summary>
public interface ICalendarSource
{
    WorkingCalendar ForInstitution(string institutionId);

    /// <summary>Re-reads added years and closures now, rather than at the next periodic refresh.</summary>
    Task RefreshAsync(CancellationToken cancellation = default);

    /// <summary>
    /// Validates and stores a year's State Council notice (the JSON of data/calendar/README.md); deadlines in
    /// that year stop being provisional. Returns the field errors instead when the notice is not acceptable.
    /// </summary>
    Task<IReadOnlyList<FieldError>> AddYearAsync(string announcementJson, string addedBy, CancellationToken cancellation = default);

    Task SetInstitutionCalendarAsync(string institutionId, IReadOnlyCollection<DateOnly> closures, WorkingHours hours, CancellationToken cancellation = default);
}
