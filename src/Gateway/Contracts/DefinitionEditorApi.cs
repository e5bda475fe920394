using Microsoft.AspNetCore.Http.HttpResults;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Ledger;
using VendorGrid.Gateway.Api;
using VendorGrid.Gateway.Hosting;
using VendorGrid.Gateway.Tenancy;
using VendorGrid.Grains;

namespace VendorGrid.Gateway.Contracts;

/// <summary>
/// The contract editor's server side (issue 18 §2): a definition checked by exactly the rules POST /api/contracts applies
/// (the same problem+json) and previewed on the institution's calendar — both without storing anything — and, once the
/// contract exists, the vendor's confirmation of its definition. The contract is in force from creation either way (the
/// signed paper governs); the confirmation only says whether the vendor agrees the platform read it right.
/// </summary>
public static class DefinitionEditorApi
{
    public static IEndpointRouteBuilder MapDefinitionEditor(this IEndpointRouteBuilder app)
    {
        var drafts = app.MapGroup("/api/contract-drafts").RequireAuthorization(TenancyExtensions.CallerPolicy).WithTags("Contracts");
        drafts.MapPost("/validate", ValidateAsync).WithName("ValidateContractDefinition").AllowsMembers("institution", "vendor")
            .Produces(StatusCodes.Status204NoContent)
            .Documented("Check a contract definition by the rules POST /api/contracts applies (its institution must be the caller's) " +
                "without storing it: 204 when it would be accepted, else the same 422 problem+json with errors keyed by the field at fault",
                "institution-admin, platform-admin", $"{EndpointDocs.Invalid}");
        drafts.MapPost("/preview", PreviewAsync).WithName("PreviewContractDefinition").AllowsMembers("institution", "vendor")
            .Produces<DefinitionPreviewResult>()
            .Documented("Preview a valid definition on the institution's working-day calendar: `{ deadlines: [{ obligationId, clauseId, title, party, " +
                "dueAt, dueDate, provisional }] (each obligation clause's first deadline with no facts recorded, the earliest 10), penalties: [{ penaltyId, article, case, formula, amount, capped }] }` " +
                $"— each penalty's formula applied to a stated case ({DefinitionPreview.ExampleDays} days late, one occurrence, one person), capped as " +
                "the ledger caps it. Nothing is stored",
                "institution-admin, platform-admin", $"{EndpointDocs.Invalid} (as POST /api/contract-drafts/validate)")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    public static RouteGroupBuilder MapDefinitionConfirmation(this RouteGroupBuilder contract)
    {
        contract.MapGet("/definition/preview", StoredPreviewAsync).WithName("PreviewStoredContractDefinition")
            .Produces<DefinitionPreviewResult>()
            .Documented("The stored definition's preview, the same as POST /api/contract-drafts/preview gives (what the vendor confirms)",
                EndpointDocs.Readers, EndpointDocs.NotFound);
        contract.MapPost("/definition/accept", AcceptAsync).WithName("AcceptContractDefinition").RequireAuthorization(RolePolicies.Vendor)
            .Produces<DefinitionConfirmation>()
            .Documented("The vendor accepts the definition as entered: definitionConfirmation becomes accepted (final; again is the same answer)",
                "vendor (its own contracts)", $"{EndpointDocs.NotFound}; {EndpointDocs.Posted}");
        contract.MapPost("/definition/dispute", DisputeAsync).WithName("DisputeContractDefinition").RequireAuthorization(RolePolicies.Vendor)
            .Produces<DefinitionConfirmation>()
            .Documented("The vendor disputes the definition `{ reason }`: definitionConfirmation becomes disputed with the reason, which the institution sees",
                "vendor (its own contracts)",
                $"{EndpointDocs.NotFound}; 409 (urn:vendorgrid:problem:conflict) once accepted; {EndpointDocs.Invalid} (reason: missing or over " +
                $"{ContractDecider.MaxDefinitionReasonLength} characters); {EndpointDocs.Posted}")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        return contract;
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> ValidateAsync(HttpRequest request, CurrentCaller caller) =>
        await CheckAsync(request, caller) is { } checkedDefinition && checkedDefinition.Problem is { } problem ? problem : TypedResults.NoContent();

    public static async Task<Results<Ok<DefinitionPreviewResult>, ProblemHttpResult>> PreviewAsync(HttpRequest request, CurrentCaller caller, IGrainFactory grains)
    {
        var result = await CheckAsync(request, caller);
        if (result.Problem is { } problem) return problem;
        return TypedResults.Ok(await grains.GetGrain<IDefinitionPreviewGrain>(0).PreviewAsync(result.Definition!.Institution.Id, result.Json));
    }

    public static async Task<Results<Ok<DefinitionPreviewResult>, ProblemHttpResult>> StoredPreviewAsync(string id, HttpContext http, IGrainFactory grains)
    {
        var access = http.Contract();
        var json = await access.Grain.GetDefinitionAsync();
        if (json is null) return Problems.Missing("contract", id);
        return TypedResults.Ok(await grains.GetGrain<IDefinitionPreviewGrain>(0).PreviewAsync(access.InstitutionId, json));
    }

    public static Task<Results<Ok<DefinitionConfirmation>, ProblemHttpResult>> AcceptAsync(string id, HttpContext http, CurrentCaller caller) =>
        AnswerAsync(id, DefinitionAnswer.Accepted, null, http, caller);

    public static async Task<Results<Ok<DefinitionConfirmation>, ProblemHttpResult>> DisputeAsync(string id, HttpContext http, CurrentCaller caller)
    {
        var body = await JsonBody.ReadAsync(http.Request);
        if (body is null) return Problems.Invalid("reason", "is required: send { \"reason\": \"…\" }");
        var reason = body.Text("reason", required: true, max: ContractDecider.MaxDefinitionReasonLength);
        if (reason is null) return Problems.Invalid(body.Errors);
        return await AnswerAsync(id, DefinitionAnswer.Disputed, reason, http, caller);
    }

    private static async Task<Results<Ok<DefinitionConfirmation>, ProblemHttpResult>> AnswerAsync(
        string id, DefinitionAnswer answer, string? reason, HttpContext http, CurrentCaller caller)
    {
        var access = http.Contract();
        var result = await access.Grain.ExecuteAsync(new AnswerDefinition(answer, reason, ContractFactsApi.RequestId(http), FactPermissions.ReporterOf(caller)));
        if (result.Outcome is not (CommandOutcome.Recorded or CommandOutcome.Duplicate)) return CommandProblems.Of(result, access.Id);
        return TypedResults.Ok(DefinitionConfirmation.Of((DefinitionAnswered)result.Subject!));
    }

    private sealed record Checked(string Json, ContractDefinition? Definition, ProblemHttpResult? Problem);

    /// <summary>The checks of ContractsApi.CreateContractAsync, in its order, short of creating.</summary>
    private static async Task<Checked> CheckAsync(HttpRequest request, CurrentCaller caller)
    {
        var json = await new StreamReader(request.Body).ReadToEndAsync();
        if (caller.Role is not (CallerRoles.InstitutionAdmin or CallerRoles.PlatformAdmin))
            return new(json, null, Problems.Refused("Only institution and platform administrators edit contract definitions."));
        var parsed = ContractJson.ParseSubmitted(json);
        if (!parsed.IsValid) return new(json, null, Problems.Invalid(parsed.Errors));
        if (caller.Role == CallerRoles.InstitutionAdmin && parsed.Value.Institution.Id != caller.InstitutionId)
            return new(json, null, Problems.Invalid("institution.id", ContractsApi.OwnInstitutionOnly));
        return new(json, parsed.Value, null);
    }
}
