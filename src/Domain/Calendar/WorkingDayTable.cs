namespace VendorGrid.Domain.Calendar;

/// <summary>
/// Precomputed answers over a fixed window of days so that the hot path (100,000 contracts × 20
/// obligations re-evaluated in seconds) does array lookups instead of walking dates and hash sets.
/// </summary>
internal sealed class WorkingDayTable
{
    private readonly int firstDayNumber;
    private readonly bool[] working;
    /// <summary><c>workingBefore[i]</c> = working days in the window strictly before day index i.</summary>
    private readonly int[] workingBefore;
    /// <summary><c>workingDayIndex[k]</c> = day index of the k-th (0-based) working day in the window.</summary>
    private readonly int[] workingDayIndex;

    internal WorkingDayTable(DateOnly first, DateOnly last, Func<DateOnly, bool> isWorkingDay)
    {
        firstDayNumber = first.DayNumber;
        var length = last.DayNumber - first.DayNumber + 1;
        working = new bool[length];
        workingBefore = new int[length + 1];
        var indexes = new List<int>(length);
        for (var i = 0; i < length; i++)
        {
            working[i] = isWorkingDay(DateOnly.FromDayNumber(firstDayNumber + i));
            workingBefore[i + 1] = workingBefore[i] + (working[i] ? 1 : 0);
            if (working[i]) indexes.Add(i);
        }
        workingDayIndex = [.. indexes];
    }

    internal DateOnly First => DateOnly.FromDayNumber(firstDayNumber);

    internal DateOnly Last => DateOnly.FromDayNumber(firstDayNumber + working.Length - 1);

    internal bool Covers(DateOnly date) => (uint)(date.DayNumber - firstDayNumber) < (uint)working.Length;

    internal bool IsWorking(DateOnly date) => working[date.DayNumber - firstDayNumber];

    /// <summary>Working days in the window up to and including <paramref name="date"/>.</summary>
    internal int WorkingThrough(DateOnly date) => workingBefore[date.DayNumber - firstDayNumber + 1];

    /// <summary>The k-th (0-based) working day of the window, or null when it lies outside.</summary>
    internal DateOnly? NthWorkingDay(int k) =>
        (uint)k < (uint)workingDayIndex.Length ? DateOnly.FromDayNumber(firstDayNumber + workingDayIndex[k]) : null;
}
