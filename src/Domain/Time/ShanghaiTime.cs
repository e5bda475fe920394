namespace VendorGrid.Domain.Time;

/// <summary>
/// Conversions between UTC instants (what the platform stores) and Asia/Shanghai wall-clock time
/// (what every contract deadline is written in, DOMAIN §2). China has used a fixed UTC+8 without
/// daylight saving since 1991; the system time-zone database is still preferred so the rules stay
/// correct if that ever changes, with a fixed +08:00 zone when the host has no tz data (slim images).
/// </summary>
public static class ShanghaiTime
{
    /// <summary>The standard offset, used when the tz database is unavailable.</summary>
    public static readonly TimeSpan StandardOffset = TimeSpan.FromHours(8);

    /// <summary>The Asia/Shanghai zone, or a fixed +08:00 zone with the same id.</summary>
    public static TimeZoneInfo Zone { get; } = FindZone();

    /// <summary>
    /// From 1992 on the zone is a plain +08:00; the engine converts millions of instants per sweep, so it uses
    /// the arithmetic directly there — unless the host's zone rules disagree, then it always asks the zone.
    /// </summary>
    private static readonly DateTime FixedOffsetSince = new(1992, 1, 1);
    private static readonly bool FixedOffsetHolds =
        Zone.GetUtcOffset(FixedOffsetSince) == StandardOffset && Zone.GetUtcOffset(new DateTime(2099, 7, 1)) == StandardOffset;

    /// <summary>The Shanghai wall-clock time of an instant (Kind Unspecified).</summary>
    public static DateTime ToLocal(DateTimeOffset instant) =>
        FixedOffsetHolds && instant.UtcDateTime >= FixedOffsetSince
            ? new DateTime(instant.UtcDateTime.Ticks + StandardOffset.Ticks, DateTimeKind.Unspecified)
            : DateTime.SpecifyKind(TimeZoneInfo.ConvertTime(instant, Zone).DateTime, DateTimeKind.Unspecified);

    /// <summary>The Shanghai civil date of an instant: the day a deadline counts from.</summary>
    public static DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant));

    /// <summary>
    /// The instant of a Shanghai wall-clock time, carrying Shanghai's offset for readability. A UTC or
    /// host-local <see cref="DateTime"/> is rejected: reinterpreting it would shift the instant by hours.
    /// </summary>
    public static DateTimeOffset ToInstant(DateTime local)
    {
        if (local.Kind != DateTimeKind.Unspecified)
            throw new ArgumentException($"expected an Asia/Shanghai wall-clock time (Kind Unspecified), got Kind {local.Kind}", nameof(local));
        return new DateTimeOffset(local, FixedOffsetHolds && local >= FixedOffsetSince ? StandardOffset : Zone.GetUtcOffset(local));
    }

    /// <summary>The instant of a Shanghai date and time of day.</summary>
    public static DateTimeOffset ToInstant(DateOnly date, TimeOnly time) => ToInstant(date.ToDateTime(time));

    private static TimeZoneInfo FindZone()
    {
        foreach (var id in new[] { "Asia/Shanghai", "China Standard Time" })
        {
            try { return TimeZoneInfo.FindSystemTimeZoneById(id); }
            catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException) { }
        }
        return TimeZoneInfo.CreateCustomTimeZone("Asia/Shanghai", StandardOffset, "China Standard Time", "China Standard Time");
    }
}
