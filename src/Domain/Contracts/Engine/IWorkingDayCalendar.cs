namespace VendorGrid.Domain.Contracts.Engine;

/// <summary>The calendar questions the engine asks; the national + institution calendar answers them.</summary>
public interface IWorkingDayCalendar
{
    bool IsWorkingDay(DateOnly date);
    /// <summary>The N-th working day after <paramref name="start"/> (start's own day not counted).</summary>
    DateOnly AddWorkingDays(DateOnly start, int n);
    /// <summary>True when the date lies past the last announced holiday year: weekends only, to be recomputed.</summary>
    bool IsProvisional(DateOnly date);
}
