using System.Text.Json;
using Microsoft.Net.Http.Headers;

namespace VendorGrid.Gateway.Api;

/// <summary>
/// Reads each POST/PUT/PATCH body under /api once, before its handler: over 1 MiB → 413; a charset other than UTF-8
/// → 415; a member the caller may not set → 422 (<see cref="MassAssignment"/>). The bytes stay buffered for the
/// handler and for idempotency. Kestrel enforces the same limit on the socket (see <see cref="Hardening"/>); this
/// also covers hosts that do not.
/// The guard must see the members the endpoint's binder will see, so it parses at least as leniently: a UTF-8 byte
/// order mark is skipped (the binders skip it), comments and trailing commas are allowed, and every occurrence of a
/// repeated member is checked. A body in another charset would be transcoded by the binders and read as nothing
/// here, so it is refused instead.
/// </summary>
public sealed class RequestBodyGuard(RequestDelegate next)
{
    public const long MaxBytes = 1024 * 1024;
    private const string BodyItem = "vg.body";
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>The request body read by the guard (empty for requests it does not read).</summary>
    public static byte[] BodyOf(HttpContext http) => http.Items[BodyItem] as byte[] ?? [];

    public async Task InvokeAsync(HttpContext http)
    {
        if (!Hardening.IsApiWrite(http.Request)) { await next(http); return; }
        if (http.Request.ContentLength > MaxBytes) { await Problems.TooLarge(MaxBytes).ExecuteAsync(http); return; }
        if (!IsUtf8(http.Request.ContentType)) { await Problems.NotUtf8().ExecuteAsync(http); return; }

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
        http.Items[BodyItem] = body;
        http.Request.Body = new MemoryStream(body, writable: false);

        if (MassAssignment.Refused(TopLevelMembers(body), http.GetEndpoint()) is { } member)
        {
            await Problems.Invalid(member, "is set by the platform from your token and cannot be sent").ExecuteAsync(http);
            return;
        }
        await next(http);
    }

    /// <summary>No charset, or UTF-8 in any spelling: what JSON (RFC 8259) allows between systems.</summary>
    private static bool IsUtf8(string? contentType) =>
        contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var type) || type.Charset.Length == 0
        || type.Charset.Value!.Trim('"') is var charset && (charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase));

    /// <summary>The names of the body's top-level members, repeats included; none when it is not a JSON object.</summary>
    public static IReadOnlyList<string> TopLevelMembers(ReadOnlySpan<byte> body)
    {
        if (body.StartsWith(Utf8Bom)) body = body[Utf8Bom.Length..];
        if (body.IsEmpty) return [];
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var names = new List<string>();
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return [];
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                names.Add(reader.GetString()!);
                reader.Read();
                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // The endpoint's own parser reports syntax errors with their position; what was read so far is checked.
        }
        return names;
    }
}
