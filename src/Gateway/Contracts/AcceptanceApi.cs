using Microsoft.AspNetCore.Http.HttpResults;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Gateway.Api;
using VendorGrid.Gateway.Tenancy;
using VendorGrid.Grains;

namespace VendorGrid.Gateway.Contracts;

/// <summary>
/// The acceptance checklist (issue 6): each document of the contract's checklists is submitted by the vendor (or by the
/// institution on its behalf, as with any deliverable), approved or rejected by the institution — deemed approved when
/// the contract's review window passes in silence — and acceptance passed is recorded only once every document is
/// approved. <c>index</c> numbers a checklist's documents from 1, as the contract lists them.
/// </summary>
public static class AcceptanceApi
{
    public const string DocumentNotFound = "urn:vendorgrid:problem:document-not-found";

    public static RouteGroupBuilder MapAcceptance(this RouteGroupBuilder contracts)
    {
        const string stepErrors = "404 (urn:vendorgrid:problem:document-not-found) for a document the contract's checklists do not list; " +
            "409 (urn:vendorgrid:problem:conflict) when the document's state does not allow the step";
        contracts.MapGet("/{id}/acceptance", GetAsync).WithName("GetAcceptance").Produces<AcceptanceView>()
            .Documented("The acceptance checklist as of an instant: `{ documents: [{ obligationId, index, name, status: pending|submitted|approved|rejected|deemed-approved, " +
                "dueAt, submittedAt, reviewDueAt, reviewedAt, reason }], accepted: { at } | null, readyForAcceptance }`",
                EndpointDocs.Readers, $"{EndpointDocs.NotFound}; {EndpointDocs.Invalid} (asOf)");
        contracts.MapPost("/{id}/acceptance/documents/{obligationId}/{index}/submit", SubmitAsync).WithName("SubmitAcceptanceDocument")
            .Produces<AcceptanceDocument>(StatusCodes.Status201Created)
            .Documented("Submit a checklist document `{ at, note? }` (again after a rejection); the same body again is a 200",
                "vendor (its own contracts); institution-admin, institution-staff on the vendor's behalf; not platform-admin",
                $"{EndpointDocs.NotFound}; {stepErrors} (awaiting review, already approved, acceptance passed); {EndpointDocs.Invalid} (at before the document's last step); {EndpointDocs.Posted}")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        contracts.MapPost("/{id}/acceptance/documents/{obligationId}/{index}/review", ReviewAsync).WithName("ReviewAcceptanceDocument")
            .Produces<AcceptanceDocument>(StatusCodes.Status201Created)
            .Documented("Approve or reject the document's submission `{ at, outcome: approved|rejected, reason? }` (reason required to reject); the same body again is a 200",
                "institution-admin, institution-staff (not vendor, not platform-admin)",
                $"{EndpointDocs.NotFound}; {stepErrors} (nothing submitted, already approved, deemed approved once the review window passed); {EndpointDocs.Invalid}; {EndpointDocs.Posted}")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        contracts.MapPost("/{id}/acceptance", AcceptAsync).WithName("RecordAcceptance").Produces<AcceptanceView>(StatusCodes.Status201Created)
            .Documented("Record acceptance passed `{ at }` (the `accepted` fact that starts the payment clocks); the same instant again is a 200",
                "institution-admin (not institution-staff, not vendor, not platform-admin)",
                $"{EndpointDocs.NotFound}; 409 (urn:vendorgrid:problem:conflict) when acceptance was recorded at another instant; " +
                $"{EndpointDocs.Invalid} (`documents[i]` for each document of the acceptance view not approved or deemed approved as of at); {EndpointDocs.Posted}")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        return contracts;
    }

    public static async Task<Results<Ok<AcceptanceView>, ProblemHttpResult>> GetAsync(string id, string? asOf, CurrentCaller caller, IGrainFactory grains)
    {
        if (!AsOfQuery.TryRead(asOf, out var instant)) return Problems.Invalid("asOf", AsOfQuery.Problem);
        var grain = await ContractAccess.GrainAsync(caller, id, grains);
        var view = grain is null ? null : await grain.GetAcceptanceAsync(instant);
        return view is null ? Problems.Missing("contract", id) : TypedResults.Ok(view);
    }

    public static Task<Results<Created<AcceptanceDocument>, Ok<AcceptanceDocument>, ProblemHttpResult>> SubmitAsync(
        string id, string obligationId, string index, HttpRequest request, CurrentCaller caller, IGrainFactory grains) =>
        caller.IsPlatformAdmin
            ? Task.FromResult<Results<Created<AcceptanceDocument>, Ok<AcceptanceDocument>, ProblemHttpResult>>(
                Problems.Refused("Platform administrators read contracts; they do not record facts."))
            : DocumentStepAsync(id, obligationId, index, AcceptanceStep.Submit, request, caller, grains);

