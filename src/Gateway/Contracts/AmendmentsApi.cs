using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using VendorGrid.Domain.Contracts.Ledger;
using VendorGrid.Gateway.Api;
using VendorGrid.Gateway.Tenancy;
using VendorGrid.Grains;

namespace VendorGrid.Gateway.Contracts;

/// <summary>What POST /amendments answers: the new version's number and where it stands.</summary>
public sealed record AmendmentProposal(int Version, string Title, DateOnly EffectiveFrom, VersionStatus Status);

/// <summary>A reject's body: the reason, required.</summary>
public sealed record AmendmentAnswerRequest(string? Reason);

/// <summary>What /versions/{a}/diff/{b} answers: each member that differs between the two versions.</summary>
public sealed record VersionDiff(int From, int To, DefinitionChange[] Changes);

/// <summary>
/// Supplemental agreements (补充协议, issue 18 §3): either party proposes the whole definition as amended from an effective
/// date, the other accepts (in force from that date; amounts already posted get adjustments) or rejects with a reason.
/// Every version reads back; two versions compare member by member.
/// </summary>
public static class AmendmentsApi
{
    public const string VersionNotFound = "urn:vendorgrid:problem:version-not-found";
    private const string Answerers = "institution-admin or the contract's vendor: the party that did not propose it (not institution-staff, not platform-admin)";

    public static RouteGroupBuilder MapAmendments(this RouteGroupBuilder contract)
    {
        contract.MapPost("/amendments", ProposeAsync).WithName("ProposeAmendment").RequireAuthorization(RolePolicies.Decider)
            .Produces<AmendmentProposal>(StatusCodes.Status201Created)
            .Documented("Propose an amendment `{ effectiveFrom: yyyy-MM-dd, title, definition }`: the whole definition as amended (same id and parties), " +
                "in force from effectiveFrom (Asia/Shanghai) once the other party accepts; answers its version number (status proposed)",
                "institution-admin or the contract's vendor (not institution-staff, not platform-admin)",
                $"{EndpointDocs.NotFound}; {EndpointDocs.Invalid} (title; effectiveFrom before the contract's start, outside the amended term, before the " +
                $"version in force, or while another amendment awaits its answer; definition.* as for a new contract, definition.id, " +
                $"definition.institution.id, definition.vendor.id changed; definition unchanged); {EndpointDocs.Posted}")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        contract.MapPost("/amendments/{version}/accept", (string version, HttpContext http, CurrentCaller caller) => AnswerAsync(version, true, null, http, caller))
            .WithName("AcceptAmendment").RequireAuthorization(RolePolicies.Decider).Produces<VersionItem>()
            .Documented("Accept a proposed amendment: it governs from its effective date; amounts already posted that it changes get adjustments, " +
                "caused by the acceptance and confirmed like any entry", Answerers,
                $"{EndpointDocs.NotFound}; 404 ({VersionNotFound}); 409 when already answered; {EndpointDocs.Invalid} (party: the proposing side); {EndpointDocs.Posted}")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        contract.MapPost("/amendments/{version}/reject", (string version, AmendmentAnswerRequest? body, HttpContext http, CurrentCaller caller) =>
                AnswerAsync(version, false, body?.Reason, http, caller))
            .WithName("RejectAmendment").RequireAuthorization(RolePolicies.Decider).Produces<VersionItem>()
            .Documented("Reject a proposed amendment `{ reason }`: nothing changes", Answerers,
                $"{EndpointDocs.NotFound}; 404 ({VersionNotFound}); 409 when already answered; {EndpointDocs.Invalid} (party; reason); {EndpointDocs.Posted}")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        contract.MapGet("/versions", ListAsync).WithName("ListContractVersions").Produces<VersionItem[]>()
            .Documented("Every version: 1 as created, then each amendment with title, effectiveFrom, status (proposed, in-force, rejected), " +
                $"proposedBy/At and decidedBy/At (and the rejection's reason); {EndpointDocs.Paged}", EndpointDocs.Readers,
                $"{EndpointDocs.NotFound}; {EndpointDocs.Invalid} (limit, cursor)");
        contract.MapGet("/versions/{version}", ReadAsync).WithName("GetContractVersion")
            .Documented("One version's definition (JSON, docs/contract-format.md); a vendor gets the signed members only", EndpointDocs.Readers,
                $"{EndpointDocs.NotFound}; 404 ({VersionNotFound})");
        contract.MapGet("/versions/{from}/diff/{to}", DiffAsync).WithName("DiffContractVersions").Produces<VersionDiff>()
            .Documented("What differs from one version to another: each member's path (array items by id) with its JSON before and after",
                EndpointDocs.Readers, $"{EndpointDocs.NotFound}; 404 ({VersionNotFound})");
        return contract;
    }

