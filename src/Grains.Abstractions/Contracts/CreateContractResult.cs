using System.Collections.Immutable;
using VendorGrid.Domain.Validation;
namespace VendorGrid.Grains;

/// <summary>What happened to a create request; creating the same contract twice is not an error.</summary>
public enum ContractCreationOutcome
{
    Created = 0,
    AlreadyExists = 1,
    Rejected = 2,
    /// <summary>Another institution's contract has this id; which one is not said.</summary>
    IdTaken = 3,
}

/// <summary>
/// Result of <see cref="IInstitutionGrain.CreateContractAsync"/>. Bad input is a value, not an exception,
/// so callers can show the one-line <see cref="Problem"/> without infrastructure errors crossing the grain boundary.
/// </summary>
[GenerateSerializer, Alias("vg.CreateContractResult")]
public sealed record CreateContractResult
{
    [Id(0)] public ContractCreationOutcome Outcome { get; init; }
    [Id(1)] public ContractSummary? Summary { get; init; }
    [Id(2)] public string? Problem { get; init; }
    /// <summary>Each field at fault, by JSON path, when the definition was rejected.</summary>
    [Id(3)] public ImmutableArray<FieldError> Errors { get; init; } = [];

    public static CreateContractResult Created(ContractSummary summary) =>
        new() { Outcome = ContractCreationOutcome.Created, Summary = summary };

    public static CreateContractResult AlreadyExists(ContractSummary summary) =>
        new() { Outcome = ContractCreationOutcome.AlreadyExists, Summary = summary };

    public static CreateContractResult IdTaken() =>
        new() { Outcome = ContractCreationOutcome.IdTaken, Problem = "a contract with this id already exists on the platform" };

    public static CreateContractResult Rejected(string problem, IEnumerable<FieldError>? errors = null) =>
        new() { Outcome = ContractCreationOutcome.Rejected, Problem = problem, Errors = [.. errors ?? []] };
}
