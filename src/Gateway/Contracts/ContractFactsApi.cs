using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Domain.Contracts.Ledger;
using VendorGrid.Domain.Validation;
using VendorGrid.Gateway.Api;
using VendorGrid.Gateway.Hosting;
using VendorGrid.Gateway.Tenancy;
using VendorGrid.Grains;

namespace VendorGrid.Gateway.Contracts;

/// <summary>A fact's answer: a reason is required to dispute.</summary>
public sealed record FactAnswerRequest(string? Reason);

/// <summary>
/// /api/contracts/{id}/events: facts, one or a batch (all or none), each recorded once (a repeat with the same id returns
/// the first recording); the list with each fact's standing; the counterparty's acknowledgment or dispute.
/// </summary>
public static class ContractFactsApi
{
    public const int MaxBatch = 5000;

    public static RouteGroupBuilder MapContractFacts(this RouteGroupBuilder contract)
    {
        contract.MapPost("/events", RecordAsync).WithName("RecordContractEvent").RequireAuthorization(RolePolicies.Party)
            .WithMetadata(ContractScope.GrainAnswersMissing.Instance)
            .AllowsMembers("role").GuardsMembers("recordedAt", "reporter", "recordedBy", "reportedBy")
            .Accepts<ContractFact>("application/json").Produces<ContractFact>(StatusCodes.Status201Created)
            .Documented("Record a fact (one schema per `type`; `id` optional, derived from the Idempotency-Key or generated when absent; " +
                "ids in the platform's namespaces — acceptance, incident:, evaluation:, vacancy:, decision:, … — are refused). A fact a party " +
                "reports about its own performance stays `reported` until the other side acknowledges it or its window passes",
                "by kind (docs/LEDGER.md): institution-staff what it observes; institution-admin also accepted, terminated, staff-assigned, " +
                "staff-change-approved, obligation-waived, supplemental-agreement; vendor obligation-met, milestone, payment-reminder-sent, staff facts, " +
                "its incident steps; not platform-admin",
                $"{EndpointDocs.NotFound}; {EndpointDocs.Invalid} (a member the kind lacks, an unknown obligation, a future occurredAt, a reserved id); " +
                $"409 (urn:vendorgrid:problem:conflict) for a staff change without the notice and consent it needs; {EndpointDocs.Posted}")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        contract.MapPost("/events:batch", RecordBatchAsync).WithName("RecordContractEvents").RequireAuthorization(RolePolicies.Party)
            .WithMetadata(ContractScope.GrainAnswersMissing.Instance)
            .Documented($"Record up to {MaxBatch} facts `{{ facts: [...] }}` at once, all or none (e.g. a month's attendance roster)",
                "as POST /events, for every fact", $"{EndpointDocs.NotFound}; {EndpointDocs.Invalid} (`facts[i].member`); 403 when any fact's kind is not the caller's")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        contract.MapGet("/events", ListAsync).WithName("ListContractEvents").Produces<FactsWithEvidence.FactRecord[]>()
            .Documented($"Facts in recording order with their standing (`status`: in-force, reported, acknowledged, deemed, disputed; `lateReported`) " +
                $"and their `evidence` (the files attached, POST /events/{{factId}}/evidence) " +
                $"as of an instant and as known at another ({EndpointDocs.Paged})", EndpointDocs.Readers,
                $"{EndpointDocs.NotFound}; {EndpointDocs.Invalid} (asOf, knownAt, limit, cursor)");
        foreach (var answer in Enum.GetValues<FactAnswer>())
        {
            var verb = answer == FactAnswer.Acknowledged ? "acknowledge" : "dispute";
            contract.MapPost($"/events/{{factId}}/{verb}", (string factId, FactAnswerRequest? body, HttpContext http, CurrentCaller caller) =>
                    AnswerAsync(factId, answer, body, http, caller))
                .WithName(answer == FactAnswer.Acknowledged ? "AcknowledgeContractEvent" : "DisputeContractEvent").RequireAuthorization(RolePolicies.Party)
                .WithMetadata(ContractScope.GrainAnswersMissing.Instance)
                .Documented($"{(answer == FactAnswer.Acknowledged ? "Acknowledge" : "Dispute (`{ reason }` required)")} a fact the other side reported about its own performance",
                    "the counterparty of the reporter: institution-admin, institution-staff for the vendor's facts; vendor for the institution's",
                    $"{EndpointDocs.NotFound}; {EndpointDocs.Invalid} (factId: your own side's fact or one needing no answer; reason); 409 when already answered; {EndpointDocs.Posted}")
                .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        }
        return contract;
    }

    public static async Task<Results<Created<ContractFact>, Ok<ContractFact>, ProblemHttpResult>> RecordAsync(
        string id, HttpRequest request, CurrentCaller caller, SiloFailover failover)
    {
        var node = await ReadAsync(request);
        if (node is not JsonObject fact) return Problems.Invalid("$", "a fact object is required");
        if (ClientId(fact) is { } refusedId) return Problems.Invalid([refusedId]);
        fact.TryAdd("id", GeneratedId(request));
        var parsed = ContractJson.ReadFact(fact, "");
        if (!parsed.IsValid) return Problems.Invalid(parsed.Errors);
        if (FactPermissions.Refusal(caller, parsed.Value) is { } refused) return Problems.Refused(refused);
        var result = await failover.IdempotentAsync(() => request.HttpContext.Contract().Grain.ExecuteAsync(
            new RecordFacts([parsed.Value], FactPermissions.ReporterOf(caller))), request.HttpContext.RequestAborted);
        return result.Outcome switch
        {
            CommandOutcome.Recorded => TypedResults.Created($"/api/contracts/{id}/events/{parsed.Value.Id}", (ContractFact)result.Subject!),
            CommandOutcome.Duplicate => TypedResults.Ok((ContractFact)result.Subject!),
            _ => CommandProblems.Of(result, id),
        };
    }

