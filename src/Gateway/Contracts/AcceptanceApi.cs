using Microsoft.AspNetCore.Http.HttpResults;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Ledger;
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

    public static RouteGroupBuilder MapAcceptance(this RouteGroupBuilder contract)
    {
        const string stepErrors = "404 (urn:vendorgrid:problem:document-not-found) for a document the contract's checklists do not list; " +
            "409 (urn:vendorgrid:problem:conflict) when the document's state does not allow the step";
        contract.MapGet("/acceptance", GetAsync).WithName("GetAcceptance").Produces<AcceptanceView>()
            .Documented("The acceptance checklist as of an instant: `{ documents: [{ obligationId, index, name, status: pending|submitted|approved|rejected|deemed-approved, " +
                "dueAt, submittedAt, reviewDueAt, reviewedAt, reason }], accepted: { at } | null, readyForAcceptance }`",
                EndpointDocs.Readers, $"{EndpointDocs.NotFound}; {EndpointDocs.Invalid} (asOf)");
        contract.MapPost("/acceptance/documents/{obligationId}/{index}/submit", SubmitAsync).WithName("SubmitAcceptanceDocument").RequireAuthorization(RolePolicies.Party)
            .Produces<AcceptanceDocument>(StatusCodes.Status201Created)
            .Documented("Submit a checklist document `{ at, note? }` (again after a rejection); the same body again is a 200",
                "vendor (its own contracts); institution-admin, institution-staff on the vendor's behalf; not platform-admin",
                $"{EndpointDocs.NotFound}; {stepErrors} (awaiting review, already approved, acceptance passed); {EndpointDocs.Invalid} (at before the document's last step); {EndpointDocs.Posted}")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        contract.MapPost("/acceptance/documents/{obligationId}/{index}/review", ReviewAsync).WithName("ReviewAcceptanceDocument").RequireAuthorization(RolePolicies.Institution)
            .Produces<AcceptanceDocument>(StatusCodes.Status201Created)
            .Documented("Approve or reject the document's submission `{ at, outcome: approved|rejected, reason? }` (reason required to reject); the same body again is a 200",
                "institution-admin, institution-staff (not vendor, not platform-admin)",
                $"{EndpointDocs.NotFound}; {stepErrors} (nothing submitted, already approved, deemed approved once the review window passed); {EndpointDocs.Invalid}; {EndpointDocs.Posted}")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        contract.MapPost("/acceptance", AcceptAsync).WithName("RecordAcceptance").RequireAuthorization(RolePolicies.InstitutionAdmin).Produces<AcceptanceView>(StatusCodes.Status201Created)
            .Documented("Record acceptance passed `{ at }` (the `accepted` fact that starts the payment clocks); the same instant again is a 200",
                "institution-admin (not institution-staff, not vendor, not platform-admin)",
                $"{EndpointDocs.NotFound}; 409 (urn:vendorgrid:problem:conflict) when acceptance was recorded at another instant; " +
                $"{EndpointDocs.Invalid} (`documents[i]` for each document of the acceptance view not approved or deemed approved as of at); {EndpointDocs.Posted}")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        return contract;
    }

    public static async Task<Results<Ok<AcceptanceView>, ProblemHttpResult>> GetAsync(string id, string? asOf, HttpContext http)
    {
        if (!AsOfQuery.TryRead(asOf, out var instant)) return Problems.Invalid("asOf", AsOfQuery.Problem);
        var view = await http.Contract().Grain.GetAcceptanceAsync(instant);
        return view is null ? Problems.Missing("contract", id) : TypedResults.Ok(view);
    }

    public static Task<Results<Created<AcceptanceDocument>, Ok<AcceptanceDocument>, ProblemHttpResult>> SubmitAsync(
        string id, string obligationId, string index, HttpRequest request, CurrentCaller caller) =>
        DocumentStepAsync(id, obligationId, index, ChecklistStep.Submit, request, caller);

    public static Task<Results<Created<AcceptanceDocument>, Ok<AcceptanceDocument>, ProblemHttpResult>> ReviewAsync(
        string id, string obligationId, string index, HttpRequest request, CurrentCaller caller) =>
        DocumentStepAsync(id, obligationId, index, ChecklistStep.Review, request, caller);

    private static async Task<Results<Created<AcceptanceDocument>, Ok<AcceptanceDocument>, ProblemHttpResult>> DocumentStepAsync(
        string id, string obligationId, string index, ChecklistStep step, HttpRequest request, CurrentCaller caller)
    {
        var access = request.HttpContext.Contract();
        if (!int.TryParse(index, out var number) || number < 1) return NoSuchDocument(obligationId, index);

        var body = await JsonBody.ReadAsync(request);
        if (body is null) return Problems.Invalid("$", "an object is required");
        var at = body.Instant("at");
        var outcome = step == ChecklistStep.Review ? body.Text("outcome", required: true, max: 20) : null;
        var reason = step == ChecklistStep.Review ? body.Text("reason", required: false, max: 2000) : null;
        var note = step == ChecklistStep.Submit ? body.Text("note", required: false, max: 2000) : null;
        if (body.Errors.Count > 0) return Problems.Invalid(body.Errors);

        var result = await access.Grain.ExecuteAsync(new RecordAcceptanceStep(step, obligationId, number, at!.Value, outcome, reason, note,
            FactPermissions.ReporterOf(caller)));
        if (result.Outcome == CommandOutcome.NotFound) return NoSuchDocument(obligationId, index);
        if (Refusal(result, id) is { } refused) return refused;
        var document = AcceptanceChecklist.Find((await access.Grain.GetAcceptanceAsync(at))!, obligationId, number)!;
        return result.Outcome == CommandOutcome.Recorded
            ? TypedResults.Created($"/api/contracts/{id}/acceptance", document)
            : TypedResults.Ok(document);
    }

    public static async Task<Results<Created<AcceptanceView>, Ok<AcceptanceView>, ProblemHttpResult>> AcceptAsync(
        string id, HttpRequest request, CurrentCaller caller)
    {
        var access = request.HttpContext.Contract();

        var body = await JsonBody.ReadAsync(request);
        if (body is null) return Problems.Invalid("$", "an object is required");
        var at = body.Instant("at");
        if (body.Errors.Count > 0) return Problems.Invalid(body.Errors);

        var result = await access.Grain.ExecuteAsync(new RecordAcceptanceStep(ChecklistStep.Accept, null, 0, at!.Value, null, null, null,
            FactPermissions.ReporterOf(caller)));
        if (Refusal(result, id) is { } refused) return refused;
        var view = await access.Grain.GetAcceptanceAsync(at);
        return result.Outcome == CommandOutcome.Recorded
            ? TypedResults.Created($"/api/contracts/{id}/acceptance", view)
            : TypedResults.Ok(view);
    }

    private static ProblemHttpResult? Refusal(CommandResult result, string contractId) =>
        result.Outcome is CommandOutcome.Recorded or CommandOutcome.Duplicate ? null : CommandProblems.Of(result, contractId);

    private static ProblemHttpResult NoSuchDocument(string obligationId, string index) => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound,
        title: "未找到 / Not found", detail: $"No acceptance document {index} of '{obligationId}' in this contract's checklists.", type: DocumentNotFound);
}
