using System.Text.Json;
using Microsoft.Net.Http.Headers;

namespace VendorGrid.Gateway.Api;

/// <summary>
/// Reads each POST/PUT/PATCH body under /api once, before its handler: over 1 MiB → 413; a charset other than UTF-8
/// → 415; a member the caller may not set → 422 naming it (<see cref="MassAssignment"/>); anything but one JSON value
/// in UTF-8 (an empty body aside) → 422 at <c>$</c>. The bytes stay buffered for the handler and for idempotency. Kestrel enforces the same limit on the socket (see <see cref="Hardening"/>); this
/// also covers hosts that do not.
/// The guard must see the members the endpoint's reader will see, so it parses first, then checks: a UTF-8 byte order
/// mark is skipped (the readers skip it), comments and trailing commas are allowed, every occurrence of a repeated
/// member is checked, and what it cannot read whole is refused rather than passed on. A body in another charset would
/// be transcoded by the binders and read as nothing here, so it is refused too.
/// </summary>
public sealed class RequestBodyGuard(RequestDelegate next)
{
    /// <summary>What a multipart upload may add to its file's size (boundaries, part headers).</summary>
    public const long MultipartOverhead = 64 * 1024;

    public const long MaxBytes = 1024 * 1024;
    private const string BodyItem = "vg.body";
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>The request body read by the guard (empty for requests it does not read).</summary>
    public static byte[] BodyOf(HttpContext http) => http.Items[BodyItem] as byte[] ?? [];

    public async Task InvokeAsync(HttpContext http)
    {
        if (!Hardening.IsApiWrite(http.Request)) { await next(http); return; }
        if (http.GetEndpoint()?.Metadata.GetMetadata<UploadEndpoint>() is { } upload) { await BufferUploadAsync(http, upload); return; }
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
        // Not UTF-8 at all: no JSON parser will read it, and a lazy one would fail deep inside a handler.
        if (!System.Text.Unicode.Utf8.IsValid(body)) { await Problems.Invalid("$", "must be JSON in UTF-8").ExecuteAsync(http); return; }
        http.Items[BodyItem] = body;
        http.Request.Body = new MemoryStream(body, writable: false);

        var (members, error) = ReadMembers(body);
        if (MassAssignment.Refused(members, http.GetEndpoint()) is { } member)
        {
            await Problems.Invalid(member, "is set by the platform from your token and cannot be sent").ExecuteAsync(http);
            return;
        }
        if (error is not null)
        {
            await Problems.Invalid("$", error).ExecuteAsync(http);
            return;
        }
        await next(http);
    }

    /// <summary>
    /// A file upload (<see cref="UploadEndpoint"/>): not JSON, so none of the JSON checks; its limit is the upload's
    /// (<see cref="Hosting.GatewaySettings.EvidenceMaxBytes"/> and the multipart framing) instead of 1 MiB, on the socket
    /// too. Over it → 413 naming the file's field, before the handler stores anything. Buffered like a JSON body, so an
    /// Idempotency-Key is matched against the whole upload.
    /// </summary>
    private async Task BufferUploadAsync(HttpContext http, UploadEndpoint upload)
    {
        var fileLimit = http.RequestServices.GetRequiredService<Hosting.GatewaySettings>().EvidenceMaxBytes;
        var limit = fileLimit + MultipartOverhead;
        if (http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } socket)
            socket.MaxRequestBodySize = limit;
        if (http.Request.ContentLength > limit) { await Problems.FileTooLarge(upload.Field, fileLimit).ExecuteAsync(http); return; }
        using var buffer = new MemoryStream();
        try
        {
            var chunk = new byte[81920];
            int read;
            while ((read = await http.Request.Body.ReadAsync(chunk, http.RequestAborted)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > limit) { await Problems.FileTooLarge(upload.Field, fileLimit).ExecuteAsync(http); return; }
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await Problems.FileTooLarge(upload.Field, fileLimit).ExecuteAsync(http);
            return;
        }
        var body = buffer.ToArray();
        http.Items[BodyItem] = body;
        http.Request.Body = new MemoryStream(body, writable: false);
        await next(http);
    }

    /// <summary>No charset, or UTF-8 in any spelling: what JSON (RFC 8259) allows between systems.</summary>
    private static bool IsUtf8(string? contentType) =>
        contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var type) || type.Charset.Length == 0
        || type.Charset.Value!.Trim('"') is var charset && (charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The names of the body's top-level members, repeats included (none when it is not a JSON object), or why it is not
    /// one JSON value in UTF-8. Every byte is read: a member after a syntax error or an invalid byte would otherwise go
    /// unchecked to an endpoint whose reader is more forgiving (one that decodes by a UTF-16 byte order mark, or
    /// replaces invalid bytes).
    /// </summary>
    public static (IReadOnlyList<string> Members, string? Error) ReadMembers(ReadOnlySpan<byte> body)
    {
        if (body.StartsWith(Utf8Bom)) body = body[Utf8Bom.Length..];
        if (body.IsEmpty) return ([], null);
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var names = new List<string>();
        try
        {
            reader.Read();
            if (reader.TokenType == JsonTokenType.StartObject)
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    names.Add(reader.GetString()!);
                    reader.Read();
                    reader.Skip();
                }
            else
                reader.Skip();
            return reader.Read() ? (names, "has more after the JSON value") : (names, null);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return (names, e is JsonException { LineNumber: { } line, BytePositionInLine: { } position }
                ? $"is not valid JSON in UTF-8 (line {line + 1}, byte {position + 1})" : "is not valid JSON in UTF-8");
        }
    }
}

/// <summary>Endpoint metadata: the body is a file upload in a multipart part named <see cref="Field"/>, not JSON (<see cref="RequestBodyGuard"/>).</summary>
public sealed record UploadEndpoint(string Field);
