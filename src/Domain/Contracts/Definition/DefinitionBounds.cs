using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Validation;

namespace VendorGrid.Domain.Contracts.Definition;

/// <summary>
/// The most work one contract may cause. Every evaluation expands every clause over the whole term and counts
/// lateness day by day, so a 99-year term of weekly duties, or a span of two billion working days, would make each
/// read of the contract (and every sweep of it) run for minutes: one tenant could occupy a silo. Checked before the
/// definition's own rules (<see cref="ContractDefinitionValidator"/>), each error naming the bound it exceeds.
/// </summary>
public static class DefinitionBounds
{
    public const int MaxTermYears = 10;
    /// <summary>How far a date of the contract (signing, an anchor) may lie outside its term; <c>asOf</c> gets the same margin.</summary>
    public const int MarginYears = 5;
    public const int MaxClauses = 200, MaxPayments = 240, MaxLineItems = 500, MaxStaffing = 100, MaxContacts = 50;
    public const int MaxDocuments = 100, MaxClocks = 20, MaxPrices = 200;
    /// <summary>Scheduled obligation instances over the whole term (a weekly duty over ten years is 522).</summary>
    public const int MaxInstances = 20_000;
    public const int MaxTitle = 200, MaxSummary = 2_000, MaxText = 2_000;

    public static IReadOnlyList<FieldError> Check(ContractDefinition d)
    {
        var errors = new List<FieldError>();
        void Check(bool ok, string path, string message) { if (!ok) errors.Add(new FieldError(path, message)); }

        // An explicit JSON null binds even to a required member; name it here rather than fail on it below.
        Check(d.Term is not null, "term", "is required");
        Check(d.Institution is not null, "institution", "is required");
        Check(d.Vendor is not null, "vendor", "is required");
        Check(d.Id is not null, "id", "is required");
        Check(d.Title is not null, "title", "is required");
        foreach (var (array, path) in new[] { (d.Obligations.IsDefault, "obligations"), (d.Penalties.IsDefault, "penalties"),
                     (d.Payments.IsDefault, "payments"), (d.LineItems.IsDefault, "lineItems"), (d.Staffing.IsDefault, "staffing"),
                     (d.Institution?.Contacts.IsDefault ?? false, "institution.contacts"), (d.Vendor?.Contacts.IsDefault ?? false, "vendor.contacts"),
                     (d.Usage is { Prices.IsDefault: true }, "usage.prices") })
            Check(!array, path, "must be an array");
        if (errors.Count > 0) return errors;

        Check(d.Term!.End < d.Term.Start.AddYears(MaxTermYears), "term.end", $"a term may last at most {MaxTermYears} years");
        Check(Near(d, d.SignedOn), "signedOn", $"must lie within {MarginYears} years of the term");
        Check(d.EffectiveOn is not { } effective || Near(d, effective), "effectiveOn", $"must lie within {MarginYears} years of the term");
        Check(d.Title!.Length <= MaxTitle, "title", $"at most {MaxTitle} characters");
        Check((d.Number?.Length ?? 0) <= MaxTitle, "number", $"at most {MaxTitle} characters");
        CheckCount(d.Obligations.Length, MaxClauses, "obligations", Check);
        CheckCount(d.Penalties.Length, MaxClauses, "penalties", Check);
        CheckCount(d.Payments.Length, MaxPayments, "payments", Check);
        CheckCount(d.LineItems.Length, MaxLineItems, "lineItems", Check);
        CheckCount(d.Staffing.Length, MaxStaffing, "staffing", Check);
        CheckCount(d.Institution!.Contacts.Length, MaxContacts, "institution.contacts", Check);
        CheckCount(d.Vendor!.Contacts.Length, MaxContacts, "vendor.contacts", Check);
        CheckCount(d.Usage?.Prices.Length ?? 0, MaxPrices, "usage.prices", Check);
        if (errors.Count > 0) return errors;  // the rest walks the lists and the term

        for (var i = 0; i < d.Obligations.Length; i++)
        {
            var o = d.Obligations[i];
            var path = $"obligations[{i}]";
            if (o is null) { Check(false, path, "is required"); continue; }
            Check((o.Title?.Length ?? 0) <= MaxTitle, $"{path}.title", $"at most {MaxTitle} characters");
            Check((o.Summary?.Length ?? 0) <= MaxSummary, $"{path}.summary", $"at most {MaxSummary} characters");
            CheckText(o.Text, $"{path}.text", Check);
            Check(!o.Documents.IsDefault && !o.Clocks.IsDefault, path, "documents and clocks must be arrays");
            if (o.Documents.IsDefault || o.Clocks.IsDefault) continue;
            CheckCount(o.Documents.Length, MaxDocuments, $"{path}.documents", Check);
            CheckCount(o.Clocks.Length, MaxClocks, $"{path}.clocks", Check);
            CheckDue(d, o.Due, $"{path}.due", Check);
            CheckSpan(o.Recurrence?.Offset, $"{path}.recurrence.offset", Check);
            CheckSpan(o.AfterEach?.Within, $"{path}.afterEach.within", Check);
            CheckSpan(o.Review?.Within, $"{path}.review.within", Check);
            for (var c = 0; c < o.Clocks.Length; c++) CheckSpan(o.Clocks[c]?.Within, $"{path}.clocks[{c}].within", Check);
        }
        for (var i = 0; i < d.Penalties.Length; i++)
        {
            var p = d.Penalties[i];
            var path = $"penalties[{i}]";
            if (p is null) { Check(false, path, "is required"); continue; }
            Check((p.Summary?.Length ?? 0) <= MaxSummary, $"{path}.summary", $"at most {MaxSummary} characters");
            CheckText(p.Text, $"{path}.text", Check);
            CheckSpan(p.Period, $"{path}.period", Check);
            CheckSpan(p.Grace, $"{path}.grace", Check);
            CheckSpan(p.Threshold, $"{path}.threshold", Check);
            CheckSpan(p.Step, $"{path}.step", Check);
            CheckSpan(p.Preconditions?.MinimumGap, $"{path}.preconditions.minimumGap", Check);
            CheckSpan(p.Preconditions?.StartsAfterDue, $"{path}.preconditions.startsAfterDue", Check);
        }
        for (var i = 0; i < d.Payments.Length; i++)
        {
            if (d.Payments[i] is null) { Check(false, $"payments[{i}]", "is required"); continue; }
            CheckDue(d, d.Payments[i].Due, $"payments[{i}].due", Check);
            CheckSpan(d.Payments[i].InvoiceLeadTime, $"payments[{i}].invoiceLeadTime", Check);
            CheckText(d.Payments[i].Text, $"payments[{i}].text", Check);
        }
        for (var i = 0; i < d.Staffing.Length; i++)
        {
            var s = d.Staffing[i];
            if (s is null) { Check(false, $"staffing[{i}]", "is required"); continue; }
            CheckSpan(s.OnSiteWithin, $"staffing[{i}].onSiteWithin", Check);
            CheckSpan(s.RefillWithin, $"staffing[{i}].refillWithin", Check);
            CheckSpan(s.ReplacementWithin, $"staffing[{i}].replacementWithin", Check);
            CheckSpan(s.ChangeNotice, $"staffing[{i}].changeNotice", Check);
        }
        if (errors.Count > 0) return errors;
        var instances = d.Obligations.Sum(o => ScheduledInstances(d, o));
        Check(instances <= MaxInstances, "obligations", $"would schedule {instances} obligation instances over the term; at most {MaxInstances}");
        return errors;
    }

