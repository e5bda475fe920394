namespace VendorGrid.Grains;

/// <summary>A party of a contract: an institution or a vendor, named by its id (usually its USCC).</summary>
[GenerateSerializer, Alias("vg.PartyRef")]
public sealed record PartyRef
{
    [Id(0)] public string Id { get; init; } = "";
    [Id(1)] public string Name { get; init; } = "";
}

/// <summary>
/// The few facts every list shows about a contract. Kept in the contract's state and copied into the
/// institution's and the vendor's indexes, so listing never activates one grain per contract.
/// </summary>
[GenerateSerializer, Alias("vg.ContractSummary")]
public sealed record ContractSummary
{
    [Id(0)] public string Id { get; init; } = "";
    [Id(1)] public string Number { get; init; } = "";
    [Id(2)] public string Title { get; init; } = "";
    [Id(3)] public PartyRef Institution { get; init; } = new();
    [Id(4)] public PartyRef Vendor { get; init; } = new();
    [Id(5)] public DateOnly Start { get; init; }
    [Id(6)] public DateOnly End { get; init; }
    /// <summary>Contract total in CNY.</summary>
    [Id(7)] public decimal Total { get; init; }
}
