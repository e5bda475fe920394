using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Domain.Contracts.Ledger;
using VendorGrid.Domain.Validation;
using VendorGrid.Gateway.Api;
using VendorGrid.Gateway.Tenancy;
using VendorGrid.Grains;

namespace VendorGrid.Gateway.Contracts;

/// <summary>
/// Incidents and their SLA clocks (issue 6). An incident is stored as contract facts — <c>incident-opened</c> with id
/// <c>incident:{incidentId}</c> and one <c>incident-event</c> per step, id <c>incident:{incidentId}:{type}</c> — so the
/// engine derives its clocks and the ledger its missed-clock occurrences like any other fact. Each step happens once:
/// the same body again is a 200, another time for the same step a 409.
/// </summary>
public static partial class IncidentsApi
{
    public const string IncidentNotFound = "urn:vendorgrid:problem:incident-not-found";
    private static readonly string[] Severities = ["normal", "major", "emergency"];

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    private static partial Regex IncidentId();

    public static RouteGroupBuilder MapIncidents(this RouteGroupBuilder contract)
    {
        const string clockErrors = "404 (urn:vendorgrid:problem:incident-not-found) for an incident this contract does not have";
        contract.MapPost("/incidents", OpenAsync).WithName("OpenIncident").RequireAuthorization(RolePolicies.Institution)
            .Documented("Open an incident `{ id, openedAt, severity: normal|major|emergency, campus?, summary }`; the same body again is a 200, " +
                "another body under the same id a 409 (urn:vendorgrid:problem:conflict)",
                "institution-admin, institution-staff (not vendor, not platform-admin)", $"{EndpointDocs.NotFound}; {EndpointDocs.Invalid}; {EndpointDocs.Posted}")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        contract.MapPost("/incidents/{incidentId}/events", RecordStepAsync).WithName("RecordIncidentEvent").RequireAuthorization(RolePolicies.Party)
            .Documented("Record a step of an incident `{ type: responded|escalated-onsite|onsite|restored|closed (or a step the contract's clocks name), at }`; " +
                "each step once: the same body again is a 200, another time a 409",
                "institution-admin, institution-staff any step; vendor responded, onsite, restored, remote-support, emergency-plan-started; not platform-admin",
                $"{EndpointDocs.NotFound}; {clockErrors}; {EndpointDocs.Invalid} (`type` for a step the contract does not know; `at` for a step " +
                "out of the legal order: before the opening, after the closing, a closing before a recorded step, or the step that stops a clock " +
                $"applying to the incident dated before the step that starts it, e.g. C2 off hours onsite before escalated-onsite); {EndpointDocs.Posted}")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        contract.MapGet("/incidents", ListAsync).WithName("ListIncidents").Produces<IncidentView[]>()
            .Documented("Incidents by id with their steps and clocks as of an instant (paged: ?limit=&cursor=, next page in the Link header)",
                EndpointDocs.Readers, $"{EndpointDocs.NotFound}; {EndpointDocs.Invalid} (asOf, limit, cursor)");
        contract.MapGet("/incidents/{incidentId}", GetAsync).WithName("GetIncident").Produces<IncidentView>()
            .Documented("One incident: its steps and clocks `[{ name, dueAt, metAt, status }]` as of an instant", EndpointDocs.Readers,
                $"{EndpointDocs.NotFound}; {clockErrors}; {EndpointDocs.Invalid} (asOf)");
        return contract;
    }

