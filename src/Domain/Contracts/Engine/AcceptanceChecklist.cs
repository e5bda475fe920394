using System.Collections.Immutable;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Domain.Validation;

namespace VendorGrid.Domain.Contracts.Engine;

public enum DocumentStatus { Pending, Submitted, Approved, Rejected, DeemedApproved }

/// <summary>One document of an acceptance checklist: where it stands in submit → review (→ resubmit) → approved.</summary>
public sealed record AcceptanceDocument(
    string ObligationId,
    int Index,
    string Name,
    DocumentStatus Status,
    DateTimeOffset? DueAt,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? ReviewDueAt,
    DateTimeOffset? ReviewedAt,
    string? Reason);

public sealed record AcceptedAt(DateTimeOffset At);

/// <summary>GET /api/contracts/{id}/acceptance: every checklist document, whether acceptance passed, and whether it may.</summary>
public sealed record AcceptanceView(ImmutableArray<AcceptanceDocument> Documents, AcceptedAt? Accepted, bool ReadyForAcceptance);

/// <summary>
/// What to do with an acceptance command: record <see cref="ToRecord"/>, answer with <see cref="AlreadyRecorded"/>,
/// or refuse: field errors (422), a state conflict (409), or something the contract does not have (404).
/// </summary>
public sealed record ChecklistCheck(ContractFact? ToRecord, ContractFact? AlreadyRecorded, ImmutableArray<FieldError> Errors, string? Conflict = null, string? Missing = null)
{
    public static ChecklistCheck Record(ContractFact fact) => new(fact, null, []);
    public static ChecklistCheck Invalid(string path, string message) => new(null, null, [new(path, message)]);
    public static ChecklistCheck InConflict(string why) => new(null, null, [], Conflict: why);
}

/// <summary>
/// The acceptance checklists of a contract (the <c>documents</c> of its one-off obligations) on the engine's own
/// deliverable machinery: a document is the instance <c>{clause}@document-{n}</c>; the vendor's submission is an
/// <c>obligation-met</c> fact, the institution's answer a <c>deliverable-reviewed</c> one (a rejection is an objection
/// that reopens the document), and a <c>review</c> clause of the checklist (C4 第九章9.3: 15 working days) makes
/// silence a deemed approval. Acceptance passed is the <c>accepted</c> fact that starts the payment clocks.
/// </summary>
public static class AcceptanceChecklist
{
    public static AcceptanceView View(ContractDefinition d, ContractEvaluation evaluation, IEnumerable<ContractFact> facts)
    {
        var known = facts.Where(f => f.OccurredAt <= evaluation.AsOf).Order(FactIndex.EngineOrder).ToList();
        var instances = evaluation.Obligations.ToDictionary(o => o.Id, StringComparer.Ordinal);
        var documents = ImmutableArray.CreateBuilder<AcceptanceDocument>();
        foreach (var clause in d.Obligations.Where(o => !o.Documents.IsDefaultOrEmpty))
        {
            var review = d.Obligations.FirstOrDefault(o => o.Kind == ObligationKind.Review && o.Review?.Of == clause.Id);
            for (var n = 1; n <= clause.Documents.Length; n++)
                documents.Add(Document(clause, n, review, known, instances));
        }
        var accepted = known.OfType<AcceptancePassed>().FirstOrDefault();
        return new(documents.ToImmutable(), accepted is null ? null : new AcceptedAt(accepted.OccurredAt), documents.All(IsApproved));
    }

    public static bool IsApproved(AcceptanceDocument document) => document.Status is DocumentStatus.Approved or DocumentStatus.DeemedApproved;

