using System.Collections.Immutable;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Time;

namespace VendorGrid.Domain.Contracts.Ledger;

/// <summary>One side's sign-off of a month's statement: who signed, for which party, when (server time).</summary>
public sealed record PeriodSignOff(Side Party, string User, DateTimeOffset At);

/// <summary>How a month closed: both parties signed its statement off, or the sign-off window passed after issue.</summary>
public enum PeriodClosure { SignedOff, Deemed }

/// <summary>
/// A month whose statement was issued, as known at an instant: when it was issued, who signed it off, until when silence
/// would sign it off, and when (and how) it closed — null while it is open.
/// </summary>
public sealed record StatementPeriod(string Month, DateTimeOffset IssuedAt, ImmutableArray<PeriodSignOff> SignedOff, DateTimeOffset SignOffDueAt,
    DateTimeOffset? ClosedAt, PeriodClosure? ClosedBy);

/// <summary>
/// Statement periods (calendar months in Asia/Shanghai). A month is closed once its statement was issued and both sides
/// signed it off, or the sign-off window passed after issue; a closed month's postings never change, and whatever is
/// posted later for it is booked in the first month still open.
/// </summary>
public static class Periods
{
    public static string MonthOf(DateTimeOffset at) => $"{ShanghaiTime.LocalDate(at):yyyy-MM}";

    public static bool IsClosed(ContractBook book, string month, DateTimeOffset at, DeadlineMath math)
    {
        if (book.Statement(month) is not { RecordedAt: { } issuedAt }) return false;
        var signed = book.SignOffs(month).Where(s => s.RecordedAt <= at).Select(s => s.Party).Distinct().Count();
        return signed == 2 || at > SignOffDueAt(book.Definition, issuedAt, math);
    }

    /// <summary>Silence for the acknowledgment window after issue signs a statement off (default 5 working days).</summary>
    public static DateTimeOffset SignOffDueAt(ContractDefinition d, DateTimeOffset issuedAt, DeadlineMath math) =>
        math.After(issuedAt, (d.Reporting ?? ReportingRule.Default).AcknowledgeWithin).DueAt;

    /// <summary>The month a posting effective at <paramref name="effectiveAt"/> and recorded at <paramref name="now"/> is booked in.</summary>
    public static string BookedIn(ContractBook book, DateTimeOffset effectiveAt, DateTimeOffset now, DeadlineMath math)
    {
        var month = ShanghaiTime.LocalDate(effectiveAt);
        var first = new DateOnly(month.Year, month.Month, 1);
        while (IsClosed(book, $"{first:yyyy-MM}", now, math)) first = first.AddMonths(1);
        return $"{first:yyyy-MM}";
    }

    /// <summary>
    /// Every issued month, newest first, as known at <paramref name="knownAt"/>: its sign-offs and whether (and when) it
    /// closed as of <paramref name="asOf"/> — silence closes it once the window's end is past either instant.
    /// </summary>
    public static ImmutableArray<StatementPeriod> Issued(ContractBook book, DateTimeOffset asOf, DateTimeOffset knownAt, DeadlineMath math)
    {
        var then = book.KnownAt(knownAt);
        var at = asOf > knownAt ? asOf : knownAt;
        return [.. then.Statements.Where(s => s.RecordedAt is not null).OrderByDescending(s => s.Month, StringComparer.Ordinal)
            .Select(s => Period(then, s, at, math))];
    }

    private static StatementPeriod Period(ContractBook book, StatementIssued issued, DateTimeOffset at, DeadlineMath math)
    {
        var signedOff = book.SignOffs(issued.Month).DistinctBy(s => s.Party)
            .Select(s => new PeriodSignOff(s.Party, s.By?.User ?? "", s.RecordedAt!.Value)).ToImmutableArray();
        var due = SignOffDueAt(book.Definition, issued.RecordedAt!.Value, math);
        DateTimeOffset? signedAt = signedOff.Length == 2 ? signedOff.Max(s => s.At) : null;
        // Both signatures before the window's end close it then; otherwise silence closes it at the window's end.
        return (signedAt, at > due) switch
        {
            ({ } both, _) when both <= due => new(issued.Month, issued.RecordedAt.Value, signedOff, due, both, PeriodClosure.SignedOff),
            (_, true) => new(issued.Month, issued.RecordedAt.Value, signedOff, due, due, PeriodClosure.Deemed),
            _ => new(issued.Month, issued.RecordedAt.Value, signedOff, due, null, null),
        };
    }
}
