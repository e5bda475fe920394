using System.Collections.Immutable;
using VendorGrid.Domain.Contracts;
using VendorGrid.Domain.Contracts.Ledger;
using VendorGrid.Domain.Validation;

namespace VendorGrid.Grains;

public enum CommandOutcome { Recorded = 0, Duplicate = 1, Rejected = 2, NoSuchContract = 3, Conflict = 4, NotFound = 5, WindowClosed = 6 }

/// <summary>
/// What became of a command: recorded, already recorded (<see cref="Subject"/> is then the first recording), or refused
/// with field errors (422), a conflict with the contract's state (409), something the contract does not have (404) or a
/// claim window already closed. Nothing refused was recorded.
/// </summary>
[GenerateSerializer, Alias("vg.CommandResult")]
public sealed record CommandResult
{
    [Id(0)] public CommandOutcome Outcome { get; init; }
    /// <summary>The fact, decision, answer or statement event the command was about.</summary>
    [Id(1)] public ContractEvent? Subject { get; init; }
    [Id(2)] public ImmutableArray<FieldError> Errors { get; init; } = [];
    [Id(3)] public string? Message { get; init; }
    /// <summary>How many events the command appended (the subject and the postings it caused).</summary>
    [Id(4)] public int Appended { get; init; }

    public static readonly CommandResult NoSuchContract = new() { Outcome = CommandOutcome.NoSuchContract };

    public static CommandResult From(Decision decision) => new()
    {
        Outcome = decision.Outcome switch
        {
            DecisionOutcome.Recorded => CommandOutcome.Recorded,
            DecisionOutcome.Duplicate => CommandOutcome.Duplicate,
            DecisionOutcome.Conflict => CommandOutcome.Conflict,
            DecisionOutcome.NotFound => CommandOutcome.NotFound,
            DecisionOutcome.WindowClosed => CommandOutcome.WindowClosed,
            _ => CommandOutcome.Rejected,
        },
        Subject = decision.Subject, Errors = decision.Errors, Message = decision.Message, Appended = decision.Events.Length,
    };
}
