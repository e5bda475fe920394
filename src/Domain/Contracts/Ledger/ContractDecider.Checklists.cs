using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;

namespace VendorGrid.Domain.Contracts.Ledger;

public static partial class ContractDecider
{
    /// <summary>A month's evaluation, checked against the scorecard; the same content again answers with the first recording.</summary>
    private static Decision Evaluate(ContractBook book, RecordEvaluation command, DecisionContext context)
    {
        if (Scorecards.Of(book.Definition) is null) return Decision.Missing("The contract has no scorecard.");
        var check = Scorecards.Check(book.Definition, book.Facts.OfType<EvaluationRecorded>(), command.Evaluation);
        if (check.AlreadyRecorded is { } first) return Decision.Duplicate(first);
        if (check.ToRecord is null) return Decision.Invalid(check.Errors);
        return Record(book, new RecordFacts([check.ToRecord], command.By, PlatformIds: true), context);
    }

    /// <summary>
    /// A checklist step, checked against the checklist as of its instant; its fact id comes from the document and the
    /// instant, so the same step sent again is a repeat (a review with the other outcome at the same instant is a conflict).
    /// </summary>
    private static Decision Checklist(ContractBook book, RecordAcceptanceStep command, DecisionContext context)
    {
        var at = command.At;
        var repeatId = command.Step switch
        {
            ChecklistStep.Submit => AcceptanceChecklist.SubmissionId(command.ObligationId!, command.Index, at),
            ChecklistStep.Review => AcceptanceChecklist.ReviewId(command.ObligationId!, command.Index, at),
            _ => null,
        };
        if (repeatId is not null && book.Find(repeatId) is ContractFact repeat)
            return repeat is DeliverableReviewed reviewed && reviewed.Outcome != (command.Outcome == "rejected" ? "objection" : command.Outcome)
                ? Decision.InConflict("This document was already reviewed at that instant with the other outcome.")
                : Decision.Duplicate(repeat);
        var view = AcceptanceChecklist.View(book.Definition, ContractReader.Evaluate(book, at, Now(book, context), context.Calendar, context.Cache), book.Facts);
        var check = command.Step switch
        {
            ChecklistStep.Submit => AcceptanceChecklist.Submit(view, book.Facts, command.ObligationId!, command.Index, at, command.Note),
            ChecklistStep.Review => AcceptanceChecklist.Review(view, book.Facts, command.ObligationId!, command.Index, at, command.Outcome ?? "", command.Reason),
            _ => AcceptanceChecklist.Accept(view, book.Facts, at),
        };
        if (check.Missing is not null) return Decision.Missing($"No acceptance document {command.Index} of '{command.ObligationId}' in this contract's checklists.");
        if (check.AlreadyRecorded is { } already) return Decision.Duplicate(already);
        if (check.ToRecord is null)
            return check.Conflict is { } conflict ? Decision.InConflict(conflict) : Decision.Invalid(check.Errors);
        return Record(book, new RecordFacts([check.ToRecord], command.By, PlatformIds: true), context);
    }
}
