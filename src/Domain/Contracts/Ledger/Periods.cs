using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Time;

namespace VendorGrid.Domain.Contracts.Ledger;

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
}