    private static AcceptanceDocument Document(ObligationDefinition clause, int n, ObligationDefinition? review, List<ContractFact> known,
        Dictionary<string, ObligationInstance> instances)
    {
        var id = ObligationScheduler.DocumentId(clause.Id, n);
        var dueAt = instances.GetValueOrDefault(id)?.DueAt;
        var submitted = known.OfType<ObligationMet>().LastOrDefault(f => f.ObligationId == id);
        var answers = known.OfType<DeliverableReviewed>().Where(f => f.ObligationId == id).ToList();
        var name = clause.Documents[n - 1];
        if (submitted is null)
        {
            var rejected = answers.LastOrDefault(a => a.Outcome == "objection");
            return rejected is null
                ? new(clause.Id, n, name, DocumentStatus.Pending, dueAt, null, null, null, null)
                : new(clause.Id, n, name, DocumentStatus.Rejected, dueAt, null, null, rejected.OccurredAt, rejected.Reason);
        }
        var answer = answers.FirstOrDefault(a => a.OccurredAt >= submitted.OccurredAt);
        var reviewInstance = review is null ? null : instances.GetValueOrDefault($"{review.Id}@{id}");
        var reviewDueAt = reviewInstance?.DueAt;
        if (answer is not null)
            return answer.Outcome == "objection"
                ? new(clause.Id, n, name, DocumentStatus.Rejected, dueAt, submitted.OccurredAt, reviewDueAt, answer.OccurredAt, answer.Reason)
                : new(clause.Id, n, name, DocumentStatus.Approved, dueAt, submitted.OccurredAt, reviewDueAt, answer.OccurredAt, null);
        if (reviewInstance?.Status == ObligationStatus.DeemedApproved)
            return new(clause.Id, n, name, DocumentStatus.DeemedApproved, dueAt, submitted.OccurredAt, reviewDueAt, reviewDueAt, null);
        return new(clause.Id, n, name, DocumentStatus.Submitted, dueAt, submitted.OccurredAt, reviewDueAt, null, null);
    }

    /// <summary>The document as of <paramref name="view"/>, or null when the contract has no such checklist document.</summary>
    public static AcceptanceDocument? Find(AcceptanceView view, string obligationId, int index) =>
        view.Documents.FirstOrDefault(x => x.ObligationId == obligationId && x.Index == index);

    /// <summary>The vendor hands a document in (again after a rejection); <paramref name="atView"/> is the checklist as of <c>at</c>.</summary>
    public static ChecklistCheck Submit(AcceptanceView atView, IEnumerable<ContractFact> facts, string obligationId, int index, DateTimeOffset at, string? note)
    {
        if (Find(atView, obligationId, index) is not { } document) return new(null, null, [], Missing: $"{obligationId}/{index}");
        var id = ObligationScheduler.DocumentId(obligationId, index);
        if (LastOf(facts, id) is { } last && at < last.OccurredAt)
            return ChecklistCheck.Invalid("at", $"must not be before the document's last submission or review ({last.OccurredAt:yyyy-MM-dd'T'HH:mm:ssK})");
        if (atView.Accepted is not null) return ChecklistCheck.InConflict("Acceptance has already passed; the checklist is closed.");
        return document.Status switch
        {
            DocumentStatus.Pending or DocumentStatus.Rejected => ChecklistCheck.Record(new ObligationMet
            {
                Id = SubmissionId(obligationId, index, at), OccurredAt = at, ObligationId = id, Note = note,
            }),
            DocumentStatus.Submitted => ChecklistCheck.InConflict($"'{document.Name}' was submitted at {document.SubmittedAt:yyyy-MM-dd'T'HH:mm:ssK} and awaits review."),
            _ => ChecklistCheck.InConflict($"'{document.Name}' is already {Describe(document.Status)}."),
        };
    }

