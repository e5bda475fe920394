using Microsoft.AspNetCore.Http.HttpResults;
using VendorGrid.Domain.Drafting;
using VendorGrid.Gateway.Api;
using VendorGrid.Gateway.Tenancy;

namespace VendorGrid.Gateway.Contracts;

/// <summary>
/// POST /api/contract-drafts: a contract definition drafted from the contract's plain text (src/Domain/Drafting), with
/// the sentences it could not read and warnings. Nothing is stored; the institution edits the draft and creates the
/// contract with POST /api/contracts.
/// </summary>
public static class ContractDraftsApi
{
    public static IEndpointRouteBuilder MapContractDrafts(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/contract-drafts", DraftAsync).RequireAuthorization(TenancyExtensions.CallerPolicy).WithTags("Contracts")
            .WithName("DraftContract")
            .Documented("Draft a contract definition from its plain text: { text } → { definition, unrecognized, warnings }. " +
                "Each drafted payment, obligation and penalty carries source { start, end } (UTF-16 offsets into text) and a confidence " +
                "with its reason. Nothing is stored",
                "institution-admin, platform-admin",
                $"{EndpointDocs.Invalid} (text: missing, blank, over {ContractDrafter.MaxTextLength} characters, or not a contract); {EndpointDocs.Posted}")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> DraftAsync(HttpRequest request, CurrentCaller caller)
    {
        if (caller.Role is not (CallerRoles.InstitutionAdmin or CallerRoles.PlatformAdmin))
            return Problems.Refused("Only institution and platform administrators draft contracts.");
        if (await JsonBody.ReadAsync(request) is not { } body) return Problems.Invalid("text", "is required: send { \"text\": \"…\" }");
        var text = body.Text("text", required: true, max: ContractDrafter.MaxTextLength);
        if (text is null) return Problems.Invalid(body.Errors);
        var draft = ContractDrafter.Draft(text);
        if (ContractDrafter.NotAContract(draft) is { } reason) return Problems.Invalid("text", reason);
        return TypedResults.Text(DraftJson.Serialize(draft, indented: false), "application/json", System.Text.Encoding.UTF8);
    }
}
