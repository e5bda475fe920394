namespace VendorGrid.Domain.Calendar;

/// <summary>Which non-working days move a period's last day to the next working day (民法典 第二百零三条).</summary>
public enum HolidayRoll
{
    /// <summary>The last day stays where it falls.</summary>
    None,
    /// <summary>Only a State Council holiday (<c>off</c>) moves it: DOMAIN §2's default reading of 法定休假日.</summary>
    Holidays,
    /// <summary>A holiday or a plain weekend moves it (the broad reading, set per clause).</summary>
    HolidaysAndWeekends,
}

public sealed partial class WorkingCalendar
{
    /// <summary>
    /// Civil Code art. 203: a period whose last day is a statutory holiday ends on the first working day after it.
    /// A make-up working day is a working day, so a last day on one stays and a roll stops at one. The answer is
    /// provisional when the last day, or a day the roll passes, lies outside the announced years: the next notice
    /// may make it a holiday (2027-01-01 is one every year, but only a notice says which days around it are).
    /// </summary>
    public WorkingDayResult RollForward(DateOnly lastDay, HolidayRoll roll)
    {
        if (roll == HolidayRoll.None) return new(lastDay, false);
        var provisional = !IsAnnounced(lastDay);
        if (!MovesTheLastDay(lastDay, roll)) return new(lastDay, provisional);
        var date = lastDay.AddDays(1);
        while (!IsWorkingDay(date))
        {
            provisional |= !IsAnnounced(date);
            date = date.AddDays(1);
        }
        return new(date, provisional || !IsAnnounced(date));
    }

    /// <summary>Whether the State Council's notices make <paramref name="date"/> a holiday (not merely a weekend).</summary>
    public bool IsNationalHoliday(DateOnly date) => nationalIsWorking.TryGetValue(date, out var working) && !working;

    private bool MovesTheLastDay(DateOnly date, HolidayRoll roll) =>
        roll == HolidayRoll.HolidaysAndWeekends ? !IsWorkingDay(date) : IsNationalHoliday(date);
}
