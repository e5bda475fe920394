using System.Collections.Immutable;
using VendorGrid.Domain.Contracts.Engine;

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
    /// <summary>The version the members above show: 1 (as created) until an accepted amendment (补充协议) takes effect.</summary>
    [Id(8)] public int Version { get; init; } = 1;
    /// <summary>The day (Asia/Shanghai) <see cref="Version"/> took effect; null for version 1, in force from the start.</summary>
    [Id(9)] public DateOnly? EffectiveFrom { get; init; }
    /// <summary>
    /// Every version in force over time, by effective date, as the lists show it (version 1 first); empty for a contract
    /// never amended. Kept in the indexes with the summary, so a list shows each contract as it reads today without
    /// activating its grain.
    /// </summary>
    [Id(10)] public ImmutableArray<SummaryVersion> Versions { get; init; } = [];

    /// <summary>The summary as it reads on <paramref name="day"/>: the members of the version in force that day.</summary>
    public ContractSummary InForceOn(DateOnly day)
    {
        if (Versions.IsDefaultOrEmpty) return this;
        var v = Versions[ContractTimeline.IndexInForce([.. Versions.Select(x => x.EffectiveFrom)], day)];
        return this with
        {
            Number = v.Number, Title = v.Title, Start = v.Start, End = v.End, Total = v.Total,
            Version = v.Version, EffectiveFrom = v.Version == 1 ? null : v.EffectiveFrom,
        };
    }
}

/// <summary>What the lists show of one version of a contract, from <see cref="EffectiveFrom"/> on (version 1: its start).</summary>
[GenerateSerializer, Alias("vg.SummaryVersion")]
public sealed record SummaryVersion
{
    [Id(0)] public int Version { get; init; }
    [Id(1)] public DateOnly EffectiveFrom { get; init; }
    [Id(2)] public string Number { get; init; } = "";
    [Id(3)] public string Title { get; init; } = "";
    [Id(4)] public DateOnly Start { get; init; }
    [Id(5)] public DateOnly End { get; init; }
    [Id(6)] public decimal Total { get; init; }
}
