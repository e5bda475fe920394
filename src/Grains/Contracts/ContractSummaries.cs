using VendorGrid.Domain.Contracts.Definition;

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
}
