using Microsoft.AspNetCore.Http.HttpResults;
using VendorGrid.Domain.Parties;

namespace VendorGrid.Gateway;

/// <summary>
/// Checks both onboarding endpoints share: a 统一社会信用代码 must carry its check character (GB 32100-2015), and
/// onboarding a party that is already there never renames it: the same id under another name is far more often a
/// mistyped code than a rename, and a rename would silently change every contract and statement that shows the name.
/// </summary>
public static class OnboardingRules
{
    public const string NameDiffers = "urn:vendorgrid:problem:party-name-differs";

    /// <summary>Why an 18-character id is not a valid code, or null (slugs such as bj-health-data-center pass).</summary>
    public static string? IdProblem(string id) =>
        id.Length == UnifiedSocialCreditCode.Length && !UnifiedSocialCreditCode.IsValid(id)
            ? "is not a valid 统一社会信用代码: its check character (the 18th) does not match (GB 32100-2015)"
            : null;

    /// <summary>409 when <paramref name="existingName"/> differs from the name sent; null when the names agree (a harmless repeat).</summary>
    public static ProblemHttpResult? RenameRefused(string kind, string id, string? existingName, string newName) =>
        existingName is null || string.Equals(existingName.Trim(), newName.Trim(), StringComparison.Ordinal) ? null
            : TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "已入驻 / Already onboarded",
                detail: $"The {kind} '{id}' is already onboarded as '{existingName}'; onboarding does not rename a party.",
                type: NameDiffers, extensions: new Dictionary<string, object?> { ["currentName"] = existingName });
}
