namespace VendorGrid.Domain.Calendar;

/// <summary>
/// A working-day answer together with whether it can still change. Dates past the last announced
/// year are computed from weekends alone; the next State Council notice will move some of them, so
/// reminders may use them but penalties should wait until they are final.
/// </summary>
/// <param name="Date">The computed date.</param>
/// <param name="Provisional">True when any counted day lies outside the announced years.</param>
public readonly record struct WorkingDayResult(DateOnly Date, bool Provisional);
