namespace VendorGrid.Domain.Time;

/// <summary>
/// A computed due point: the Shanghai date it falls on, the instant (23:59:59 local of that date) and
/// whether it may still move because it depends on working days not yet announced by the State Council.
/// The date is the primary fact: lateness is counted in whole local days from it, never from the instant.
/// </summary>
/// <param name="DueDate">The last local date on which performance is on time.</param>
/// <param name="DueAt">End of <paramref name="DueDate"/>: 23:59:59 at +08:00.</param>
/// <param name="Provisional">True when a counted working day lies past the last announced year.</param>
public sealed record Deadline(DateOnly DueDate, DateTimeOffset DueAt, bool Provisional)
{
    /// <summary>A final (non-provisional) deadline at the end of <paramref name="dueDate"/>.</summary>
    public static Deadline EndOf(DateOnly dueDate, bool provisional = false) =>
        new(dueDate, Deadlines.EndOfDay(dueDate), provisional);

    /// <summary>
    /// Calendar days late when performed (or still not performed) at <paramref name="metOrAsOf"/>:
    /// local date(met) − <see cref="DueDate"/>, zero when on time.
    /// </summary>
    public int DaysLate(DateTimeOffset metOrAsOf) => Deadlines.DaysLate(DueDate, metOrAsOf);
}
