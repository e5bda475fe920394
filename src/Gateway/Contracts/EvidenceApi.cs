using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using VendorGrid.Domain.Evidence;
using VendorGrid.Gateway.Api;
using VendorGrid.Gateway.Hosting;
using VendorGrid.Gateway.Tenancy;
using VendorGrid.Grains;
using VendorGrid.Grains.Json;

namespace VendorGrid.Gateway.Contracts;

/// <summary>
/// Evidence (issue 15, item 2): files attached to a contract's facts — photos, signed forms, PDFs, logs — kept by
/// content (SHA-256) in PostgreSQL (<see cref="EvidenceStore"/>), their type sniffed from the bytes
/// (<see cref="EvidenceFormats"/>), downloadable by both parties, and never changed or removed once attached (there is
/// no route to do either). The attach request's audit row names the file's hash.
/// </summary>
public static class EvidenceApi
{
    public const string Field = "file";

    public static RouteGroupBuilder MapEvidence(this RouteGroupBuilder contract)
    {
        contract.MapPost("/events/{factId}/evidence", AttachAsync).WithName("AttachEvidence").RequireAuthorization(RolePolicies.Party)
            .WithMetadata(new UploadEndpoint(Field)).DisableAntiforgery()
            .AddOpenApiOperationTransformer(DescribeUpload).Produces<EvidenceView>(StatusCodes.Status201Created).Produces<EvidenceView>()
            .Documented("Attach a file to a fact (multipart/form-data, one part `file`): kept by its SHA-256 with the type sniffed from its bytes " +
                $"({EvidenceFormats.AcceptedList}); 201 with Location the download URL, 200 with the first attachment when these bytes are already " +
                "attached to the fact. Evidence is never replaced or removed",
                "institution-admin, institution-staff, the contract's vendor (platform-admin reads only)",
                $"{EndpointDocs.NotFound}; 404 (urn:vendorgrid:problem:fact-not-found) for an unknown factId; 413 (urn:vendorgrid:problem:body-too-large) " +
                $"with `errors.file` over the size limit (10 MiB unless VG_EVIDENCE_MAX_BYTES says otherwise); {EndpointDocs.Invalid} (`file`: missing, " +
                "more than one, empty, or a type evidence may not be — executables, scripts, HTML, SVG, archives, macro-enabled Office files)")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        contract.MapGet("/events/{factId}/evidence", ListAsync).WithName("ListEvidence").Produces<EvidenceView[]>()
            .Documented($"The files attached to a fact, in the order attached ({EndpointDocs.Paged})", EndpointDocs.Readers,
                $"{EndpointDocs.NotFound}; 404 (urn:vendorgrid:problem:fact-not-found) for an unknown factId; {EndpointDocs.Invalid} (limit, cursor)");
        contract.MapGet("/evidence/{sha256}", DownloadAsync).WithName("DownloadEvidence")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .Documented("Download a file attached to a fact of this contract: its bytes, the sniffed Content-Type, Content-Disposition attachment " +
                "with the file name (RFC 5987 for names outside ASCII), X-Content-Type-Options nosniff", EndpointDocs.Readers,
                $"{EndpointDocs.NotFound}; 404 (urn:vendorgrid:problem:evidence-not-found) for a hash not attached to this contract's facts — " +
                $"another contract's looks the same; {EndpointDocs.Invalid} (sha256: not 64 hexadecimal digits)");
        return contract;
    }

