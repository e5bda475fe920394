namespace VendorGrid.Domain.Calendar;

/// <summary>
/// An institution's daily working hours (工作时间) for SLA clocks bound to working time. DOMAIN §2
/// fixes 08:00–17:00 as the default; a hospital may configure its own. One continuous span per day:
/// the contracts name no lunch break.
/// </summary>
public sealed record WorkingHours
{
    /// <summary>08:00–17:00 local time, the platform default.</summary>
    public static WorkingHours Default { get; } = new(new TimeOnly(8, 0), new TimeOnly(17, 0));

    /// <summary>Creates working hours; the span must be non-empty and within one day.</summary>
    /// <exception cref="ArgumentException">When <paramref name="start"/> is not before <paramref name="end"/>.</exception>
    public WorkingHours(TimeOnly start, TimeOnly end)
    {
        if (start >= end) throw new ArgumentException($"working hours must start before they end ({start}–{end})", nameof(end));
        Start = start;
        End = end;
    }

    /// <summary>When the working day starts (inclusive).</summary>
    public TimeOnly Start { get; }

    /// <summary>When the working day ends (exclusive for <c>IsWorkingTime</c>).</summary>
    public TimeOnly End { get; }

    /// <summary>Working time available in one full working day.</summary>
    public TimeSpan Length => End - Start;
}
