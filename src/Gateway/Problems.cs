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
    public const string Forbidden = "urn:vendorgrid:problem:forbidden";
    public const string Conflict = "urn:vendorgrid:problem:conflict";
    public const string ClaimWindowClosed = "urn:vendorgrid:problem:claim-window-closed";
    public const string TooLargeType = "urn:vendorgrid:problem:body-too-large";
    public const string RateLimited = "urn:vendorgrid:problem:rate-limited";
    public const string IdempotencyKeyReused = "urn:vendorgrid:problem:idempotency-key-reused";

    /// <summary>422 with <c>errors</c>: field path → messages. Nothing was stored.</summary>
    public static ProblemHttpResult Invalid(IEnumerable<FieldError> errors) => TypedResults.Problem(
        new HttpValidationProblemDetails(errors.GroupBy(e => e.Path).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()))
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = "请求数据无效 / The request is not valid",
            Type = Validation,
        });

    public static ProblemHttpResult Invalid(string path, string message) => Invalid([new FieldError(path, message)]);

    /// <summary>404 typed per kind of thing (contract-not-found, ledger-entry-not-found); another tenant's looks the same.</summary>
    public static ProblemHttpResult Missing(string what, string id) => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound,
        title: "未找到 / Not found", detail: $"No {what} '{id}' is visible to you.", type: $"urn:vendorgrid:problem:{what.Replace(' ', '-')}-not-found");

    public static ProblemHttpResult Refused(string detail) => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden,
        title: "无权操作 / Not allowed", detail: detail, type: Forbidden);

    public static ProblemHttpResult InConflict(string detail, string type = Conflict) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict, title: "状态冲突 / Conflict", detail: detail, type: type);

    public static ProblemHttpResult TooLarge(long limit) => TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "请求体过大 / Request body too large", detail: $"Request bodies are limited to {limit} bytes.", type: TooLargeType);

    /// <summary>413 with <c>errors</c> naming the upload's field: the file is over the limit, and nothing was stored.</summary>
    public static ProblemHttpResult FileTooLarge(string field, long limit) => TypedResults.Problem(
        new HttpValidationProblemDetails(new Dictionary<string, string[]>
        {
            [field] = [$"is larger than the {Size(limit)} a file may be"],
        })
        {
            Status = StatusCodes.Status413PayloadTooLarge, Title = "文件过大 / File too large", Type = TooLargeType,
            Detail = $"Files are limited to {limit} bytes.",
        });

    private static string Size(long bytes) =>
        bytes % (1024 * 1024) == 0 ? $"{bytes / (1024 * 1024)} MiB" : bytes % 1024 == 0 ? $"{bytes / 1024} KiB" : $"{bytes} bytes";

    public static ProblemHttpResult TooMany(TimeSpan retryAfter) => TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests,
        title: "请求过于频繁 / Too many requests", detail: $"Retry after {(int)Math.Ceiling(retryAfter.TotalSeconds)} s.", type: RateLimited);

    public const string UnsupportedCharsetType = "urn:vendorgrid:problem:unsupported-charset";

    /// <summary>415: request bodies are JSON in UTF-8 (RFC 8259); another charset is refused rather than transcoded.</summary>
    public static ProblemHttpResult NotUtf8() => TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType,
        title: "不支持的字符集 / Unsupported charset", detail: "Send request bodies as JSON in UTF-8.", type: UnsupportedCharsetType);

    /// <summary>422 naming the header: the same Idempotency-Key was used for a different request.</summary>
    public static ProblemHttpResult KeyReused() => TypedResults.Problem(new HttpValidationProblemDetails(
        new Dictionary<string, string[]> { ["Idempotency-Key"] = ["was already used for a different request; use a new key"] })
    {
        Status = StatusCodes.Status422UnprocessableEntity, Title = "请求数据无效 / The request is not valid", Type = IdempotencyKeyReused,
    });
}