    public static async Task<Results<Created<FactBatchResult>, Ok<FactBatchResult>, ProblemHttpResult>> RecordBatchAsync(
        string id, HttpRequest request, CurrentCaller caller, SiloFailover failover)
    {
        if (await ReadAsync(request) is not JsonObject { } body || body["facts"] is not JsonArray items)
            return Problems.Invalid("facts", "an array of facts is required");
        if (items.Count is 0 or > MaxBatch) return Problems.Invalid("facts", $"must hold 1–{MaxBatch} facts");
        var facts = ImmutableArray.CreateBuilder<ContractFact>(items.Count);
        var errors = new List<FieldError>();
        var generated = GeneratedId(request);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is JsonObject item)
            {
                if (ClientId(item) is { } refusedId) { errors.Add(refusedId with { Path = $"facts[{i}].id" }); continue; }
                item.TryAdd("id", $"{generated}:{i}");
            }
            var parsed = ContractJson.ReadFact(items[i], $"facts[{i}].");
            if (!parsed.IsValid) { errors.AddRange(parsed.Errors); continue; }
            if (FactPermissions.Refusal(caller, parsed.Value) is { } refused) return Problems.Refused($"facts[{i}]: {refused}");
            facts.Add(parsed.Value);
        }
        if (errors.Count > 0) return Problems.Invalid(errors);
        var result = await failover.IdempotentAsync(() => request.HttpContext.Contract().Grain.ExecuteAsync(
            new RecordFacts(facts.ToImmutable(), FactPermissions.ReporterOf(caller))), request.HttpContext.RequestAborted);
        var answer = new FactBatchResult(facts.Count, [.. facts.Select(f => f.Id)]);
        return result.Outcome switch
        {
            CommandOutcome.Recorded => TypedResults.Created($"/api/contracts/{id}/events", answer),
            CommandOutcome.Duplicate => TypedResults.Ok(answer),
            _ => CommandProblems.Of(result, id),
        };
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ListAsync(
        string id, string? asOf, string? knownAt, string? limit, string? cursor, HttpContext http, ContractViewCache views, EvidenceStore evidence)
    {
        var list = await ContractLedgerApi.ListViewAsync(id, asOf, knownAt, limit, cursor, http, views, ContractView.Facts);
        if (list.Result is not FileContentHttpResult page) return list;
        return TypedResults.Bytes(await EvidenceApi.WithEvidenceAsync(page.FileContents.ToArray(), http.Contract().GrainKey, evidence, http.RequestAborted),
            "application/json");
    }

    public static async Task<Results<Ok<FactAnswered>, ProblemHttpResult>> AnswerAsync(
        string factId, FactAnswer answer, FactAnswerRequest? body, HttpContext http, CurrentCaller caller)
    {
        var access = http.Contract();
        var result = await access.Grain.ExecuteAsync(new AnswerFact(factId, answer, body?.Reason, RequestId(http), FactPermissions.ReporterOf(caller)));
        return result.Outcome is CommandOutcome.Recorded or CommandOutcome.Duplicate
            ? TypedResults.Ok((FactAnswered)result.Subject!)
            : CommandProblems.Of(result, access.Id, "fact", factId);
    }

    /// <summary>The Idempotency-Key names a request; without one, a fresh id.</summary>
    public static string RequestId(HttpContext http) =>
        http.Request.Headers["Idempotency-Key"].FirstOrDefault() is { Length: > 0 and <= 100 } key ? key : Guid.NewGuid().ToString("N");

    private static string GeneratedId(HttpRequest request) => $"{FactIds.Generated}{RequestId(request.HttpContext)}";

    /// <summary>An id the client may not give: one in the platform's namespaces (issue 15, item 7).</summary>
    private static FieldError? ClientId(JsonObject fact) =>
        fact["id"] is JsonValue value && value.TryGetValue<string>(out var id) && FactIds.IsReservedForClients(id)
            ? new FieldError("id", "is in a namespace the platform reserves for the ids it gives (acceptance, incident:, evaluation:, vacancy:, decision:, fact:, …); choose another or leave it out")
            : null;

    private static async Task<JsonNode?> ReadAsync(HttpRequest request)
    {
        try
        {
            return await JsonNode.ParseAsync(request.Body, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true });
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>What GET /events answers, for OpenAPI: the grain renders the records, the gateway adds each one's evidence.</summary>
public static class FactsWithEvidence
{
    /// <summary>
    /// A fact as GET /events lists it: the Domain's <see cref="VendorGrid.Domain.Contracts.Ledger.FactRecord"/> and the
    /// files attached to it. Named like it, so the API's schema keeps its name (FactRecord) and only gains a member.
    /// </summary>
    public sealed record FactRecord(ContractFact Fact, FactStatus Status, bool LateReported, DateTimeOffset? DeemedAt, FactAnswered? Answer,
        ImmutableArray<EvidenceView> Evidence);
}

/// <summary>A batch recorded (201) or already recorded (200): how many facts, and their ids in the order sent.</summary>
public sealed record FactBatchResult(int Recorded, ImmutableArray<string> Ids);
