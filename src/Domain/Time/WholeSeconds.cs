namespace VendorGrid.Domain.Time;

/// <summary>
/// The grain's two readings of its clock. Views are rendered once per whole second (every deadline is one), so "as of now"
/// is floored; "known now" is rounded up, so a read knows a fact recorded earlier in the same second (KnownNowTests).
/// </summary>
public static class WholeSeconds
{
    public static DateTimeOffset Floor(DateTimeOffset at) => at.AddTicks(-(at.Ticks % TimeSpan.TicksPerSecond));

    public static DateTimeOffset Ceiling(DateTimeOffset at) => at.Ticks % TimeSpan.TicksPerSecond == 0 ? at : Floor(at).AddSeconds(1);
}