    public static Task<Results<Created<AcceptanceDocument>, Ok<AcceptanceDocument>, ProblemHttpResult>> ReviewAsync(
        string id, string obligationId, string index, HttpRequest request, CurrentCaller caller, IGrainFactory grains) =>
        caller.IsInstitutionMember
            ? DocumentStepAsync(id, obligationId, index, AcceptanceStep.Review, request, caller, grains)
            : Task.FromResult<Results<Created<AcceptanceDocument>, Ok<AcceptanceDocument>, ProblemHttpResult>>(
                Problems.Refused("Only the institution reviews acceptance documents."));

    private static async Task<Results<Created<AcceptanceDocument>, Ok<AcceptanceDocument>, ProblemHttpResult>> DocumentStepAsync(
        string id, string obligationId, string index, AcceptanceStep step, HttpRequest request, CurrentCaller caller, IGrainFactory grains)
    {
        var access = await ContractAccess.FindAsync(caller, id, grains);
        if (access is null) return Problems.Missing("contract", id);
        AuditTrail.FileUnder(request.HttpContext, access.Summary.Institution.Id);
        if (!int.TryParse(index, out var number) || number < 1) return NoSuchDocument(obligationId, index);

        var body = await JsonBody.ReadAsync(request);
        if (body is null) return Problems.Invalid("$", "an object is required");
        var at = body.Instant("at");
        var outcome = step == AcceptanceStep.Review ? body.Text("outcome", required: true, max: 20) : null;
        var reason = step == AcceptanceStep.Review ? body.Text("reason", required: false, max: 2000) : null;
        var note = step == AcceptanceStep.Submit ? body.Text("note", required: false, max: 2000) : null;
        if (body.Errors.Count > 0) return Problems.Invalid(body.Errors);

        var result = await access.Grain.RecordAcceptanceStepAsync(new AcceptanceCommand
        {
            Step = step, ObligationId = obligationId, Index = number, At = at!.Value, Outcome = outcome, Reason = reason, Note = note,
            RecordedBy = caller.Name, ReportedBy = caller.IsVendor ? "vendor" : "institution",
        });
        if (result.NoSuchDocument) return NoSuchDocument(obligationId, index);
        if (Refusal(result, id) is { } refused) return refused;
        var document = AcceptanceChecklist.Find(result.View!, obligationId, number)!;
        return result.Outcome == RecordOutcome.Recorded
            ? TypedResults.Created($"/api/contracts/{id}/acceptance", document)
            : TypedResults.Ok(document);
    }

    public static async Task<Results<Created<AcceptanceView>, Ok<AcceptanceView>, ProblemHttpResult>> AcceptAsync(
        string id, HttpRequest request, CurrentCaller caller, IGrainFactory grains)
    {
        if (caller.Role != CallerRoles.InstitutionAdmin) return Problems.Refused("Only the institution's administrators record acceptance.");
        var access = await ContractAccess.FindAsync(caller, id, grains);
        if (access is null) return Problems.Missing("contract", id);
        AuditTrail.FileUnder(request.HttpContext, access.Summary.Institution.Id);

        var body = await JsonBody.ReadAsync(request);
        if (body is null) return Problems.Invalid("$", "an object is required");
        var at = body.Instant("at");
        if (body.Errors.Count > 0) return Problems.Invalid(body.Errors);

        var result = await access.Grain.RecordAcceptanceStepAsync(new AcceptanceCommand
        {
            Step = AcceptanceStep.Accept, At = at!.Value, RecordedBy = caller.Name, ReportedBy = "institution",
        });
        if (Refusal(result, id) is { } refused) return refused;
        return result.Outcome == RecordOutcome.Recorded
            ? TypedResults.Created($"/api/contracts/{id}/acceptance", result.View)
            : TypedResults.Ok(result.View);
    }

    private static ProblemHttpResult? Refusal(AcceptanceCommandResult result, string contractId) => result switch
    {
        { Outcome: RecordOutcome.NoSuchContract } => Problems.Missing("contract", contractId),
        { Conflict: { } why } => Problems.InConflict(why),
        { Outcome: RecordOutcome.Rejected } => Problems.Invalid(result.Errors),
        _ => null,
    };

    private static ProblemHttpResult NoSuchDocument(string obligationId, string index) => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound,
        title: "未找到 / Not found", detail: $"No acceptance document {index} of '{obligationId}' in this contract's checklists.", type: DocumentNotFound);
}
