using Microsoft.AspNetCore.Http.HttpResults;
using VendorGrid.Gateway.Tenancy;
using VendorGrid.Grains;

namespace VendorGrid.Gateway;

/// <summary>A contract as the API shows it. Total is CNY, written with two decimals (see TwoDecimalPlacesConverter).</summary>
public sealed record ContractItem(
    string Id, string Number, string Title, PartyItem Institution, PartyItem Vendor, DateOnly Start, DateOnly End, decimal Total)
{
    public static ContractItem From(ContractSummary s) => new(s.Id, s.Number, s.Title,
        new(s.Institution.Id, s.Institution.Name), new(s.Vendor.Id, s.Vendor.Name), s.Start, s.End, s.Total);
}

public sealed record PartyItem(string Id, string Name);

/// <summary>/api/contracts: what the caller's tenancy lets it see, nothing else.</summary>
public static class ContractsApi
{
    public static IEndpointRouteBuilder MapContracts(this IEndpointRouteBuilder app)
    {
        var contracts = app.MapGroup("/api/contracts").RequireAuthorization(TenancyExtensions.CallerPolicy).WithTags("Contracts");
        contracts.MapGet("/", ListContractsAsync).WithName("ListContracts");
        contracts.MapGet("/{id}", GetContractAsync).WithName("GetContract");
        return app;
    }

    public static async Task<Ok<ContractItem[]>> ListContractsAsync(CurrentCaller caller, IGrainFactory grains)
    {
        var visible = await VisibleContracts.ListAsync(caller, grains);
        return TypedResults.Ok(visible
            .OrderBy(c => c.Institution.Id, StringComparer.Ordinal).ThenBy(c => c.Id, StringComparer.Ordinal)
            .Select(ContractItem.From).ToArray());
    }

    /// <summary>Another tenant's contract answers exactly like a missing one: 404, so ids reveal nothing.</summary>
    public static async Task<Results<Ok<ContractItem>, ProblemHttpResult>> GetContractAsync(
        string id, CurrentCaller caller, IGrainFactory grains)
    {
        var summary = await VisibleContracts.FindAsync(caller, id, grains);
        return summary is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Contract not found",
                detail: $"No contract '{id}' is visible to you.", type: "urn:vendorgrid:problem:contract-not-found")
            : TypedResults.Ok(ContractItem.From(summary));
    }
}
