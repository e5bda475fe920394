using Microsoft.AspNetCore.Http.HttpResults;
using VendorGrid.Grains;

namespace VendorGrid.Gateway.Contracts;

/// <summary>A refused contract command as its problem: 422 with the fields at fault, 409, 404 for what the contract lacks.</summary>
public static class CommandProblems
{
    public static ProblemHttpResult Of(CommandResult result, string contractId, string what = "contract", string? id = null) => result.Outcome switch
    {
        CommandOutcome.NoSuchContract => Problems.Missing("contract", contractId),
        CommandOutcome.NotFound => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "未找到 / Not found",
            detail: result.Message ?? $"No {what} '{id}' is visible to you.", type: $"urn:vendorgrid:problem:{what.Replace(' ', '-')}-not-found"),
        CommandOutcome.Conflict => Problems.InConflict(result.Message ?? "conflict"),
        CommandOutcome.WindowClosed => Problems.InConflict(result.Message ?? "the claim window closed", Problems.ClaimWindowClosed),
        _ => Problems.Invalid(result.Errors.IsDefaultOrEmpty ? [new("$", result.Message ?? "rejected")] : result.Errors),
    };
}
