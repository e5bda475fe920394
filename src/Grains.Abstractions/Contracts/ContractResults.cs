using System.Collections.Immutable;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Domain.Validation;

namespace VendorGrid.Grains;

public enum RecordOutcome { Recorded = 0, Duplicate = 1, Rejected = 2, NoSuchContract = 3 }

/// <summary>What became of a fact: stored, already stored (the first one is returned), or refused with field errors.</summary>
[GenerateSerializer, Alias("vg.RecordFactResult")]
public sealed record RecordFactResult
{
    [Id(0)] public RecordOutcome Outcome { get; init; }
    [Id(1)] public ContractFact? Fact { get; init; }
    [Id(2)] public ImmutableArray<FieldError> Errors { get; init; } = [];
    /// <summary>Why a well-formed fact conflicts with the contract's terms (a staff change without notice and consent).</summary>
    [Id(3)] public string? Conflict { get; init; }
}

/// <summary>A ledger decision taken (its fact) or refused (why, and which field).</summary>
[GenerateSerializer, Alias("vg.LedgerDecisionResult")]
public sealed record LedgerDecisionResult
{
    [Id(0)] public RecordOutcome Outcome { get; init; }
    [Id(1)] public DecisionRefusal Refusal { get; init; }
    [Id(2)] public string? Field { get; init; }
    [Id(3)] public string? Message { get; init; }
    [Id(4)] public ContractFact? Fact { get; init; }
}
