namespace VendorGrid.Domain.Contracts.Definition;

internal static class LineItemRules
{
    public static void Check(LineItem item, string path, Action<bool, string, string> check)
    {
        check(item.Amount >= 0, $"{path}.amount", "must not be negative");
        check(item.UnitPrice is null or >= 0, $"{path}.unitPrice", "must not be negative");
    }
}

internal static class ObligationRules
{
    public static void Check(ContractDefinition d, ObligationDefinition o, string path, Action<bool, string, string> check)
    {
        check(!string.IsNullOrWhiteSpace(o.Article), $"{path}.article", "is required (e.g. 第八条第4款)");
        ScorecardRules.Check(d, o, $"{path}.scorecard", check);
        check(o.Documents.IsDefaultOrEmpty || o.Kind == ObligationKind.OneOff, $"{path}.documents", "a document checklist goes on a one-off obligation");
        switch (o.Kind)
        {
            case ObligationKind.OneOff or ObligationKind.Notice:
                check(o.Due is not null, $"{path}.due", $"is required for kind {o.Kind}");
                if (o.Due is not null) CheckDue(d, o.Due, $"{path}.due", check);
                break;
            case ObligationKind.Recurring:
                check(o.Recurrence is not null, $"{path}.recurrence", "is required for a recurring obligation");
                if (o.Recurrence is { } r)
                {
                    check(r.DayOfMonth is null or (>= 1 and <= 31), $"{path}.recurrence.dayOfMonth", "must be 1–31");
                    check(r.DayOfMonth is null || r.Every != Frequency.Week, $"{path}.recurrence.dayOfMonth", "does not apply to weekly periods");
                    CheckSpan(r.Offset, $"{path}.recurrence.offset", check);
                    check(r.Roll is null || r.Offset is null, $"{path}.recurrence.roll", "with an offset, set the roll on the offset's span");
                }
                break;
            case ObligationKind.AfterEach:
                check(o.AfterEach is not null, $"{path}.afterEach", "is required");
                check(o.AfterEach is null || o.AfterEach.Within is not null || o.AfterEach.Immediately, $"{path}.afterEach.within",
                    "is required (or set immediately: 立即, late only once a limit is set here)");
                CheckSpan(o.AfterEach?.Within, $"{path}.afterEach.within", check);
                break;
            case ObligationKind.CountedMinimum:
                check(o.Minimum is { Count: > 0 }, $"{path}.minimum.count", "must be at least 1");
                if (o.Minimum?.From is { } from) CheckAnchor(d, from, $"{path}.minimum.from", check);
                check(o.Minimum?.PenaltyClause is not { } shortfall || d.Penalties.Any(p => p.Id == shortfall && p.Trigger == PenaltyTrigger.Occurrence),
                    $"{path}.minimum.penaltyClause", "must name an occurrence-based penalty clause of this contract");
                break;
            case ObligationKind.Review:
                check(o.Review is not null && d.Obligations.Any(x => x.Id == o.Review.Of), $"{path}.review.of", "must name an obligation of this contract");
                CheckSpan(o.Review?.Within, $"{path}.review.within", check);
                break;
            case ObligationKind.ResponseClock:
                check(!o.Clocks.IsEmpty, $"{path}.clocks", "needs at least one clock");
                for (var i = 0; i < o.Clocks.Length; i++)
                {
                    CheckSpan(o.Clocks[i].Within, $"{path}.clocks[{i}].within", check);
                    check(o.Clocks[i].PenaltyClause is not { } clause || d.Penalties.Any(p => p.Id == clause && p.Trigger == PenaltyTrigger.Occurrence),
                        $"{path}.clocks[{i}].penaltyClause", "must name an occurrence-based penalty clause of this contract");
                    foreach (var (other, member) in new[] { (o.Clocks[i].StartsWhenMissed, "startsWhenMissed"), (o.Clocks[i].ExcusedBy, "excusedBy") })
                        check(other is null || (other != o.Clocks[i].Name && o.Clocks.Any(c => c.Name == other)),
                            $"{path}.clocks[{i}].{member}", "must name another clock of this clause");
                }
                break;
            case ObligationKind.ServiceLevel:
                check(o.ServiceLevel is { Target: >= 0 and <= 1 }, $"{path}.serviceLevel.target", "must be a fraction between 0 and 1");
                break;
        }
    }

