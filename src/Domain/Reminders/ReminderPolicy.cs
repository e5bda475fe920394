using System.Collections.Immutable;
using VendorGrid.Domain.Calendar;
using VendorGrid.Domain.Time;

namespace VendorGrid.Domain.Reminders;

public enum ReminderUnit { CalendarDays, WorkingDays }

/// <summary>One "N days before due" point of a policy; working days count on the institution's calendar.</summary>
public sealed record ReminderOffset(int Amount, ReminderUnit Unit)
{
    /// <summary>Stable name of the point, part of every notification's operation key: "30d", "3wd".</summary>
    public string Key => Unit == ReminderUnit.WorkingDays ? $"{Amount}wd-before" : $"{Amount}d-before";
}

/// <summary>
/// When an institution wants to be reminded of a deadline: some points before it, at the due instant, then
/// once a day while the obligation stays late. The default is 30, 7 and 1 day before, at due, daily while late.
/// </summary>
public sealed record ReminderPolicy(ImmutableArray<ReminderOffset> Before, bool AtDue = true, bool DailyWhileLate = true)
{
    public static ReminderPolicy Default { get; } = new(
        [new(30, ReminderUnit.CalendarDays), new(7, ReminderUnit.CalendarDays), new(1, ReminderUnit.CalendarDays)]);
}

/// <summary>A reached or coming reminder point of one deadline: its key ("7d-before", "due", "late-3") and instant.</summary>
public readonly record struct ReminderPoint(string Key, DateTimeOffset At);

/// <summary>Pure reminder math: which points a deadline has, the latest one reached and the next one coming.</summary>
public static class ReminderSchedule
{
    /// <summary>
    /// The points before and at the deadline, earliest first. "N working days before" keeps the deadline's
    /// Shanghai time of day on the N-th working day before its date.
    /// </summary>
    public static ImmutableArray<ReminderPoint> PointsUpToDue(ReminderPolicy policy, DateTimeOffset dueAt, WorkingCalendar calendar)
    {
        var points = new List<ReminderPoint>();
        var local = ShanghaiTime.ToLocal(dueAt);
        var (date, time) = (DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));
        foreach (var offset in policy.Before.Where(o => o.Amount > 0))
        {
            var at = offset.Unit == ReminderUnit.WorkingDays
                ? ShanghaiTime.ToInstant(calendar.AddWorkingDays(date, -offset.Amount), time)
                : dueAt.AddDays(-offset.Amount);
            points.Add(new(offset.Key, at));
        }
        if (policy.AtDue) points.Add(new("due", dueAt));
        return [.. points.DistinctBy(p => p.Key).OrderBy(p => p.At).ThenBy(p => p.Key, StringComparer.Ordinal)];
    }

    /// <summary>The latest point at or before <paramref name="now"/>, or null when none is reached yet.</summary>
    public static ReminderPoint? Latest(ReminderPolicy policy, DateTimeOffset dueAt, bool late, WorkingCalendar calendar, DateTimeOffset now)
    {
        if (late && policy.DailyWhileLate && now >= dueAt.AddDays(1))
        {
            var days = (int)Math.Floor((now - dueAt).TotalDays);
            return new($"late-{days}", dueAt.AddDays(days));
        }
        ReminderPoint? latest = null;
        foreach (var point in PointsUpToDue(policy, dueAt, calendar))
            if (point.At <= now) latest = point;
        return latest;
    }

    /// <summary>The first point after <paramref name="now"/>, or null when the deadline has no more reminders.</summary>
    public static ReminderPoint? Next(ReminderPolicy policy, DateTimeOffset dueAt, WorkingCalendar calendar, DateTimeOffset now)
    {
        foreach (var point in PointsUpToDue(policy, dueAt, calendar))
            if (point.At > now) return point;
        if (!policy.DailyWhileLate) return null;
        var days = Math.Max(1, (int)Math.Floor((now - dueAt).TotalDays) + 1);
        return new($"late-{days}", dueAt.AddDays(days));
    }
}
