using Microsoft.AspNetCore.Http.HttpResults;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Ledger;
using VendorGrid.Gateway.Api;
using VendorGrid.Gateway.Contracts;
using VendorGrid.Gateway.Hosting;
using VendorGrid.Gateway.Tenancy;
using VendorGrid.Grains;

namespace VendorGrid.Gateway;

/// <summary>
/// A contract as the API shows it, as it reads on the server's day: the version in force (<c>version</c>, 1 as created)
/// since <c>effectiveFrom</c> (its start for version 1). Total is CNY, written with two decimals (see TwoDecimalPlacesConverter).
/// </summary>
public sealed record ContractItem(
    string Id, string Number, string Title, PartyItem Institution, PartyItem Vendor, DateOnly Start, DateOnly End, decimal Total,
    int Version, DateOnly EffectiveFrom)
{
    public static ContractItem From(ContractSummary s) => new(s.Id, s.Number, s.Title,
        new(s.Institution.Id, s.Institution.Name), new(s.Vendor.Id, s.Vendor.Name), s.Start, s.End, s.Total, s.Version, s.EffectiveFrom ?? s.Start);
}

public sealed record PartyItem(string Id, string Name);

/// <summary>One contract as GET /api/contracts/{id} shows it: the summary plus its total in 大写, as statements write it.</summary>
/// <c>DefinitionConfirmation</c> is the vendor's answer to the definition as entered (pending until it answers).
public sealed record ContractDetail(
    string Id, string Number, string Title, PartyItem Institution, PartyItem Vendor, DateOnly Start, DateOnly End, decimal Total, string TotalInWords,
    DefinitionConfirmation DefinitionConfirmation, int Version, DateOnly EffectiveFrom)
{
    public static ContractDetail From(ContractSummary s, DefinitionConfirmation confirmation)
    {
        var item = ContractItem.From(s);
        return new(item.Id, item.Number, item.Title, item.Institution, item.Vendor, item.Start, item.End, item.Total,
            VendorGrid.Domain.Money.ChineseCapitalNumerals.Format(item.Total), confirmation, item.Version, item.EffectiveFrom);
    }
}

/// <summary>/api/contracts: what the caller's tenancy lets it see, nothing else.</summary>
public static class ContractsApi
{
    public static IEndpointRouteBuilder MapContracts(this IEndpointRouteBuilder app)
    {
        var contracts = app.MapGroup("/api/contracts").RequireAuthorization(TenancyExtensions.CallerPolicy).WithTags("Contracts")
            .AddEndpointFilter<ContractInstantBounds>();
        contracts.MapGet("/", ListContractsAsync).WithName("ListContracts")
            .Documented("Contracts the caller may see (paged: ?limit=&cursor=, next page in the Link header)",
                "every role: platform-admin all; institution roles their institution's; vendor its own", $"{EndpointDocs.Invalid} (limit, cursor)");
        contracts.MapPost("/", CreateContractAsync).WithName("CreateContract").RequireAuthorization(RolePolicies.InstitutionAdmin).AllowsMembers("institution", "vendor")
            .Documented("Create a contract from a definition; its institution must be the caller's (its parties are part of the definition). " +
                "Contract ids are unique across the platform",
                "institution-admin", $"{EndpointDocs.Invalid}; 409 (urn:vendorgrid:problem:contract-id-taken) when the id is another institution's; {EndpointDocs.Posted}")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        var contract = contracts.MapContractScope();
        contract.MapGet("", GetContractAsync).WithName("GetContract")
            .Documented("One contract's summary as it reads today (the version in force: version, effectiveFrom), with its total in 大写 (totalInWords)",
                EndpointDocs.Readers, EndpointDocs.NotFound);
        contract.MapGet("/definition", GetDefinitionAsync).WithName("GetContractDefinition")
            .Documented("The definition in force on the server's day (Asia/Shanghai): version 1 as created until an accepted amendment takes " +
                $"effect (JSON, docs/contract-format.md). Headers {VersionHeader} and {EffectiveFromHeader} (yyyy-MM-dd, version 1: its start) say " +
                "which, Content-Location where it reads as /versions/{n}. A vendor gets the signed members only (no internal contacts, no member " +
                "the format gains later)", EndpointDocs.Readers, EndpointDocs.NotFound);
        contract.MapContractFacts();
        contract.MapEvidence();
        contract.MapContractLedger();
        contract.MapContractStaffing();
        contract.MapIncidents();
        contract.MapServiceLevels();
        contract.MapEvaluations();
        contract.MapAcceptance();
        contract.MapContractStatements();
        contract.MapAmendments();
        contract.MapDefinitionConfirmation();
        return app;
    }