    public static async Task<Results<Created<AmendmentProposal>, Ok<AmendmentProposal>, ProblemHttpResult>> ProposeAsync(
        string id, HttpRequest request, CurrentCaller caller)
    {
        var access = request.HttpContext.Contract();
        var body = await JsonBody.ReadAsync(request);
        if (body is null) return Problems.Invalid("$", "an amendment object { effectiveFrom, title, definition } is required");
        var effectiveFrom = Date(body, "effectiveFrom");
        var title = body.Text("title", required: true, max: 200);
        string? definition = null;
        if (!body.Root.TryGetProperty("definition", out var member) || member.ValueKind == JsonValueKind.Null)
            body.Errors.Add(new("definition", "is required: the whole definition as amended"));
        else if (member.ValueKind != JsonValueKind.Object) body.Errors.Add(new("definition", "must be a contract definition object"));
        else definition = member.GetRawText();
        if (body.Errors.Count > 0) return Problems.Invalid(body.Errors);

        var result = await access.Grain.ExecuteAsync(new ProposeAmendment(effectiveFrom, title, definition, ContractFactsApi.RequestId(request.HttpContext),
            FactPermissions.ReporterOf(caller)));
        if (result.Outcome is not (CommandOutcome.Recorded or CommandOutcome.Duplicate)) return CommandProblems.Of(result, access.Id);
        var proposed = (AmendmentProposed)result.Subject!;
        var answer = new AmendmentProposal(proposed.Version, proposed.Title, proposed.EffectiveFrom, VersionStatus.Proposed);
        return result.Outcome == CommandOutcome.Recorded
            ? TypedResults.Created($"/api/contracts/{id}/versions/{proposed.Version}", answer)
            : TypedResults.Ok(answer);
    }

    public static async Task<Results<Ok<VersionItem>, ProblemHttpResult>> AnswerAsync(
        string version, bool accept, string? reason, HttpContext http, CurrentCaller caller)
    {
        var access = http.Contract();
        if (!int.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var number)) return Missing(version);
        var result = await access.Grain.ExecuteAsync(new AnswerAmendment(number, accept, reason, ContractFactsApi.RequestId(http), FactPermissions.ReporterOf(caller)));
        if (result.Outcome == CommandOutcome.NotFound) return Missing(version, result.Message);
        if (result.Outcome is not (CommandOutcome.Recorded or CommandOutcome.Duplicate)) return CommandProblems.Of(result, access.Id);
        // The lists show each contract as it reads today from the indexes: they learn the new version here (again on a repeat).
        if (accept) await http.RequestServices.GetRequiredService<IGrainFactory>().GetGrain<IInstitutionGrain>(access.InstitutionId).RefreshContractAsync(access.Id);
        var versions = await VersionsAsync(access);
        return TypedResults.Ok(versions!.First(v => v.Version == number));
    }

    public static async Task<Results<Ok<VersionItem[]>, ProblemHttpResult>> ListAsync(string id, string? limit, string? cursor, HttpContext http)
    {
        if (PageRequest.TryRead(limit, cursor, out var problem) is not { } page) return Problems.Invalid(problem.Path, problem.Message);
        return await VersionsAsync(http.Contract()) is { } versions
            ? TypedResults.Ok(page.Apply(versions, v => v.Version.ToString("D6", CultureInfo.InvariantCulture), http))
            : Problems.Missing("contract", id);
    }

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> ReadAsync(string id, string version, HttpContext http, CurrentCaller caller)
    {
        if (await DefinitionAsync(http.Contract(), version, caller) is not { } json)
            return await http.Contract().Grain.GetSummaryAsync() is null ? Problems.Missing("contract", id) : Missing(version);
        return TypedResults.Text(json, "application/json");
    }

    public static async Task<Results<Ok<VersionDiff>, ProblemHttpResult>> DiffAsync(string id, string from, string to, HttpContext http, CurrentCaller caller)
    {
        var access = http.Contract();
        var before = await DefinitionAsync(access, from, caller);
        var after = await DefinitionAsync(access, to, caller);
        if (before is null || after is null)
            return await access.Grain.GetSummaryAsync() is null ? Problems.Missing("contract", id) : Missing(before is null ? from : to);
        using var a = JsonDocument.Parse(before, Options);
        using var b = JsonDocument.Parse(after, Options);
        return TypedResults.Ok(new VersionDiff(int.Parse(from, CultureInfo.InvariantCulture), int.Parse(to, CultureInfo.InvariantCulture),
            [.. ContractVersions.Diff(a.RootElement, b.RootElement)]));
    }

    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>The version's definition as the caller may see it (a vendor: the signed members only); null when there is no such version.</summary>
    private static async Task<string?> DefinitionAsync(ContractAccess access, string version, CurrentCaller caller)
    {
        if (!int.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var number)) return null;
        var json = await access.Grain.GetVersionDefinitionAsync(number);
        return json is null ? null : caller.IsVendor ? VendorDefinitionView.Project(json) : json;
    }

    private static async Task<VersionItem[]?> VersionsAsync(ContractAccess access)
    {
        var json = await access.Grain.GetViewJsonAsync(ContractView.Versions, null);
        return json is null ? null : JsonSerializer.Deserialize<VersionItem[]>(json, Grains.Json.ApiJson.Options);
    }

    /// <summary>A date (yyyy-MM-dd, Asia/Shanghai): a required member.</summary>
    private static DateOnly? Date(JsonBody body, string member)
    {
        var text = body.Text(member, required: true, max: 10);
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        body.Errors.Add(new(member, "must be a date yyyy-MM-dd (Asia/Shanghai), e.g. 2026-07-01"));
        return null;
    }

    private static ProblemHttpResult Missing(string version, string? detail = null) => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound,
        title: "未找到 / Not found", detail: detail ?? $"No version '{version}' of this contract is visible to you.", type: VersionNotFound);
}
