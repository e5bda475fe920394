using VendorGrid.Domain.Calendar;

namespace VendorGrid.Domain.Contracts.Definition;

/// <summary>How a span is counted. DOMAIN.md §2: 日/天/自然日 are calendar days, 工作日 working days.</summary>
public enum SpanUnit { CalendarDays, WorkingDays, Weeks, Months, Hours, Minutes }

/// <summary>"N units", e.g. 45 calendar days or 30 working days.</summary>
public sealed record Span
{
    public required int N { get; init; }
    public required SpanUnit Unit { get; init; }
    /// <summary>
    /// The anchor's own day counts as the first of the N days (含当日). DOMAIN.md §2's default is that it does
    /// not; a clause written "自…之日起N日内（含当日）" sets this.
    /// </summary>
    public bool Inclusive { get; init; }
    /// <summary>
    /// Whether a last day on a holiday moves to the next working day (民法典 第二百零三条). Unset: calendar-day,
    /// week and month periods roll from State Council holidays (DOMAIN.md §2); working days and clocks never roll.
    /// </summary>
    public HolidayRoll? Roll { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public HolidayRoll EffectiveRoll => Roll ?? (CountsCalendarDays ? HolidayRoll.Holidays : HolidayRoll.None);

    /// <summary>A period of calendar days, weeks or months: the only spans the Civil Code's holiday rule moves.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool CountsCalendarDays => Unit is SpanUnit.CalendarDays or SpanUnit.Weeks or SpanUnit.Months;

    public override string ToString() => $"{N} {Unit}";
}

/// <summary>
/// The point a deadline counts from: a fixed date, a date of the contract (signing, effect, term start or
/// end), a recorded fact (acceptance, a named milestone), or the fulfilment of another obligation.
/// </summary>
public sealed record Anchor
{
    /// <summary>
    /// signed | effective | term-start | term-end | accepted | terminated | ended (the termination, else the term's last
    /// day: 合同终止) | paid:{paymentId} | invoice:{paymentId} | a milestone name.
    /// </summary>
    public string? Event { get; init; }
    public DateOnly? Date { get; init; }
    /// <summary>The anchor is the moment this obligation (its single instance) was met.</summary>
    public string? Obligation { get; init; }
}

/// <summary>
/// A one-off deadline: <see cref="Within"/> after the anchor, or <see cref="Before"/> it (notice periods).
/// With neither, the deadline is the end of the anchor's own day.
/// </summary>
public sealed record DueRule
{
    public required Anchor From { get; init; }
    public Span? Within { get; init; }
    public Span? Before { get; init; }
    /// <summary>
    /// 立即 (immediately) has no number (DOMAIN.md §2): once the anchor happened the duty is open and the time it is met is
    /// recorded, but it has no due instant and is never late until the institution sets a limit for the clause (<see cref="Within"/>).
    /// </summary>
    public bool Immediately { get; init; }
}

public enum Frequency { Week, Month, Quarter, HalfYear, Year }

/// <summary>Whether periods follow the calendar (Q1 = Jan–Mar) or the service period's start (DOMAIN.md §2 default).</summary>
public enum PeriodAlignment { ServicePeriod, Calendar }

/// <summary>What a recurring deadline is measured from.</summary>
public enum PeriodReference { PeriodEnd, PeriodStart }

/// <summary>
/// A recurring deliverable: one instance per period of the service term. The due date is
/// <see cref="Offset"/> after the reference, or the first <see cref="DayOfMonth"/> on or after it
/// (the reference of <see cref="PeriodReference.PeriodEnd"/> for a day-of-month is the day after the period,
/// so "the previous month's record by the 3rd" is <c>{ relativeTo: period-end, dayOfMonth: 3 }</c>).
/// With neither, the instance is due at the end of the period's last day.
/// </summary>
public sealed record Recurrence
{
    public required Frequency Every { get; init; }
    public PeriodAlignment Align { get; init; } = PeriodAlignment.ServicePeriod;
    public PeriodReference RelativeTo { get; init; } = PeriodReference.PeriodEnd;
    public Span? Offset { get; init; }
    public int? DayOfMonth { get; init; }
    /// <summary>
    /// The holiday rule for a day-of-month deadline (每月X日前) or one at the period's end; unset rolls from State
    /// Council holidays (DOMAIN.md §2, example 10). An <see cref="Offset"/> follows its own span's rule.
    /// </summary>
    public HolidayRoll? Roll { get; init; }
}
