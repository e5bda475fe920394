using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Domain.Contracts.Ledger;
using VendorGrid.Gateway.Api;
using VendorGrid.Gateway.Tenancy;
using VendorGrid.Grains;

namespace VendorGrid.Gateway.Contracts;

/// <summary>
/// Evaluations against the contract's scorecard (issue 6; C1 第三条2.3: monthly, 100 points in four sections, 80 passes).
/// Recording one meets the institution's evaluation duty for that month; a failing total raises the termination right
/// whose basis names the evaluation and its score. A contract without a scorecard answers 404 scorecard-not-found.
/// </summary>
public static partial class EvaluationsApi
{
    public const string ScorecardNotFound = "urn:vendorgrid:problem:scorecard-not-found";

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    private static partial Regex EvaluationId();

    public static RouteGroupBuilder MapEvaluations(this RouteGroupBuilder contract)
    {
        const string noScorecard = "404 (urn:vendorgrid:problem:scorecard-not-found) when the contract has no scorecard";
        contract.MapPost("/evaluations", RecordAsync).WithName("RecordEvaluation").RequireAuthorization(RolePolicies.InstitutionAdmin).Produces<ScoredEvaluation>(StatusCodes.Status201Created)
            .Documented("Record a period's evaluation `{ id, period: yyyy-MM, evaluatedAt, scores: { sectionId: points }, note? }`; the same content again " +
                "is a 200; answers the evaluation with total, passed, per section and the template",
                "institution-admin (not institution-staff, not vendor, not platform-admin)",
                $"{EndpointDocs.NotFound}; {noScorecard}; {EndpointDocs.Invalid} (scores.<section> missing, unknown or outside 0..max; period outside the term; " +
                $"id or period already recorded with other content); {EndpointDocs.Posted}")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        contract.MapGet("/evaluations", ListAsync).WithName("ListEvaluations").Produces<ScoredEvaluation[]>()
            .Documented("Evaluations in period order, each with total, passed, per section and the template (paged: ?limit=&cursor=, next page in the Link header)",
                EndpointDocs.Readers, $"{EndpointDocs.NotFound}; {noScorecard}; {EndpointDocs.Invalid} (limit, cursor)");
        return contract;
    }

    public static async Task<Results<Created<ScoredEvaluation>, Ok<ScoredEvaluation>, ProblemHttpResult>> RecordAsync(
        string id, HttpRequest request, CurrentCaller caller)
    {
        var access = request.HttpContext.Contract();

        var body = await JsonBody.ReadAsync(request);
        if (body is null) return Problems.Invalid("$", "an evaluation object is required");
        var evaluationId = body.Text("id", required: true, max: 64);
        if (evaluationId is not null && !EvaluationId().IsMatch(evaluationId)) body.Errors.Add(new("id", "must be 1–64 letters, digits or . _ -"));
        var period = body.Text("period", required: true, max: 7);
        var evaluatedAt = body.Instant("evaluatedAt");
        var scores = body.Numbers("scores");
        var note = body.Text("note", required: false, max: 2000);
        if (body.Errors.Count > 0) return Problems.Invalid(body.Errors);

        var fact = new EvaluationRecorded
        {
            Id = Scorecards.FactPrefix + evaluationId, OccurredAt = evaluatedAt!.Value, Month = period!, ObligationId = "",
            Scores = scores!.ToImmutableSortedDictionary(StringComparer.Ordinal), Note = note,
        };
        var result = await access.Grain.ExecuteAsync(new RecordEvaluation(fact, FactPermissions.ReporterOf(caller)));
        if (result.Outcome == CommandOutcome.NotFound) return NoScorecard(id);
        if (result.Outcome is not (CommandOutcome.Recorded or CommandOutcome.Duplicate)) return CommandProblems.Of(result, id);
        var scored = (await access.Grain.GetEvaluationsAsync()).Evaluations.First(e => Scorecards.FactPrefix + e.Id == result.Subject!.Id);
        return result.Outcome == CommandOutcome.Recorded ? TypedResults.Created($"/api/contracts/{id}/evaluations", scored) : TypedResults.Ok(scored);
    }

    public static async Task<Results<Ok<ScoredEvaluation[]>, ProblemHttpResult>> ListAsync(
        string id, string? limit, string? cursor, HttpContext http)
    {
        if (PageRequest.TryRead(limit, cursor, out var problem) is not { } page) return Problems.Invalid(problem.Path, problem.Message);
        var records = await http.Contract().Grain.GetEvaluationsAsync();
        if (records is not { ContractExists: true }) return Problems.Missing("contract", id);
        if (records.Template is null) return NoScorecard(id);
        return TypedResults.Ok(page.Apply(records.Evaluations, e => e.Period, http));
    }

    private static ProblemHttpResult NoScorecard(string contractId) => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound,
        title: "未找到 / Not found", detail: $"Contract '{contractId}' has no scorecard: it is not evaluated against one.", type: ScorecardNotFound);
}
