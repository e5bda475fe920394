using VendorGrid.Gateway.Api;
using VendorGrid.Gateway.Hosting;
using VendorGrid.Gateway.Tenancy;
using VendorGrid.Grains;

namespace VendorGrid.Gateway.Contracts;

/// <summary>
/// The endpoints under <c>/api/contracts/{id}</c> share one filter: find the contract the caller may see (another
/// tenant's is 404 exactly like a missing one), file a change's audit row under its institution, and hand the handler
/// the contract (<see cref="Contract"/>). A handler then holds only its own step.
/// An institution member's read needs no lookup: the grain key is built from the caller's own institution, and the
/// grain answers null for a contract it does not hold, which the handler turns into the same 404.
/// </summary>
public static class ContractScope
{
    private static readonly object Key = new();

    public static RouteGroupBuilder MapContractScope(this RouteGroupBuilder contracts)
    {
        var contract = contracts.MapGroup("/{id}");
        contract.AddEndpointFilter(FindAsync);
        return contract;
    }

    /// <summary>The contract the filter found for this request.</summary>
    public static ContractAccess Contract(this HttpContext http) => (ContractAccess)http.Items[Key]!;

    private static async ValueTask<object?> FindAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var id = http.Request.RouteValues["id"] as string ?? "";
        var caller = http.RequestServices.GetRequiredService<CurrentCaller>();
        var grains = http.RequestServices.GetRequiredService<IGrainFactory>();
        ContractAccess? access;
        var ownUnchecked = caller.IsInstitutionMember
            && (HttpMethods.IsGet(http.Request.Method) || http.GetEndpoint()?.Metadata.GetMetadata<GrainAnswersMissing>() is not null);
        if (ownUnchecked)
            access = GrainKeys.IsContractId(id) ? ContractAccess.Own(caller, id, grains) : null;
        else
            // A read, repeated on another silo should one go away on the way.
            access = await http.RequestServices.GetRequiredService<SiloFailover>().IdempotentAsync(
                () => ContractAccess.FindAsync(caller, id, grains), http.RequestAborted);
        if (access is null) return Problems.Missing("contract", id);
        if (!HttpMethods.IsGet(http.Request.Method)) AuditTrail.FileUnder(http, access.InstitutionId);
        http.Items[Key] = access;
        var result = await next(context);
        // Unchecked and missing after all: filed under no institution, as when the lookup finds nothing.
        if (ownUnchecked && result is INestedHttpResult { Result: IStatusCodeHttpResult { StatusCode: StatusCodes.Status404NotFound } })
            http.Items.Remove(AuditTrail.ResourceTenantKey);
        return result;
    }

    /// <summary>
    /// Endpoint metadata: a change whose grain command answers NoSuchContract (404) for a contract it does not hold — recording
    /// and answering facts. An institution member's change then skips the lookup as its reads do (one grain call less per
    /// fact): the grain key is built from the caller's own institution, so another tenant's contract stays unreachable.
    /// </summary>
    public sealed class GrainAnswersMissing
    {
        public static readonly GrainAnswersMissing Instance = new();
    }
}
