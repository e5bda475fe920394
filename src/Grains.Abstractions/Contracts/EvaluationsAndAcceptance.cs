using System.Collections.Immutable;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Domain.Validation;

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

/// <summary>What became of an evaluation: recorded, the same one already recorded, or refused (field errors, or no scorecard).</summary>
[GenerateSerializer, Alias("vg.EvaluationCommandResult")]
public sealed record EvaluationCommandResult
{
    [Id(0)] public RecordOutcome Outcome { get; init; }
    [Id(1)] public ScoredEvaluation? Evaluation { get; init; }
    [Id(2)] public ImmutableArray<FieldError> Errors { get; init; } = [];
    [Id(3)] public bool NoScorecard { get; init; }
}

public enum AcceptanceStep { Submit = 0, Review = 1, Accept = 2 }

/// <summary>One step of an acceptance checklist: a document submitted or reviewed, or acceptance passed.</summary>
[GenerateSerializer, Immutable, Alias("vg.AcceptanceCommand")]
public sealed record AcceptanceCommand
{
    [Id(0)] public AcceptanceStep Step { get; init; }
    [Id(1)] public string? ObligationId { get; init; }
    [Id(2)] public int Index { get; init; }
    [Id(3)] public DateTimeOffset At { get; init; }
    /// <summary>approved | rejected, for a review.</summary>
    [Id(4)] public string? Outcome { get; init; }
    [Id(5)] public string? Reason { get; init; }
    [Id(6)] public string? Note { get; init; }
    [Id(7)] public string? RecordedBy { get; init; }
    /// <summary>vendor | institution: who reported it, from the caller's role.</summary>
    [Id(8)] public string? ReportedBy { get; init; }
}

/// <summary>
/// What became of an acceptance step, with the checklist as of its instant: recorded, already recorded, or refused with
/// field errors (422), a conflict with the document's state (409) or a document the contract does not list (404).
/// </summary>
[GenerateSerializer, Alias("vg.AcceptanceCommandResult")]
public sealed record AcceptanceCommandResult
{
    [Id(0)] public RecordOutcome Outcome { get; init; }
    [Id(1)] public AcceptanceView? View { get; init; }
    [Id(2)] public ImmutableArray<FieldError> Errors { get; init; } = [];
    [Id(3)] public string? Conflict { get; init; }
    [Id(4)] public bool NoSuchDocument { get; init; }
}
