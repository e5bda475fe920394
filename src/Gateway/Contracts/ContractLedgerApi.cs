using System.Collections.Immutable;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Ledger;
using VendorGrid.Gateway.Api;
using VendorGrid.Gateway.Tenancy;
using VendorGrid.Grains;

namespace VendorGrid.Gateway.Contracts;

/// <summary>A ledger decision's body: a reason (waive, dispute, reverse) and, for a discretionary range, the amount.</summary>
public sealed record DecisionRequest(decimal? Amount, string? Reason);

/// <summary>
/// What a contract owes and is owed, as of any instant and as known at any other: obligations, the posted penalty ledger
/// with its decisions, and payments net of confirmed penalties.
/// </summary>
public static class ContractLedgerApi
{
    private const string AsOfErrors = "asOf, knownAt";

    public static RouteGroupBuilder MapContractLedger(this RouteGroupBuilder contract)
    {
        contract.MapGet("/obligations", ObligationsAsync).WithName("ListObligations").Produces<ImmutableArray<ObligationInstance>>()
            .Documented($"Obligation instances as of an instant (as known at knownAt), earliest due first ({EndpointDocs.Paged})", EndpointDocs.Readers,
                $"{EndpointDocs.NotFound}; {EndpointDocs.Invalid} ({AsOfErrors}, limit, cursor)");
        contract.MapGet("/ledger", LedgerAsync).WithName("GetLedger").Produces<LedgerView>()
            .Documented("The posted penalty ledger as of an instant and as known at knownAt (default now): per entry its original amount, " +
                "adjustments and net, status and who confirms it; totals by status, gross and net; termination rights", EndpointDocs.Readers,
                $"{EndpointDocs.NotFound}; {EndpointDocs.Invalid} ({AsOfErrors})");
        contract.MapGet("/payments", PaymentsAsync).WithName("ListPayments").Produces<ImmutableArray<PaymentView>>()
            .Documented($"Payment schedule with deductions as of an instant ({EndpointDocs.Paged})", EndpointDocs.Readers,
                $"{EndpointDocs.NotFound}; {EndpointDocs.Invalid} ({AsOfErrors}, limit, cursor)");
        contract.MapGet("/evaluation", EvaluationAsync).WithName("EvaluateContract").Produces<ContractEvaluation>()
            .Documented("Everything at once as of an instant, with C5 usage billing and C3's change budget", EndpointDocs.Readers,
                $"{EndpointDocs.NotFound}; {EndpointDocs.Invalid} ({AsOfErrors})");
        foreach (var action in Enum.GetValues<LedgerAction>())
            contract.MapPost($"/ledger/{{entryId}}/{action.ToString().ToLowerInvariant()}",
                    (string entryId, [FromBody] DecisionRequest? body, HttpContext http, CurrentCaller caller) => DecideAsync(entryId, action, body, http, caller))
                .WithName($"{action}LedgerEntry").RequireAuthorization(RolePolicies.Decider)
                .Documented(Describe(action), "institution-admin or vendor, for the side the contract gives the decision (DOMAIN.md §2); not institution-staff, not platform-admin",
                    $"{EndpointDocs.NotFound}, or ledger-entry-not-found; 409 (urn:vendorgrid:problem:claim-window-closed, …:conflict); " +
                    $"{EndpointDocs.Invalid} (party: a side that does not take this decision; amount; reason); {EndpointDocs.Posted}")
                .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        return contract;
    }

    private static string Describe(LedgerAction action) => action switch
    {
        LedgerAction.Confirm => "Confirm an entry (an amount within a discretionary range): the confirming party of the contract and clause",
        LedgerAction.Waive => "Waive an entry `{ reason }`: only the party owed",
        LedgerAction.Dispute => "Dispute a proposed entry `{ reason }` inside its claim window: the paying side",
        LedgerAction.Reverse => "Reverse a confirmed entry `{ reason }` by a confirmed negative adjustment: only the party owed",
        _ => "Give claim notice (索赔通知) of an entry whose claim window counts from the notice (C1): the institution",
    };

    public static Task<Results<FileContentHttpResult, ProblemHttpResult>> ObligationsAsync(
        string id, string? asOf, string? knownAt, string? limit, string? cursor, HttpContext http, ContractViewCache views) =>
        ListViewAsync(id, asOf, knownAt, limit, cursor, http, views, ContractView.Obligations);

