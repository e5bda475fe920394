using Microsoft.AspNetCore.Http.HttpResults;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Gateway.Api;
using VendorGrid.Gateway.Hosting;
using VendorGrid.Gateway.Tenancy;
using VendorGrid.Grains;

namespace VendorGrid.Gateway.Contracts;

/// <summary>POST /api/contracts/{id}/events: record a fact once; the same id again returns the first recording.</summary>
public static class ContractFactsApi
{
    public static RouteGroupBuilder MapContractFacts(this RouteGroupBuilder contracts)
    {
        contracts.MapPost("/{id}/events", RecordAsync).WithName("RecordContractEvent").AllowsMembers("role").GuardsMembers("recordedAt", "recordedBy", "reportedBy")
            .Documented("Record a fact once (idempotent by its id; a fact's `role` is a staffing role and may be sent)",
                "institution-admin, institution-staff; vendor only obligation-met, milestone, payment-reminder-sent, staff-released, staff-qualified, staff-change-noticed and the incident steps it reports (responded, onsite, restored, remote-support, emergency-plan-started); not platform-admin",
                $"{EndpointDocs.NotFound}; {EndpointDocs.Invalid}; {EndpointDocs.Posted}")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        return contracts;
    }

    public static async Task<Results<Created<ContractFact>, Ok<ContractFact>, ProblemHttpResult>> RecordAsync(
        string id, HttpRequest request, CurrentCaller caller, IGrainFactory grains, SiloFailover failover)
    {
        if (caller.IsPlatformAdmin) return Problems.Refused("Platform administrators read contracts; they do not record facts.");
        // Finding the contract is a read and recording a fact is idempotent by its id: both may be repeated on another silo.
        var access = await failover.IdempotentAsync(() => ContractAccess.FindAsync(caller, id, grains), request.HttpContext.RequestAborted);
        if (access is null) return Problems.Missing("contract", id);
        AuditTrail.FileUnder(request.HttpContext, access.Summary.Institution.Id);

        var body = await new StreamReader(request.Body).ReadToEndAsync();
        var parsed = ContractJson.ParseFact(body);
        if (!parsed.IsValid) return Problems.Invalid(parsed.Errors);
        if (!FactPermissions.MayRecord(caller, parsed.Value))
            return Problems.Refused($"A {caller.Role} may not record '{parsed.Value.Type}' facts.");

        var fact = parsed.Value with { RecordedBy = caller.Name, ReportedBy = caller.IsVendor ? "vendor" : "institution" };
        var result = await failover.IdempotentAsync(() => access.Grain.RecordFactAsync(fact), request.HttpContext.RequestAborted);
        return result.Outcome switch
        {
            RecordOutcome.Recorded => TypedResults.Created($"/api/contracts/{id}/events/{fact.Id}", result.Fact),
            RecordOutcome.Duplicate => TypedResults.Ok(result.Fact),
            RecordOutcome.Rejected => Problems.Invalid(result.Errors),
            _ => Problems.Missing("contract", id),
        };
    }
}