    /// <summary>The instant window an <c>asOf</c> (or <c>knownAt</c>) of this contract may take: its term, widened by <see cref="MarginYears"/>.</summary>
    public static (DateOnly From, DateOnly To) InstantWindow(DateOnly termStart, DateOnly termEnd) =>
        (termStart.AddYears(-MarginYears), termEnd.AddYears(MarginYears));

    private static bool Near(ContractDefinition d, DateOnly date)
    {
        var (from, to) = InstantWindow(d.Term.Start, d.Term.End);
        return date >= from && date <= to;
    }

    private static void CheckCount(int count, int max, string path, Action<bool, string, string> check) =>
        check(count <= max, path, $"at most {max} entries");

    private static void CheckDue(ContractDefinition d, DueRule? due, string path, Action<bool, string, string> check)
    {
        if (due?.From is null) return;
        check(due.From.Date is not { } date || Near(d, date), $"{path}.from.date", $"must lie within {MarginYears} years of the term");
        CheckSpan(due.Within, $"{path}.within", check);
        CheckSpan(due.Before, $"{path}.before", check);
    }

    /// <summary>No span reaches further than a whole term: anything longer is a typo that would cost a count day by day.</summary>
    /// <summary>A clause's quoted text: absent, or words (not blank) of at most <see cref="MaxText"/> characters.</summary>
    private static void CheckText(string? text, string path, Action<bool, string, string> check)
    {
        if (text is null) return;
        check(!string.IsNullOrWhiteSpace(text), path, "must not be blank (leave it out when the contract's text is not at hand)");
        check(text.Length <= MaxText, path, $"at most {MaxText} characters");
    }

    private static void CheckSpan(Span? span, string path, Action<bool, string, string> check)
    {
        if (span is null) return;
        var max = MaxSpan(span.Unit);
        check(span.N <= max, $"{path}.n", $"at most {max} {span.Unit} ({MaxTermYears} years)");
    }

    public static int MaxSpan(SpanUnit unit) => unit switch
    {
        SpanUnit.CalendarDays or SpanUnit.WorkingDays => MaxTermYears * 366,
        SpanUnit.Weeks => MaxTermYears * 53,
        SpanUnit.Months => MaxTermYears * 12,
        SpanUnit.Hours => MaxTermYears * 366 * 24,
        _ => MaxTermYears * 366 * 24 * 60,
    };

    /// <summary>Instances the scheduler makes for a clause over the term, before any fact (after-each ones come with facts).</summary>
    private static int ScheduledInstances(ContractDefinition d, ObligationDefinition o) => o.Kind switch
    {
        ObligationKind.Recurring when o.Recurrence is { } r => ServicePeriods.Split(d.Term, r.Every, r.Align).Count(),
        ObligationKind.CountedMinimum when o.Minimum is { } m => ServicePeriods.Split(d.Term, m.Per, m.Align).Count(),
        ObligationKind.ServiceLevel when o.ServiceLevel is { } s => ServicePeriods.Split(d.Term, s.Per, PeriodAlignment.ServicePeriod).Count(),
        _ => 1 + o.Documents.Length,
    };
}