    public static async Task<Results<Created<IncidentView>, Ok<IncidentView>, ProblemHttpResult>> OpenAsync(
        string id, HttpRequest request, CurrentCaller caller)
    {
        var access = request.HttpContext.Contract();

        var body = await ReadAsync(request);
        if (body is null) return Problems.Invalid("$", "an incident object is required");
        var errors = new List<FieldError>();
        var incidentId = Text(body.Value, "id", errors, required: true, max: 64);
        if (incidentId is not null && !IncidentId().IsMatch(incidentId)) errors.Add(new("id", "must be 1–64 letters, digits or . _ -"));
        var openedAt = Instant(body.Value, "openedAt", errors);
        var severity = Text(body.Value, "severity", errors, required: true, max: 20);
        if (severity is not null && !Severities.Contains(severity)) errors.Add(new("severity", "must be normal, major or emergency"));
        var campus = Text(body.Value, "campus", errors, required: false, max: 100);
        var summary = Text(body.Value, "summary", errors, required: true, max: 2000);
        if (errors.Count > 0) return Problems.Invalid(errors);

        var fact = new IncidentOpened
        {
            Id = FactIds.Incident + incidentId, OccurredAt = openedAt!.Value, IncidentId = incidentId!, Severity = severity!, Campus = campus, Summary = summary,
        };
        var result = await access.Grain.ExecuteAsync(new RecordFacts([fact], FactPermissions.ReporterOf(caller), PlatformIds: true));
        if (result.Outcome == CommandOutcome.Duplicate && !SameOpening((IncidentOpened)result.Subject!, fact))
            return Problems.InConflict($"Incident '{incidentId}' was already opened with another body; an incident is opened once.");
        return await AnswerAsync(result, access.Grain, id, incidentId!, fact.Id);
    }

    public static async Task<Results<Created<IncidentView>, Ok<IncidentView>, ProblemHttpResult>> RecordStepAsync(
        string id, string incidentId, HttpRequest request, CurrentCaller caller)
    {
        var access = request.HttpContext.Contract();

        var body = await ReadAsync(request);
        if (body is null) return Problems.Invalid("$", "an event object is required");
        var errors = new List<FieldError>();
        var type = Text(body.Value, "type", errors, required: true, max: 64);
        var at = Instant(body.Value, "at", errors);
        if (errors.Count > 0) return Problems.Invalid(errors);
        if (!FactPermissions.MayRecordIncidentStep(caller, type))
            return Problems.Refused($"A vendor reports what it did (responded, onsite, restored, remote-support, emergency-plan-started), not '{type}'.");

        var incident = IncidentId().IsMatch(incidentId) ? await access.Grain.GetIncidentsAsync(incidentId, null, 1, null) : null;
        if (incident is null || incident.Opened.IsEmpty) return IncidentMissing(incidentId);
        if (at < incident.Opened[0].OccurredAt)
            return Problems.Invalid("at", $"must not be before the incident was opened ({incident.Opened[0].OccurredAt:yyyy-MM-dd'T'HH:mm:ssK})");

        var fact = new IncidentStepRecorded { Id = $"{FactIds.Incident}{incidentId}:{type}", OccurredAt = at!.Value, IncidentId = incidentId, Name = type! };
        var result = await access.Grain.ExecuteAsync(new RecordFacts([fact], FactPermissions.ReporterOf(caller), PlatformIds: true));
        if (result.Outcome == CommandOutcome.Duplicate && result.Subject is ContractFact first && first.OccurredAt != fact.OccurredAt)
            return Problems.InConflict($"Step '{type}' of incident '{incidentId}' was already recorded at {first.OccurredAt:yyyy-MM-dd'T'HH:mm:ssK}; each step is recorded once.");
        return await AnswerAsync(result, access.Grain, id, incidentId, fact.Id);
    }

    public static async Task<Results<Ok<IncidentView[]>, ProblemHttpResult>> ListAsync(
        string id, string? asOf, string? limit, string? cursor, HttpContext http)
    {
        if (!AsOfQuery.TryRead(asOf, out var instant)) return Problems.Invalid("asOf", AsOfQuery.Problem);
        if (PageRequest.TryRead(limit, cursor, out var problem) is not { } page) return Problems.Invalid(problem.Path, problem.Message);
        var records = await http.Contract().Grain.GetIncidentsAsync(null, page.After, page.Limit, instant);
        if (records is not { ContractExists: true }) return Problems.Missing("contract", id);
        if (records.More) page.Link(http, records.Opened[^1].IncidentId);
        return TypedResults.Ok(records.Opened.Select(o => IncidentViews.Build(o, records.Steps, records.Clocks)).ToArray());
    }

