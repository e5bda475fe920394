using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Ledger;
using VendorGrid.Domain.Time;

namespace VendorGrid.Grains.Contracts;

/// <summary>The summary every list shows, taken from a validated definition.</summary>
public static class ContractSummaries
{
    public static ContractSummary From(ContractDefinition d) => new()
    {
        Id = d.Id,
        Number = d.Number ?? "",
        Title = d.Title,
        Institution = new PartyRef { Id = d.Institution.Id, Name = d.Institution.Name },
        Vendor = new PartyRef { Id = d.Vendor.Id, Name = d.Vendor.Name },
        Start = d.Term.Start,
        End = d.Term.End,
        Total = d.Total,
    };

    /// <summary>
    /// The stored summary (version 1's) with every version in force in the book's timeline, as it reads at
    /// <paramref name="now"/>'s Shanghai day; unchanged for a contract never amended.
    /// </summary>
    public static ContractSummary? Current(ContractSummary? stored, ContractBook? book, DateTimeOffset now)
    {
        if (stored is null || book is null || !book.Timeline.Amended) return stored;
        var versions = book.Timeline.Segments.Select((s, i) =>
        {
            var shown = From(s.Definition);
            return new SummaryVersion
            {
                Version = s.Version, EffectiveFrom = i == 0 ? s.Definition.Term.Start : s.From, Number = shown.Number, Title = shown.Title,
                Start = shown.Start, End = shown.End, Total = shown.Total,
            };
        });
        return (stored with { Versions = [.. versions] }).InForceOn(ShanghaiTime.LocalDate(now));
    }
}
