namespace VendorGrid.Domain.Contracts.Engine;

/// <summary>
/// Deadlines are Asia/Shanghai local dates (DOMAIN.md §2). China has kept UTC+8 without daylight saving since
/// 1991, so a fixed offset is exact for every contract date and avoids depending on the host's tz database.
/// </summary>
public static class ShanghaiTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    public static DateTimeOffset StartOfDay(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), Offset);

    /// <summary>23:59:59 local: "within N days" ends with the last second of the day.</summary>
    public static DateTimeOffset EndOfDay(DateOnly date) => new(date.ToDateTime(new TimeOnly(23, 59, 59)), Offset);

    public static DateTimeOffset Local(DateTimeOffset instant) => instant.ToOffset(Offset);
}
