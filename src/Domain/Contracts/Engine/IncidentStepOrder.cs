using VendorGrid.Domain.Calendar;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Domain.Time;
using VendorGrid.Domain.Validation;

namespace VendorGrid.Domain.Contracts.Engine;

/// <summary>
/// Which dates a new incident step may have, given the steps already recorded. The legal orders:
/// <list type="bullet">
/// <item>no step before the incident was opened;</item>
/// <item><c>closed</c> is the last step: no step dated after it, and it is not dated before a step already recorded
/// (a step that happened before the closing may still be reported after it);</item>
/// <item>where a clock that applies to the incident starts at one step and stops at another (C2 off hours:
/// on site within 2 h of <c>escalated-onsite</c>), the stopping step is not dated before the starting one — such
/// a clock could never be met. A clock another one excuses (C2 emergency: remote support instead of coming on
/// site) sets no order, since the vendor may restore remotely before anyone is on site.</item>
/// </list>
/// Everything else may come in any order (a vendor may restore before it reports its response).
/// </summary>
public static class IncidentStepOrder
{
    public const string Closed = "closed";

    /// <summary>The error for <paramref name="step"/>'s date (path <c>occurredAt</c>), or null when it may be recorded.</summary>
    public static FieldError? Check(ContractDefinition definition, IncidentOpened opened, IReadOnlyCollection<IncidentStepRecorded> steps, IncidentStepRecorded step,
        WorkingCalendar calendar)
    {
        var at = step.OccurredAt;
        if (at < opened.OccurredAt)
            return new("occurredAt", $"must not be before the incident was opened ({Show(opened.OccurredAt)})");
        var closed = steps.FirstOrDefault(s => s.Name == Closed);
        if (closed is not null && at > closed.OccurredAt)
            return new("occurredAt", $"must not be after the incident was closed ({Show(closed.OccurredAt)})");
        if (step.Name == Closed && steps.Where(s => s.OccurredAt > at).MaxBy(s => s.OccurredAt) is { } later)
            return new("occurredAt", $"must not be before the '{later.Name}' step already recorded ({Show(later.OccurredAt)}); closing is the last step");

        var inWorkingTime = calendar.IsWorkingTime(ShanghaiTime.ToLocal(opened.OccurredAt));
        foreach (var rule in definition.Obligations.Where(o => o.Kind == ObligationKind.ResponseClock).SelectMany(o => o.Clocks)
                     .Where(r => r.From != "opened" && r.ExcusedBy is null && IncidentClocks.Applies(r, opened, inWorkingTime)))
        {
            if (step.Name == rule.Until && steps.FirstOrDefault(s => s.Name == rule.From) is { } start && at < start.OccurredAt)
                return new("occurredAt", $"must not be before the '{rule.From}' step ({Show(start.OccurredAt)}): clock '{rule.Name}' runs from it to '{rule.Until}'");
            if (step.Name == rule.From && steps.FirstOrDefault(s => s.Name == rule.Until) is { } stop && stop.OccurredAt < at)
                return new("occurredAt", $"must not be after the '{rule.Until}' step ({Show(stop.OccurredAt)}): clock '{rule.Name}' runs from '{rule.From}' to it");
        }
        return null;
    }

    private static string Show(DateTimeOffset t) => ShanghaiTime.ToLocal(t).ToString("yyyy-MM-dd'T'HH:mm:ss'+08:00'");
}