    /// <summary>Ordered by institution, then id (the grain key), which is also the cursor.</summary>
    public static async Task<Results<Ok<ContractItem[]>, ProblemHttpResult>> ListContractsAsync(
        string? limit, string? cursor, HttpContext http, CurrentCaller caller, IGrainFactory grains)
    {
        if (PageRequest.TryRead(limit, cursor, out var problem) is not { } page) return Problems.Invalid(problem.Path, problem.Message);
        var visible = await VisibleContracts.ListAsync(caller, grains);
        return TypedResults.Ok(page.Apply(visible, c => GrainKeys.Contract(c.Institution.Id, c.Id), http).Select(ContractItem.From).ToArray());
    }

    public const string ContractIdTaken = "urn:vendorgrid:problem:contract-id-taken";
    public const string OwnInstitutionOnly = "must be your own institution; contracts are created by the institution that signs them";

    public static async Task<Results<Created<ContractItem>, Ok<ContractItem>, ProblemHttpResult>> CreateContractAsync(
        HttpRequest request, CurrentCaller caller, IGrainFactory grains, SiloFailover failover)
    {
        var json = await new StreamReader(request.Body).ReadToEndAsync();
        var parsed = ContractJson.ParseSubmitted(json);
        if (!parsed.IsValid) return Problems.Invalid(parsed.Errors);
        if (parsed.Value.Institution.Id != caller.InstitutionId)
            return Problems.Invalid("institution.id", OwnInstitutionOnly);
        // Creating is idempotent (the same contract again is AlreadyExists, and every step of it heals a half-done
        // first attempt), so a call lost with a silo that went away is repeated on another one, like a fact write.
        var result = await failover.IdempotentAsync(
            () => grains.GetGrain<IInstitutionGrain>(caller.InstitutionId!).CreateContractAsync(json), request.HttpContext.RequestAborted);
        return result.Outcome switch
        {
            ContractCreationOutcome.Created => TypedResults.Created($"/api/contracts/{result.Summary!.Id}", ContractItem.From(result.Summary)),
            ContractCreationOutcome.AlreadyExists => TypedResults.Ok(ContractItem.From(result.Summary!)),
            // Nothing about the contract that holds the id: not its institution, not that it is one the caller could see.
            ContractCreationOutcome.IdTaken => Problems.InConflict("A contract with this id already exists on the platform; choose another id.", ContractIdTaken),
            _ => Problems.Invalid(result.Errors.IsDefaultOrEmpty ? [new("$", result.Problem ?? "rejected")] : result.Errors),
        };
    }

    public const string VersionHeader = "X-VG-Version", EffectiveFromHeader = "X-VG-Effective-From";

    /// <summary>
    /// The version in force today, as the summary names it (the definition's members stay exactly the format's, so what
    /// is read here can be posted back as an amendment); which version it is travels in headers.
    /// </summary>
    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetDefinitionAsync(string id, HttpContext http, CurrentCaller caller)
    {
        var access = http.Contract();
        var summary = access.Summary ?? await access.Grain.GetSummaryAsync();
        var json = summary is null ? null
            : summary.Version == 1 ? await access.Grain.GetDefinitionAsync() : await access.Grain.GetVersionDefinitionAsync(summary.Version);
        if (json is null) return Problems.Missing("contract", id);
        http.Response.Headers[VersionHeader] = summary!.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        http.Response.Headers[EffectiveFromHeader] = (summary.EffectiveFrom ?? summary.Start).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        http.Response.Headers.ContentLocation = $"/api/contracts/{Uri.EscapeDataString(summary.Id)}/versions/{summary.Version}";
        return TypedResults.Text(caller.IsVendor ? VendorDefinitionView.Project(json) : json, "application/json");
    }

    /// <summary>Another tenant's contract answers exactly like a missing one: 404, so ids reveal nothing.</summary>
    public static async Task<Results<Ok<ContractDetail>, ProblemHttpResult>> GetContractAsync(string id, HttpContext http)
    {
        var access = http.Contract();
        var summary = access.Summary ?? await access.Grain.GetSummaryAsync();
        if (summary is null) return Problems.Missing("contract", id);
        var confirmation = await access.Grain.GetDefinitionConfirmationAsync() ?? DefinitionConfirmation.Pending;
        return TypedResults.Ok(ContractDetail.From(summary, confirmation));
    }
}