    public static Task<Results<FileContentHttpResult, ProblemHttpResult>> LedgerAsync(
        string id, string? asOf, string? knownAt, HttpContext http, ContractViewCache views) => ViewAsync(id, asOf, knownAt, http, views, ContractView.Ledger);

    public static Task<Results<FileContentHttpResult, ProblemHttpResult>> PaymentsAsync(
        string id, string? asOf, string? knownAt, string? limit, string? cursor, HttpContext http, ContractViewCache views) =>
        ListViewAsync(id, asOf, knownAt, limit, cursor, http, views, ContractView.Payments);

    public static Task<Results<FileContentHttpResult, ProblemHttpResult>> EvaluationAsync(
        string id, string? asOf, string? knownAt, HttpContext http, ContractViewCache views) => ViewAsync(id, asOf, knownAt, http, views, ContractView.Evaluation);

    /// <summary>
    /// The grain renders the view's JSON (cached per instant); the gateway passes the bytes through, fetching them
    /// only when they changed since its last read of that view (<see cref="ContractViewCache"/>).
    /// </summary>
    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ViewAsync(
        string id, string? asOf, string? knownAt, HttpContext http, ContractViewCache views, ContractView view)
    {
        if (Instants(asOf, knownAt) is not { } at) return Invalid(asOf);
        var json = await views.ReadAsync(http.Contract().Grain, view, at.AsOf, at.KnownAt);
        return json is null ? Problems.Missing("contract", id) : TypedResults.Bytes(json, "application/json");
    }

    /// <summary>
    /// A list view, one page at a time: cut out of the bytes <see cref="ContractViewCache"/> holds (and kept there per
    /// version and page), so paging adds no serialization to the hot path.
    /// </summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ListViewAsync(
        string id, string? asOf, string? knownAt, string? limit, string? cursor, HttpContext http,
        ContractViewCache views, ContractView view, Func<JsonArrayPages, IReadOnlyList<int>>? select = null)
    {
        if (Instants(asOf, knownAt) is not { } at) return Invalid(asOf);
        if (PageRequest.TryRead(limit, cursor, out var problem) is not { } request) return Problems.Invalid(problem.Path, problem.Message);
        var (page, badCursor) = await views.ReadPageAsync(http.Contract().Grain, view, at.AsOf, at.KnownAt, request, select);
        if (badCursor) return Problems.Invalid("cursor", "is not a cursor this API returned");
        if (page is null) return Problems.Missing("contract", id);
        if (page.Next is { } next) request.Link(http, next);
        return TypedResults.Bytes(page.Json, "application/json");
    }

    /// <summary>Both instants read as asOf is; null when either is malformed.</summary>
    public static (DateTimeOffset? AsOf, DateTimeOffset? KnownAt)? Instants(string? asOf, string? knownAt) =>
        AsOfQuery.TryRead(asOf, out var at) && AsOfQuery.TryRead(knownAt, out var known) ? (at, known) : null;

    private static ProblemHttpResult Invalid(string? asOf) => Problems.Invalid(AsOfQuery.TryRead(asOf, out _) ? "knownAt" : "asOf", AsOfQuery.Problem);

    public static async Task<Results<Ok<LedgerEntry>, ProblemHttpResult>> DecideAsync(
        string entryId, LedgerAction action, DecisionRequest? body, HttpContext http, CurrentCaller caller)
    {
        var access = http.Contract();
        var requestId = ContractFactsApi.RequestId(http);
        var result = await access.Grain.ExecuteAsync(new DecideEntry(entryId, action, body?.Amount, body?.Reason, requestId, FactPermissions.ReporterOf(caller)));
        if (result.Outcome is not (CommandOutcome.Recorded or CommandOutcome.Duplicate)) return CommandProblems.Of(result, access.Id, "ledger entry", entryId);
        var decided = (EntryDecided)result.Subject!;
        var ledger = await access.Grain.EvaluateAsync(null);
        var line = decided.EntryId.Contains(":adj-", StringComparison.Ordinal) ? decided.EntryId[..decided.EntryId.LastIndexOf(":adj-", StringComparison.Ordinal)] : decided.EntryId;
        return TypedResults.Ok(ledger!.Ledger.First(e => e.Id == line));
    }
}
