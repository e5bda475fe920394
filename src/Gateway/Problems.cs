using Microsoft.AspNetCore.Http.HttpResults;
using VendorGrid.Domain.Validation;

namespace VendorGrid.Gateway;

/// <summary>
/// RFC 9457 problem details with one stable <c>type</c> per kind of error, so clients branch on the type and
/// people read the detail. Validation problems list each field at fault by its JSON path.
/// </summary>
public static class Problems
{
    public const string Validation = "urn:vendorgrid:problem:validation";
    public const string NotFound = "urn:vendorgrid:problem:not-found";
    public const string Forbidden = "urn:vendorgrid:problem:forbidden";
    public const string Conflict = "urn:vendorgrid:problem:conflict";
    public const string ClaimWindowClosed = "urn:vendorgrid:problem:claim-window-closed";

    public static ValidationProblem Invalid(IEnumerable<FieldError> errors) => TypedResults.ValidationProblem(
        errors.GroupBy(e => e.Path).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
        title: "请求数据无效 / The request is not valid", type: Validation);

    public static ValidationProblem Invalid(string path, string message) => Invalid([new FieldError(path, message)]);

    public static ProblemHttpResult Missing(string what, string id) => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound,
        title: "未找到 / Not found", detail: $"No {what} '{id}' is visible to you.", type: NotFound);

    public static ProblemHttpResult Refused(string detail) => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden,
        title: "无权操作 / Not allowed", detail: detail, type: Forbidden);

    public static ProblemHttpResult InConflict(string detail, string type = Conflict) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict, title: "状态冲突 / Conflict", detail: detail, type: type);
}