    /// <summary>The institution approves or rejects (with a reason) the document's standing submission, inside its review window.</summary>
    public static ChecklistCheck Review(AcceptanceView atView, IEnumerable<ContractFact> facts, string obligationId, int index, DateTimeOffset at, string outcome, string? reason)
    {
        if (Find(atView, obligationId, index) is not { } document) return new(null, null, [], Missing: $"{obligationId}/{index}");
        if (outcome is not ("approved" or "rejected")) return ChecklistCheck.Invalid("outcome", "must be approved or rejected");
        if (outcome == "rejected" && string.IsNullOrWhiteSpace(reason)) return ChecklistCheck.Invalid("reason", "is required when rejecting a document");
        var id = ObligationScheduler.DocumentId(obligationId, index);
        if (LastOf(facts, id) is { } last && at < last.OccurredAt)
            return ChecklistCheck.Invalid("at", $"must not be before the document's last submission or review ({last.OccurredAt:yyyy-MM-dd'T'HH:mm:ssK})");
        return document.Status switch
        {
            DocumentStatus.Submitted => ChecklistCheck.Record(new DeliverableReviewed
            {
                Id = ReviewId(obligationId, index, at), OccurredAt = at, ObligationId = id, Outcome = outcome == "approved" ? "approved" : "objection", Reason = outcome == "rejected" ? reason : null,
            }),
            DocumentStatus.DeemedApproved => ChecklistCheck.InConflict(
                $"'{document.Name}' was deemed approved when its review window ended ({document.ReviewDueAt:yyyy-MM-dd'T'HH:mm:ssK})."),
            DocumentStatus.Pending or DocumentStatus.Rejected => ChecklistCheck.InConflict($"'{document.Name}' has no submission awaiting review."),
            _ => ChecklistCheck.InConflict($"'{document.Name}' is already {Describe(document.Status)}."),
        };
    }

    /// <summary>
    /// Acceptance passes only with every document approved or deemed approved as of <c>at</c>; each one that is not is
    /// named by its place in the checklist (<c>documents[i]</c> of the acceptance view). It is recorded once.
    /// </summary>
    public static ChecklistCheck Accept(AcceptanceView atView, IEnumerable<ContractFact> facts, DateTimeOffset at)
    {
        if (facts.OfType<AcceptancePassed>().FirstOrDefault() is { } accepted)
            return accepted.OccurredAt == at ? new(null, accepted, [])
                : ChecklistCheck.InConflict($"Acceptance was already recorded at {accepted.OccurredAt:yyyy-MM-dd'T'HH:mm:ssK}.");
        var blocking = atView.Documents.Select((doc, i) => (doc, i)).Where(x => !IsApproved(x.doc))
            .Select(x => new FieldError($"documents[{x.i}]", $"{x.doc.Name} ({x.doc.ObligationId} #{x.doc.Index}) is {Describe(x.doc.Status)}, not approved")).ToList();
        if (blocking.Count > 0) return new(null, null, [.. blocking]);
        return ChecklistCheck.Record(new AcceptancePassed { Id = FactIds.Acceptance, OccurredAt = at });
    }

    /// <summary>Fact ids from the document and the instant, so the same step sent again is recognised as a repeat.</summary>
    public static string SubmissionId(string obligationId, int index, DateTimeOffset at) => $"{FactIds.Document}{obligationId}:{index}:submitted:{at.ToUnixTimeSeconds()}";

    public static string ReviewId(string obligationId, int index, DateTimeOffset at) => $"{FactIds.Document}{obligationId}:{index}:reviewed:{at.ToUnixTimeSeconds()}";

    private static ContractFact? LastOf(IEnumerable<ContractFact> facts, string documentId) =>
        facts.Where(f => f is ObligationMet { ObligationId: var met } && met == documentId || f is DeliverableReviewed { ObligationId: var reviewed } && reviewed == documentId)
            .MaxBy(f => f.OccurredAt);

    private static string Describe(DocumentStatus status) => status switch
    {
        DocumentStatus.Pending => "not yet submitted",
        DocumentStatus.Submitted => "awaiting review",
        DocumentStatus.Rejected => "rejected",
        DocumentStatus.DeemedApproved => "deemed approved",
        _ => "approved",
    };
}
