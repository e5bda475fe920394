using System.Text.Json;
using VendorGrid.Domain.Contracts.Definition;

namespace VendorGrid.Domain.Contracts.Ledger;

public static class AmendmentEventTypes
{
    public const string Proposed = "amendment-proposed";
    public const string Decided = "amendment-decided";
}

/// <summary>
/// A supplemental agreement (补充协议) one party proposes: the whole definition as it would read from
/// <see cref="EffectiveFrom"/> (an Asia/Shanghai date) on, as version <see cref="Version"/> (the contract as created is 1).
/// Kept as posted, so the version reads back exactly; it is in force only once the other party accepts it.
/// </summary>
public sealed record AmendmentProposed : LedgerEvent
{
    public required int Version { get; init; }
    public required DateOnly EffectiveFrom { get; init; }
    /// <summary>补充协议的名称, e.g. "补充协议一：服务期延长至2027-06-30".</summary>
    public required string Title { get; init; }
    public required JsonElement Definition { get; init; }
    /// <summary>The proposer's request id: a repeat of the same request is the same proposal.</summary>
    public required string RequestId { get; init; }
    protected override string Discriminator => AmendmentEventTypes.Proposed;

    public ContractDefinition Parse() => ContractJson.ParseDefinition(Definition.GetRawText()).Value!;
}

/// <summary>The other party's answer to an amendment: accepted (in force from its effective date) or rejected with a reason.</summary>
public sealed record AmendmentDecided : LedgerEvent
{
    public required int Version { get; init; }
    public required bool Accepted { get; init; }
    public string? Reason { get; init; }
    protected override string Discriminator => AmendmentEventTypes.Decided;
}