    public static void CheckDue(ContractDefinition d, DueRule due, string path, Action<bool, string, string> check)
    {
        CheckAnchor(d, due.From, $"{path}.from", check);
        check(due.Within is null || due.Before is null, $"{path}.before", "cannot be combined with within");
        check(!due.Immediately || due.Before is null, $"{path}.immediately", "a notice counted back (before) is not 立即");
        CheckSpan(due.Within, $"{path}.within", check);
        CheckNoticeSpan(due.Before, $"{path}.before", check);
    }

    public static void CheckAnchor(ContractDefinition d, Anchor anchor, string path, Action<bool, string, string> check)
    {
        var anchors = (anchor.Event is null ? 0 : 1) + (anchor.Date is null ? 0 : 1) + (anchor.Obligation is null ? 0 : 1);
        check(anchors == 1, path, "must name exactly one of event, date or obligation");
        check(anchor.Obligation is null || d.Obligations.Any(o => o.Id == anchor.Obligation), $"{path}.obligation", "must name an obligation of this contract");
    }

    public static void CheckSpan(Span? span, string path, Action<bool, string, string> check)
    {
        if (span is null) return;
        check(span.N >= 0, $"{path}.n", "must not be negative");
        check(span.Roll is null or Calendar.HolidayRoll.None || span.CountsCalendarDays, $"{path}.roll",
            $"only a period of calendar days, weeks or months ends on a holiday and rolls (民法典 第二百零三条); {span.Unit} never rolls");
    }

    /// <summary>A notice counted back from its anchor (提前N日) does not roll (DOMAIN.md §2).</summary>
    public static void CheckNoticeSpan(Span? span, string path, Action<bool, string, string> check)
    {
        CheckSpan(span, path, check);
        check(span?.Roll is null or Calendar.HolidayRoll.None, $"{path}.roll", "a notice counted back (提前N日) does not roll");
    }
}

