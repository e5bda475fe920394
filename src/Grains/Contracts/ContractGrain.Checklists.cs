using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;

namespace VendorGrid.Grains.Contracts;

/// <summary>Evaluations against the scorecard and the acceptance checklist: each a pure check, then one appended fact.</summary>
public sealed partial class ContractGrain
{
    public Task<EvaluationRecords> GetEvaluationsAsync()
    {
        if (definition is null) return Task.FromResult(new EvaluationRecords());
        if (Scorecards.Of(definition) is not { } scorecard) return Task.FromResult(new EvaluationRecords { ContractExists = true });
        var scored = facts.Where(f => f.Type == FactTypes.EvaluationRecorded).Select(f => Scorecards.Score(definition, f))
            .OrderBy(e => e.Period, StringComparer.Ordinal);
        return Task.FromResult(new EvaluationRecords
        {
            ContractExists = true, Template = Scorecards.Template(scorecard.Clause, scorecard.Card), Evaluations = [.. scored],
        });
    }

    public async Task<EvaluationCommandResult> RecordEvaluationAsync(ContractFact evaluation)
    {
        if (definition is null) return new EvaluationCommandResult { Outcome = RecordOutcome.NoSuchContract };
        if (Scorecards.Of(definition) is null) return new EvaluationCommandResult { Outcome = RecordOutcome.Rejected, NoScorecard = true };
        var check = Scorecards.Check(definition, facts, evaluation);
        if (check.AlreadyRecorded is { } first)
            return new EvaluationCommandResult { Outcome = RecordOutcome.Duplicate, Evaluation = Scorecards.Score(definition, first) };
        if (check.ToRecord is null) return new EvaluationCommandResult { Outcome = RecordOutcome.Rejected, Errors = check.Errors };
        var recorded = await AppendAsync(check.ToRecord with { RecordedAt = clock.GetUtcNow() });
        return new EvaluationCommandResult { Outcome = recorded.Outcome, Evaluation = Scorecards.Score(definition, recorded.Fact!) };
    }

    public Task<AcceptanceView?> GetAcceptanceAsync(DateTimeOffset? asOf) => Task.FromResult(definition is null ? null
        : AcceptanceChecklist.View(definition, Evaluate(asOf ?? WholeSecondNow()), facts));

    public async Task<AcceptanceCommandResult> RecordAcceptanceStepAsync(AcceptanceCommand command)
    {
        if (definition is null) return new AcceptanceCommandResult { Outcome = RecordOutcome.NoSuchContract };
        var at = command.At;
        var repeat = command.Step switch
        {
            AcceptanceStep.Submit => factsById.GetValueOrDefault(AcceptanceChecklist.SubmissionId(command.ObligationId!, command.Index, at)),
            AcceptanceStep.Review => factsById.GetValueOrDefault(AcceptanceChecklist.ReviewId(command.ObligationId!, command.Index, at)),
            _ => null,
        };
        if (repeat is not null)
            return repeat.Type == FactTypes.DeliverableReviewed && repeat.Outcome != (command.Outcome == "rejected" ? "objection" : command.Outcome)
                ? new AcceptanceCommandResult { Outcome = RecordOutcome.Rejected, Conflict = "This document was already reviewed at that instant with the other outcome." }
                : new AcceptanceCommandResult { Outcome = RecordOutcome.Duplicate, View = Checklist(at) };

        var view = Checklist(at);
        var check = command.Step switch
        {
            AcceptanceStep.Submit => AcceptanceChecklist.Submit(view, facts, command.ObligationId!, command.Index, at, command.Note),
            AcceptanceStep.Review => AcceptanceChecklist.Review(view, facts, command.ObligationId!, command.Index, at, command.Outcome ?? "", command.Reason),
            _ => AcceptanceChecklist.Accept(view, facts, at),
        };
        if (check.Missing is not null) return new AcceptanceCommandResult { Outcome = RecordOutcome.Rejected, NoSuchDocument = true };
        if (check.AlreadyRecorded is not null) return new AcceptanceCommandResult { Outcome = RecordOutcome.Duplicate, View = view };
        if (check.ToRecord is null)
            return new AcceptanceCommandResult { Outcome = RecordOutcome.Rejected, Errors = check.Errors, Conflict = check.Conflict };
        var recorded = await AppendAsync(check.ToRecord with
        {
            RecordedAt = clock.GetUtcNow(), RecordedBy = command.RecordedBy, ReportedBy = command.ReportedBy,
        });
        return new AcceptanceCommandResult { Outcome = recorded.Outcome, View = Checklist(at) };
    }

    private AcceptanceView Checklist(DateTimeOffset asOf) => AcceptanceChecklist.View(definition!, Evaluate(asOf), facts);
}
