using System.Collections.Immutable;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Gateway.Api;
using VendorGrid.Gateway.Tenancy;
using VendorGrid.Grains;

namespace VendorGrid.Gateway.Contracts;

/// <summary>A ledger decision's body: a reason (waive, dispute, reverse) and, for a discretionary range, the amount.</summary>
public sealed record DecisionRequest(decimal? Amount, string? Reason);

/// <summary>
/// What a contract owes and is owed as of any instant: obligations, the penalty ledger with its decisions,
/// and payments net of confirmed penalties.
/// </summary>
public static class ContractLedgerApi
{
    public static RouteGroupBuilder MapContractLedger(this RouteGroupBuilder contracts)
    {
        contracts.MapGet("/{id}/obligations", ObligationsAsync).WithName("ListObligations").Produces<ImmutableArray<ObligationInstance>>()
            .Documented($"Obligation instances as of an instant, earliest due first ({EndpointDocs.Paged})", EndpointDocs.Readers, $"{EndpointDocs.NotFound}; {EndpointDocs.Invalid} (asOf, limit, cursor)");
        contracts.MapGet("/{id}/ledger", LedgerAsync).WithName("GetLedger").Produces<LedgerView>()
            .Documented("Penalty ledger, totals and termination rights as of an instant", EndpointDocs.Readers, $"{EndpointDocs.NotFound}; {EndpointDocs.Invalid} (asOf)");
        contracts.MapGet("/{id}/payments", PaymentsAsync).WithName("ListPayments").Produces<ImmutableArray<PaymentView>>()
            .Documented($"Payment schedule with deductions as of an instant ({EndpointDocs.Paged})", EndpointDocs.Readers, $"{EndpointDocs.NotFound}; {EndpointDocs.Invalid} (asOf, limit, cursor)");
        contracts.MapGet("/{id}/evaluation", EvaluationAsync).WithName("EvaluateContract").Produces<ContractEvaluation>()
            .Documented("Everything at once as of an instant, with C5 usage billing and C3's change budget", EndpointDocs.Readers, $"{EndpointDocs.NotFound}; {EndpointDocs.Invalid} (asOf)");
        foreach (var action in Enum.GetValues<LedgerAction>())
            contracts.MapPost($"/{{id}}/ledger/{{entryId}}/{action.ToString().ToLowerInvariant()}",
                    (string id, string entryId, [FromBody] DecisionRequest? body, HttpRequest request, CurrentCaller caller, IGrainFactory grains) =>
                        DecideAsync(id, entryId, action, body, request, caller, grains))
                .WithName($"{action}LedgerEntry")
                .Documented(action == LedgerAction.Dispute ? "Dispute a proposed entry inside the claim window" : $"{action} a ledger entry (Idempotency-Key honoured)",
                    action == LedgerAction.Dispute ? "vendor (its own contracts)" : "institution-admin (not institution-staff, not platform-admin)",
                    $"{EndpointDocs.NotFound}, or ledger-entry-not-found; 409 (urn:vendorgrid:problem:claim-window-closed, …:conflict); {EndpointDocs.Invalid}; {EndpointDocs.Posted}");
        return contracts;
    }

    public static Task<Results<FileContentHttpResult, ProblemHttpResult>> ObligationsAsync(
        string id, string? asOf, string? limit, string? cursor, HttpContext http, CurrentCaller caller, IGrainFactory grains, ContractViewCache views) =>
        ListViewAsync(id, asOf, limit, cursor, http, caller, grains, views, ContractView.Obligations);

    public static Task<Results<FileContentHttpResult, ProblemHttpResult>> LedgerAsync(
        string id, string? asOf, CurrentCaller caller, IGrainFactory grains, ContractViewCache views) => ViewAsync(id, asOf, caller, grains, views, ContractView.Ledger);

    public static Task<Results<FileContentHttpResult, ProblemHttpResult>> PaymentsAsync(
        string id, string? asOf, string? limit, string? cursor, HttpContext http, CurrentCaller caller, IGrainFactory grains, ContractViewCache views) =>
        ListViewAsync(id, asOf, limit, cursor, http, caller, grains, views, ContractView.Payments);

