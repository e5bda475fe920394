using System.Collections.Immutable;
using VendorGrid.Domain.Contracts.Engine;

namespace VendorGrid.Grains;

/// <summary>The contract's scorecard and every evaluation recorded against it, scored, in period order.</summary>
[GenerateSerializer, Alias("vg.EvaluationRecords")]
public sealed record EvaluationRecords
{
    [Id(0)] public bool ContractExists { get; init; }
    /// <summary>Null when the contract has no scorecard.</summary>
    [Id(1)] public ScorecardTemplate? Template { get; init; }
    [Id(2)] public ImmutableArray<ScoredEvaluation> Evaluations { get; init; } = [];
}
