using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Domain.Contracts.Ledger;
using VendorGrid.Domain.Staffing;
using VendorGrid.Domain.Validation;
using VendorGrid.Gateway.Api;
using VendorGrid.Gateway.Tenancy;
using VendorGrid.Grains;

namespace VendorGrid.Gateway.Contracts;

/// <summary>An engineer placed in a staffing role; <c>replaces</c> makes it a change of staff (C1: notice and consent).</summary>
public sealed record AssignmentRequest(string? Id, string Engineer, string Role, string? Campus, DateTimeOffset From, DateTimeOffset? To, string? Replaces);

/// <summary>The institution demands that an engineer (or a role's holder) be replaced.</summary>
public sealed record ReplacementRequest(string? Id, string Role, string? Engineer, DateTimeOffset RequestedAt, string? Reason);

/// <summary>
/// A contract's staffing: per role required, assigned, qualified and vacant since, from assignment facts; assignments
/// (the vendor proposes within the contract's consent rule, an institution admin records); replacement demands.
/// </summary>
public static class StaffingApi
{
    public const string ChangeNeedsConsent = "urn:vendorgrid:problem:staff-change-needs-consent";

    public static RouteGroupBuilder MapContractStaffing(this RouteGroupBuilder contract)
    {
        contract.MapGet("/staffing", StaffingAsync).WithName("GetStaffing").Produces<StaffingEvaluation>()
            .Documented("Per role: required, assigned, present, qualified, vacant since; assignments, vacancies, replacement demands, " +
                "change notices and changes made without consent, as of an instant", EndpointDocs.Readers, $"{EndpointDocs.NotFound}; {EndpointDocs.Invalid} (asOf)");
        contract.MapPost("/assignments", AssignAsync).WithName("AssignEngineer").RequireAuthorization(RolePolicies.Decider).AllowsMembers("role")
            .Documented("Assign an engineer of the contract's vendor to a staffing role (from, to with offsets); `replaces` changes staff, " +
                "which a vendor may do only with the notice and consent the role requires. A fresh assignment into a seat the vendor emptied " +
                "itself (its own staff-released, not yet retaken) is the same change; a first staffing, a growing team, a seat the institution " +
                "emptied or a replacement it demanded is not",
                "vendor (its own contracts), institution-admin", $"{EndpointDocs.NotFound}; 409 ({ChangeNeedsConsent}) for a change " +
                $"without the required notice or consent; {EndpointDocs.Invalid}; {EndpointDocs.Posted}");
        contract.MapPost("/replacements", ReplaceAsync).WithName("DemandReplacement").RequireAuthorization(RolePolicies.Institution).AllowsMembers("role")
            .Documented("Demand a replacement; answers the replacement obligation with its due instant (C2: a qualified engineer within 2 days)",
                "institution-admin, institution-staff", $"{EndpointDocs.NotFound}; {EndpointDocs.Invalid}; {EndpointDocs.Posted}");
        return contract;
    }

    public static async Task<Results<Ok<StaffingEvaluation>, ProblemHttpResult>> StaffingAsync(
        string id, string? asOf, HttpContext http)
    {
        if (!AsOfQuery.TryRead(asOf, out var instant)) return Problems.Invalid("asOf", AsOfQuery.Problem);
        var staffing = await http.Contract().Grain.GetStaffingAsync(instant);
        return staffing is null ? Problems.Missing("contract", id) : TypedResults.Ok(staffing);
    }

    public static async Task<Results<Created<ContractFact>, Ok<ContractFact>, ProblemHttpResult>> AssignAsync(
        string id, HttpRequest request, CurrentCaller caller, IGrainFactory grains)
    {
        var access = request.HttpContext.Contract();
        var contract = access.Summary!;
        var (body, problem) = await ReadAsync<AssignmentRequest>(request);
        if (body is null) return problem!;
        if (body.To is { } to && to <= body.From) return Problems.Invalid("to", "must be after from");

        var engineer = EngineerValidator.IsEngineerId(body.Engineer)
            ? await grains.GetGrain<IEngineerGrain>(GrainKeys.Engineer(contract.Vendor.Id, body.Engineer)).GetAsync() : null;
        if (engineer is null) return Problems.Invalid("engineer", "is not an engineer of this contract's vendor");
        var profile = engineer.Profile;
        if (body.Id is { } chosen && FactIds.IsReservedForClients(chosen)) return Problems.Invalid("id", "is in a namespace the platform reserves; choose another or leave it out");
        var fact = new StaffAssigned
        {
            Id = body.Id ?? $"assign-{body.Engineer}-{body.Role}-{body.From.UtcDateTime:yyyyMMddHHmmss}",
            OccurredAt = body.From, EndedAt = body.To, Engineer = body.Engineer, Role = body.Role, Campus = body.Campus, Replaces = body.Replaces,
            Education = profile.Education, Years = profile.Years, Certificates = [.. profile.Certificates.Select(c => c with { Number = null })],
        };
        var result = await access.Grain.ExecuteAsync(new RecordFacts([fact], FactPermissions.ReporterOf(caller)));
        if (result.Outcome is CommandOutcome.Recorded or CommandOutcome.Duplicate)
            await IndexAsync(grains, contract, (StaffAssigned)result.Subject!);
        return result.Outcome switch
        {
            CommandOutcome.Recorded => TypedResults.Created($"/api/contracts/{id}/staffing", (ContractFact)result.Subject!),
            CommandOutcome.Duplicate => TypedResults.Ok((ContractFact)result.Subject!),
            CommandOutcome.Conflict => Problems.InConflict(result.Message!, ChangeNeedsConsent),
            _ => CommandProblems.Of(result, id),
        };
    }

