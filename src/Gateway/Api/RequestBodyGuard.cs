using System.Text.Json;
using System.Text.Json.Nodes;

namespace VendorGrid.Gateway.Api;

/// <summary>
/// Reads each POST/PUT/PATCH body under /api once, before its handler: over 1 MiB → 413; a member the caller may
/// not set → 422 (<see cref="MassAssignment"/>). The bytes stay buffered for the handler and for idempotency.
/// Kestrel enforces the same limit on the socket (see <see cref="Hardening"/>); this also covers hosts that do not.
/// </summary>
public sealed class RequestBodyGuard(RequestDelegate next)
{
    public const long MaxBytes = 1024 * 1024;
    private const string BodyItem = "vg.body";

    /// <summary>The request body read by the guard (empty for requests it does not read).</summary>
    public static byte[] BodyOf(HttpContext http) => http.Items[BodyItem] as byte[] ?? [];

    public async Task InvokeAsync(HttpContext http)
    {
        if (!Hardening.IsApiWrite(http.Request)) { await next(http); return; }
        if (http.Request.ContentLength > MaxBytes) { await Problems.TooLarge(MaxBytes).ExecuteAsync(http); return; }

        byte[] body;
        try
        {
            using var buffer = new MemoryStream();
            await http.Request.Body.CopyToAsync(buffer, http.RequestAborted);
            if (buffer.Length > MaxBytes) { await Problems.TooLarge(MaxBytes).ExecuteAsync(http); return; }
            body = buffer.ToArray();
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await Problems.TooLarge(MaxBytes).ExecuteAsync(http);
            return;
        }
        // Not UTF-8 at all: no JSON parser will read it, and a lazy one would fail deep inside a handler.
        if (!System.Text.Unicode.Utf8.IsValid(body)) { await Problems.Invalid("$", "must be JSON in UTF-8").ExecuteAsync(http); return; }
        http.Items[BodyItem] = body;
        http.Request.Body = new MemoryStream(body, writable: false);

        if (MassAssignment.Refused(TryParse(body), http.GetEndpoint()) is { } member)
        {
            await Problems.Invalid(member, "is set by the platform from your token and cannot be sent").ExecuteAsync(http);
            return;
        }
        await next(http);
    }

    private static JsonNode? TryParse(byte[] body)
    {
        try
        {
            return body.Length == 0 ? null : JsonNode.Parse(body, documentOptions: new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException)
        {
            return null;  // the endpoint's own parser reports syntax errors with their position
        }
    }
}