    public static async Task<Results<Ok<IncidentView>, ProblemHttpResult>> GetAsync(
        string id, string incidentId, string? asOf, HttpContext http)
    {
        if (!AsOfQuery.TryRead(asOf, out var instant)) return Problems.Invalid("asOf", AsOfQuery.Problem);
        var records = await http.Contract().Grain.GetIncidentsAsync(incidentId, null, 1, instant);
        if (records is not { ContractExists: true }) return Problems.Missing("contract", id);
        if (records.Opened.IsEmpty) return IncidentMissing(incidentId);
        return TypedResults.Ok(IncidentViews.Build(records.Opened[0], records.Steps, records.Clocks));
    }

    private static async Task<Results<Created<IncidentView>, Ok<IncidentView>, ProblemHttpResult>> AnswerAsync(
        CommandResult result, IContractGrain grain, string contractId, string incidentId, string factId)
    {
        if (result.Outcome == CommandOutcome.Rejected) return Problems.Invalid(result.Errors.Select(AsBodyPath));
        if (result.Outcome is not (CommandOutcome.Recorded or CommandOutcome.Duplicate)) return CommandProblems.Of(result, contractId);
        var records = await grain.GetIncidentsAsync(incidentId, null, 1, null);
        var view = IncidentViews.Build(records.Opened[0], records.Steps, records.Clocks);
        return result.Outcome == CommandOutcome.Recorded
            ? TypedResults.Created($"/api/contracts/{contractId}/incidents/{incidentId}", view)
            : TypedResults.Ok(view);
    }

    /// <summary>The engine names fact fields; the caller sent the incident API's members.</summary>
    private static FieldError AsBodyPath(FieldError e) => e.Path switch
    {
        "name" => e with { Path = "type" },
        "occurredAt" => e with { Path = "at" },
        "incidentId" => e with { Path = "id" },
        _ => e,
    };

    private static ProblemHttpResult IncidentMissing(string incidentId) => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound,
        title: "未找到 / Not found", detail: $"No incident '{incidentId}' in this contract.", type: IncidentNotFound);

    private static bool SameOpening(IncidentOpened stored, IncidentOpened again) =>
        stored.OccurredAt == again.OccurredAt && stored.Severity == again.Severity && stored.Campus == again.Campus && stored.Summary == again.Summary;

    private static async Task<JsonElement?> ReadAsync(HttpRequest request)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement body, string member, List<FieldError> errors, bool required, int max)
    {
        if (!body.TryGetProperty(member, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required) errors.Add(new(member, "is required"));
            return null;
        }
        if (value.ValueKind != JsonValueKind.String) { errors.Add(new(member, "must be a string")); return null; }
        var text = value.GetString()!;
        if (required && string.IsNullOrWhiteSpace(text)) { errors.Add(new(member, "must not be blank")); return null; }
        if (text.Length > max) { errors.Add(new(member, $"must be at most {max} characters")); return null; }
        return text;
    }

    /// <summary>An ISO 8601 instant that states its offset: a time without one would be guessed into a timezone.</summary>
    private static DateTimeOffset? Instant(JsonElement body, string member, List<FieldError> errors)
    {
        var text = Text(body, member, errors, required: true, max: 40);
        if (text is null) return null;
        var t = text.IndexOf('T');
        var hasOffset = t > 0 && (text.EndsWith('Z') || text.EndsWith('z') || text[(t + 1)..].IndexOfAny(['+', '-']) >= 0);
        if (hasOffset && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)) return instant;
        errors.Add(new(member, "must be an ISO 8601 instant with an offset, e.g. 2026-03-10T10:00:00+08:00"));
        return null;
    }
}