    public static async Task<Results<Created<ReplacementDemand>, ProblemHttpResult>> ReplaceAsync(
        string id, HttpRequest request, CurrentCaller caller, IGrainFactory grains)
    {
        var access = request.HttpContext.Contract();
        var (body, problem) = await ReadAsync<ReplacementRequest>(request);
        if (body is null) return problem!;
        var definition = ContractJson.ParseDefinition((await access.Grain.GetDefinitionAsync())!).Value!;
        if (definition.Staffing.All(s => s.Role != body.Role)) return Problems.Invalid("role", "is not a staffing role of this contract");

        if (body.Id is { } chosen && FactIds.IsReservedForClients(chosen)) return Problems.Invalid("id", "is in a namespace the platform reserves; choose another or leave it out");
        var fact = new MilestoneReached
        {
            Id = body.Id ?? $"replace-{body.Role}-{body.RequestedAt.UtcDateTime:yyyyMMddHHmmss}",
            Name = StaffingEvaluator.ReplacementActivity(definition, body.Role), OccurredAt = body.RequestedAt, Role = body.Role,
            Engineer = body.Engineer, Reason = body.Reason,
        };
        var result = await access.Grain.ExecuteAsync(new RecordFacts([fact], FactPermissions.ReporterOf(caller)));
        if (result.Outcome is not (CommandOutcome.Recorded or CommandOutcome.Duplicate)) return CommandProblems.Of(result, id);
        var staffing = await access.Grain.GetStaffingAsync(DateTimeOffset.MaxValue.AddYears(-1));
        var demand = staffing!.Replacements.FirstOrDefault(r => r.Id == result.Subject!.Id)
            ?? new ReplacementDemand(result.Subject!.Id, body.Role, body.Engineer, body.RequestedAt, null, null, null, null);
        return TypedResults.Created($"/api/contracts/{id}/staffing", demand);
    }

    /// <summary>The engineer's own index follows the contract; a replaced engineer's assignment ends where the new one starts.</summary>
    private static async Task IndexAsync(IGrainFactory grains, ContractSummary contract, StaffAssigned fact)
    {
        await grains.GetGrain<IEngineerGrain>(GrainKeys.Engineer(contract.Vendor.Id, fact.Engineer)).IndexAssignmentAsync(new EngineerAssignment
        {
            FactId = fact.Id, InstitutionId = contract.Institution.Id, ContractId = contract.Id, Role = fact.Role, Campus = fact.Campus,
            From = fact.OccurredAt, To = fact.EndedAt,
        });
        if (fact.Replaces is not { } replaced) return;
        var grain = grains.GetGrain<IEngineerGrain>(GrainKeys.Engineer(contract.Vendor.Id, replaced));
        var open = (await grain.GetAsync())?.Assignments.Where(a => a.ContractId == contract.Id && a.InstitutionId == contract.Institution.Id
            && a.Role == fact.Role && a.From <= fact.OccurredAt && (a.To is null || a.To > fact.OccurredAt)) ?? [];
        foreach (var assignment in open.ToList()) await grain.IndexAssignmentAsync(assignment with { To = fact.OccurredAt });
    }

    private static async Task<(T? Body, ProblemHttpResult? Problem)> ReadAsync<T>(HttpRequest request) where T : class
    {
        try
        {
            var body = JsonSerializer.Deserialize<T>(await new StreamReader(request.Body).ReadToEndAsync(), ContractJson.Options);
            return body is null ? (null, Problems.Invalid("$", "an object is required")) : (body, null);
        }
        catch (JsonException e)
        {
            return (null, Problems.Invalid([new FieldError(ContractJson.JsonPath(e.Path), ContractJson.Describe(e))]));
        }
    }
}