    /// <summary>
    /// The multipart body in OpenAPI. Not <c>Accepts(...)</c>: that also makes routing refuse other content types, so a
    /// JSON body would fall through to the 404 of unknown paths instead of a 422 naming <c>file</c>.
    /// </summary>
    private static Task DescribeUpload(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancel)
    {
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["multipart/form-data"] = new()
                {
                    Schema = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object, Required = new HashSet<string> { Field },
                        Properties = new Dictionary<string, IOpenApiSchema>
                        {
                            [Field] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", Description = "The file; its type is sniffed from its bytes" },
                        },
                    },
                },
            },
        };
        return Task.CompletedTask;
    }

    public static async Task<Results<Created<EvidenceView>, Ok<EvidenceView>, ProblemHttpResult>> AttachAsync(
        string factId, HttpRequest request, CurrentCaller caller, ContractViewCache views, EvidenceStore store, GatewaySettings settings,
        IGrainFactory grains)
    {
        var http = request.HttpContext;
        var access = http.Contract();
        if (await FactExistsAsync(access, factId, views) is not { } exists) return Problems.Missing("contract", access.Id);
        if (!exists) return Problems.Missing("fact", factId);
        if (!request.HasFormContentType || !request.ContentType!.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase))
            return Problems.Invalid(Field, "send the file as multipart/form-data in one part named 'file'");
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(http.RequestAborted);
        }
        catch (InvalidDataException)
        {
            return Problems.Invalid(Field, "the multipart body could not be read; send one part named 'file'");
        }
        var files = form.Files;
        if (files.GetFiles(Field) is not [var upload])
            return Problems.Invalid(Field, files.GetFiles(Field).Count == 0 ? "is required: one file in a part named 'file'" : "send one file per request");
        if (files.Count > 1) return Problems.Invalid(Field, "send one file per request (other file parts came too)");
        if (upload.Length > settings.EvidenceMaxBytes) return Problems.FileTooLarge(Field, settings.EvidenceMaxBytes);

        var content = new byte[upload.Length];
        await using (var stream = upload.OpenReadStream()) await stream.ReadExactlyAsync(content, http.RequestAborted);
        var sniffed = EvidenceFormats.Sniff(content);
        if (!sniffed.IsAccepted) return Problems.Invalid(Field, sniffed.Refusal!);
        var file = new EvidenceFile(content, Convert.ToHexStringLower(SHA256.HashData(content)), sniffed.ContentType!,
            EvidenceFormats.FileName(upload.FileName, sniffed.ContentType!));

        // Server time, the silos' clock: the same clock a fact's recordedAt comes from.
        var now = (await grains.GetGrain<ICalendarGrain>(GrainKeys.NationalCalendar).TodayAsync()).Now;
        var (view, attached) = await store.AttachAsync(access.GrainKey, factId, file, now, FactPermissions.ReporterOf(caller), http.RequestAborted);
        AuditTrail.NameChild(http, $"sha256:{view.Sha256}");
        return attached
            ? TypedResults.Created(DownloadPath(access.Id, view.Sha256), view)
            : TypedResults.Ok(view);
    }

    public static async Task<Results<Ok<EvidenceView[]>, ProblemHttpResult>> ListAsync(
        string factId, string? limit, string? cursor, HttpContext http, ContractViewCache views, EvidenceStore store)
    {
        if (PageRequest.TryRead(limit, cursor, out var problem) is not { } page) return Problems.Invalid(problem.Path, problem.Message);
        var access = http.Contract();
        if (await FactExistsAsync(access, factId, views) is not { } exists) return Problems.Missing("contract", access.Id);
        if (!exists) return Problems.Missing("fact", factId);
        var found = await store.ListAsync(access.GrainKey, [factId], http.RequestAborted);
        var files = found.TryGetValue(factId, out var list) ? list : [];
        return page.ApplyInOrder(files, v => v.Sha256, http) is { } items ? TypedResults.Ok(items) : Problems.Invalid("cursor", "is not a cursor this API returned");
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadAsync(
        string sha256, HttpContext http, EvidenceStore store)
    {
        var access = http.Contract();
        // An institution member's read is not looked up first (ContractScope): a contract it does not hold is a 404 as such.
        if (access.Summary is null && await access.Grain.GetSummaryAsync() is null) return Problems.Missing("contract", access.Id);
        if (sha256.Length != 64 || !sha256.All(Uri.IsHexDigit)) return Problems.Invalid("sha256", "must be the file's SHA-256 in 64 hexadecimal digits");
        var hash = sha256.ToLowerInvariant();
        if (await store.OpenAsync(access.GrainKey, hash, http.RequestAborted) is not { } found) return Problems.Missing("evidence", hash);
        http.Response.Headers.XContentTypeOptions = "nosniff";
        var type = found.ContentType == EvidenceFormats.Text ? "text/plain; charset=utf-8" : found.ContentType;
        // fileDownloadName makes it Content-Disposition: attachment, with filename* (RFC 5987) for a Chinese name.
        return TypedResults.File(found.Content, type, found.FileName);
    }

    public static string DownloadPath(string contractId, string sha256) => $"/api/contracts/{Uri.EscapeDataString(contractId)}/evidence/{sha256}";

    /// <summary>
    /// Whether the contract has recorded a fact with this id (now, as known now), found in the facts view the gateway
    /// already holds (<see cref="ContractViewCache"/>), so asking costs the grain a version check, not a rendering.
    /// Null when the contract itself does not exist (an institution member's read is not looked up first: <see cref="ContractScope"/>).
    /// </summary>
    private static async Task<bool?> FactExistsAsync(ContractAccess access, string factId, ContractViewCache views)
    {
        var found = false;
        var (page, _) = await views.ReadPageAsync(access.Grain, ContractView.Facts, null, null, new PageRequest(1, null), index =>
        {
            var match = index.All.Where(i => index.KeyAt(i) == factId).Take(1).ToArray();
            found = match.Length == 1;
            return match;
        });
        return page is null ? null : found;
    }

    /// <summary>
    /// GET /events with each fact's evidence (<c>evidence</c>: its files, possibly none) read from the store for the
    /// facts of the page: the grain's facts view stays what it was, and the evidence is never stale.
    /// </summary>
    public static async Task<byte[]> WithEvidenceAsync(byte[] page, string contractKey, EvidenceStore store, CancellationToken cancel)
    {
        if (JsonNode.Parse(page) is not JsonArray items) return page;
        var ids = items.Select(item => item?["fact"]?["id"]?.GetValue<string>()).OfType<string>().ToArray();
        var evidence = await store.ListAsync(contractKey, ids, cancel);
        foreach (var item in items.OfType<JsonObject>())
        {
            var id = item["fact"]?["id"]?.GetValue<string>();
            item["evidence"] = JsonSerializer.SerializeToNode(id is not null && evidence.TryGetValue(id, out var list) ? list : [], ApiJson.Options);
        }
        return JsonSerializer.SerializeToUtf8Bytes(items, ApiJson.Options);
    }
}