internal static class PenaltyRules
{
    public static void Check(ContractDefinition d, PenaltyDefinition p, string path, ISet<string> lineItems, Action<bool, string, string> check)
    {
        check(!string.IsNullOrWhiteSpace(p.Article), $"{path}.article", "is required (e.g. 第八条第4款)");
        CheckAmount(d, p, p.Amount, $"{path}.amount", lineItems, check);
        CheckAmount(d, p, p.Min, $"{path}.min", lineItems, check);
        CheckAmount(d, p, p.Max, $"{path}.max", lineItems, check);
        CheckAmount(d, p, p.PerStep, $"{path}.perStep", lineItems, check);
        CheckAmount(d, p, p.OnTermination, $"{path}.onTermination", lineItems, check);
        CheckAmount(d, p, p.Escalation?.OneTime, $"{path}.escalation.oneTime", lineItems, check);
        if (p.Cap is { } cap)
        {
            check(cap.Amount is null or >= 0, $"{path}.cap.amount", "must not be negative");
            check(cap.Rate is null or >= 0, $"{path}.cap.rate", "must not be negative");
            check((cap.Amount is null) != (cap.Rate is null), $"{path}.cap", "needs exactly one of amount or rate");
            if (cap.Rate is not null) CheckBase(d, p, cap.Base, null, $"{path}.cap.base", check);
            check(cap.Scope != CapScope.LineItem || p.Amount is { Base: AmountBase.LineItem, LineItem: null }, $"{path}.cap.scope",
                "a cap per line item needs an amount on the line item each occurrence names");
        }
        var needsAmount = p.Shape is PenaltyShape.PerDay or PenaltyShape.PerPeriod or PenaltyShape.PerOccurrence
            or PenaltyShape.PerPersonDay or PenaltyShape.DurationTiered or PenaltyShape.Interest;
        check(!needsAmount || p.Amount is not null, $"{path}.amount", $"is required for shape {p.Shape}");
        check(p.Shape != PenaltyShape.PerPeriod || p.Period is { N: > 0 }, $"{path}.period", "must be at least 1 unit for a per-period clause");
        check(p.Shape != PenaltyShape.Range || (p.Min is not null && p.Max is not null), $"{path}.max", "a range needs min and max");
        check(p.Shape != PenaltyShape.DurationTiered || (p.Threshold is not null && p.Step is { N: > 0 } && p.PerStep is not null),
            $"{path}.step", "a duration-tiered clause needs threshold, step and perStep");
        check(p.Trigger != PenaltyTrigger.Late || !p.Obligations.IsEmpty, $"{path}.obligations", "a lateness clause must name its obligations");
        check(p.Trigger != PenaltyTrigger.ForceMajeure || p.Threshold is { Unit: SpanUnit.CalendarDays, N: > 0 }, $"{path}.threshold",
            "a force-majeure clause needs the duration that gives it, in calendar days");
        for (var i = 0; i < p.Obligations.Length; i++)
            check(d.Obligations.Any(o => o.Id == p.Obligations[i]), $"{path}.obligations[{i}]", "must name an obligation of this contract");
        for (var i = 0; i < p.Payments.Length; i++)
            check(d.Payments.Any(x => x.Id == p.Payments[i]), $"{path}.payments[{i}]", "must name a payment of this contract");
        check(p.Trigger != PenaltyTrigger.PaymentLate || !p.Payments.IsEmpty, $"{path}.payments", "a late-payment clause must name its payments");
        ObligationRules.CheckSpan(p.Grace, $"{path}.grace", check);
        check(p.Alongside is null || d.Penalties.Any(o => o.Id == p.Alongside && o.Id != p.Id && o.Trigger == PenaltyTrigger.Occurrence
            && p.Trigger == PenaltyTrigger.Occurrence && o.RectificationFirst == p.RectificationFirst), $"{path}.alongside",
            "must name another occurrence clause of this contract, rectification-first exactly when this one is");
        if (p.AccruesFor is { } limit)
        {
            check(p.Trigger == PenaltyTrigger.Late && p.Shape is PenaltyShape.PerDay or PenaltyShape.PerPersonDay, $"{path}.accruesFor",
                "limits the days of a per-day lateness clause only");
            check(limit.Unit == (p.DayBasis == DayBasis.WorkingDays ? SpanUnit.WorkingDays : SpanUnit.CalendarDays) && limit.N > 0, $"{path}.accruesFor",
                "must be a positive number of the clause's own days (dayBasis)");
        }
        check(p.Shape != PenaltyShape.Incurred || (p.Amount is null && p.Trigger == PenaltyTrigger.Occurrence), $"{path}.shape",
            "an incurred clause takes its amount from each occurrence (trigger occurrence, no amount)");
        ObligationRules.CheckSpan(p.Threshold, $"{path}.threshold", check);
        check(p.Escalation is null || p.Escalation.AtCap || p.Escalation.AtLateDays is > 0, $"{path}.escalation", "needs atCap or a positive atLateDays");
        check(p.Escalation?.AtCap != true || p.Cap is not null, $"{path}.escalation.atCap", "needs a cap on the clause");
    }

    private static void CheckAmount(ContractDefinition d, PenaltyDefinition p, AmountRule? rule, string path, ISet<string> lineItems, Action<bool, string, string> check)
    {
        if (rule is null) return;
        check((rule.Amount is null) != (rule.Rate is null), path, "needs exactly one of amount or rate");
        check(rule.Amount is null or >= 0, $"{path}.amount", "must not be negative");
        check(rule.Rate is null or >= 0, $"{path}.rate", "must not be negative");
        check(rule.LineItem is null || lineItems.Contains(rule.LineItem), $"{path}.lineItem", "must name a line item of this contract");
        if (rule.Rate is not null) CheckBase(d, p, rule.Base, rule.LineItem, $"{path}.base", check);
    }

    /// <summary>A rate whose base the engine cannot resolve for every trigger of the clause is refused, never silently the total.</summary>
    private static void CheckBase(ContractDefinition d, PenaltyDefinition p, AmountBase @base, string? lineItem, string path, Action<bool, string, string> check)
    {
        switch (@base)
        {
            case AmountBase.LineItem:
                check(!d.LineItems.IsDefaultOrEmpty, path, "the contract has no line items to take a line-item base from");
                check(lineItem is not null || p.Trigger == PenaltyTrigger.Occurrence, path,
                    "only an occurrence can name the delayed line item; a clause with another trigger must fix lineItem");
                break;
            case AmountBase.UnpaidAmount:
                check(p.Trigger == PenaltyTrigger.PaymentLate, path, "an unpaid amount exists only for a late payment (trigger payment-late)");
                break;
            case AmountBase.Estimate:
                check(d.Usage is not null, path, "only a usage-priced contract has an estimate");
                break;
        }
    }
}
