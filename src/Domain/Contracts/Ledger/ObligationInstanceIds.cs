using VendorGrid.Domain.Calendar;
using VendorGrid.Domain.Contracts.Engine;

namespace VendorGrid.Domain.Contracts.Ledger;

/// <summary>
/// Every obligation instance id the contract can ever have (a fact must name one), from an evaluation at the end of time.
/// That evaluation is costly and changes only with a milestone, so it is kept until the book's instance version moves.
/// </summary>
public sealed class ObligationInstanceIds
{
    private (ContractBook Book, int Version, HashSet<string> Ids)? known;

    public IReadOnlySet<string> Of(ContractBook book, WorkingCalendar calendar)
    {
        if (known is { } k && ReferenceEquals(k.Book, book) && k.Version == book.InstanceVersion) return k.Ids;
        var ids = ContractEngine.Evaluate(book.Definition, book.Facts, DateTimeOffset.MaxValue.AddYears(-1), calendar)
            .Obligations.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        known = (book, book.InstanceVersion, ids);
        return ids;
    }
}