    public static Task<Results<FileContentHttpResult, ProblemHttpResult>> EvaluationAsync(
        string id, string? asOf, CurrentCaller caller, IGrainFactory grains, ContractViewCache views) => ViewAsync(id, asOf, caller, grains, views, ContractView.Evaluation);

    /// <summary>
    /// The grain renders the view's JSON (cached per instant); the gateway passes the bytes through, fetching them
    /// only when they changed since its last read of that view (<see cref="ContractViewCache"/>).
    /// </summary>
    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ViewAsync(
        string id, string? asOf, CurrentCaller caller, IGrainFactory grains, ContractViewCache views, ContractView view)
    {
        if (!AsOfQuery.TryRead(asOf, out var instant)) return Problems.Invalid("asOf", AsOfQuery.Problem);
        var grain = await ContractAccess.GrainAsync(caller, id, grains);
        var json = grain is null ? null : await views.ReadAsync(grain, view, instant);
        return json is null ? Problems.Missing("contract", id) : TypedResults.Bytes(json, "application/json");
    }

    /// <summary>
    /// A list view, one page at a time: cut out of the bytes <see cref="ContractViewCache"/> holds (and kept there per
    /// version and page), so paging adds no serialization to the hot path.
    /// </summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ListViewAsync(
        string id, string? asOf, string? limit, string? cursor, HttpContext http, CurrentCaller caller, IGrainFactory grains,
        ContractViewCache views, ContractView view, Func<JsonArrayPages, IReadOnlyList<int>>? select = null)
    {
        if (!AsOfQuery.TryRead(asOf, out var instant)) return Problems.Invalid("asOf", AsOfQuery.Problem);
        if (PageRequest.TryRead(limit, cursor, out var problem) is not { } request) return Problems.Invalid(problem.Path, problem.Message);
        var grain = await ContractAccess.GrainAsync(caller, id, grains);
        if (grain is null) return Problems.Missing("contract", id);
        var (page, badCursor) = await views.ReadPageAsync(grain, view, instant, request, select);
        if (badCursor) return Problems.Invalid("cursor", "is not a cursor this API returned");
        if (page is null) return Problems.Missing("contract", id);
        if (page.Next is { } next) request.Link(http, next);
        return TypedResults.Bytes(page.Json, "application/json");
    }

    public static async Task<Results<Ok<ContractFact>, ProblemHttpResult>> DecideAsync(
        string id, string entryId, LedgerAction action, DecisionRequest? body, HttpRequest request, CurrentCaller caller, IGrainFactory grains)
    {
        var allowed = action == LedgerAction.Dispute ? caller.IsVendor : caller.Role == CallerRoles.InstitutionAdmin;
        if (!allowed)
            return Problems.Refused(action == LedgerAction.Dispute
                ? "Only the vendor disputes a ledger entry."
                : "Only the institution's administrators confirm, waive or reverse ledger entries.");
        var access = await ContractAccess.FindAsync(caller, id, grains);
        if (access is null) return Problems.Missing("contract", id);
        AuditTrail.FileUnder(request.HttpContext, access.Summary.Institution.Id);

        var requestId = request.Headers["Idempotency-Key"].FirstOrDefault() is { Length: > 0 and <= 100 } key ? key : Guid.NewGuid().ToString("N");
        var result = await access.Grain.DecideAsync(action, entryId, $"{caller.Name}:{requestId}", body?.Amount, body?.Reason, caller.Name);
        return result switch
        {
            { Outcome: RecordOutcome.Recorded or RecordOutcome.Duplicate } => TypedResults.Ok(result.Fact),
            { Outcome: RecordOutcome.NoSuchContract } or { Refusal: DecisionRefusal.UnknownEntry } => Problems.Missing("ledger entry", entryId),
            { Refusal: DecisionRefusal.WindowClosed } => Problems.InConflict(result.Message!, Problems.ClaimWindowClosed),
            { Refusal: DecisionRefusal.WrongState } => Problems.InConflict(result.Message!),
            _ => Problems.Invalid(result.Field ?? "body", result.Message ?? "invalid decision"),
        };
    }
}
