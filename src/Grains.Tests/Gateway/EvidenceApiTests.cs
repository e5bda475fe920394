using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Npgsql;
using VendorGrid.Tests.Domain.Evidence;

using static VendorGrid.Tests.Gateway.ProblemResponses;

namespace VendorGrid.Tests.Gateway;

/// <summary>
/// Issue 15, item 2: evidence. A fact carries files — kept by SHA-256 in PostgreSQL with the type sniffed from the bytes,
/// downloadable by both parties and nobody else, never replaced or removed — and the attach's audit row names the hash.
/// Every bad upload is a problem naming <c>file</c> (or the fact, or the contract) with nothing stored.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class EvidenceApiTests(GatewayFixture fixture)
{
    private const string MilestoneAt = "2026-03-01T10:00:00+08:00";

    /// <summary>A C2 copy with one fact, <c>handover</c>, reported by the institution.</summary>
    private async Task<ContractApiClient> ContractWithFactAsync(string? institution = null)
    {
        var contract = await ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026", institution);
        await contract.RecordAsync($$"""{ "id": "handover", "type": "milestone", "name": "bank-change", "occurredAt": "{{MilestoneAt}}" }""");
        return contract;
    }

    /// <summary>Bytes of a kind (its magic number) made unique, so each test's hashes are its own in the shared database.</summary>
    private static byte[] Png() => [.. EvidenceFormatsTests.Bytes("89504E470D0A1A0A 0000000D 49484452"), .. Guid.NewGuid().ToByteArray()];
    private static byte[] Pdf() => Encoding.ASCII.GetBytes($"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n% {Guid.NewGuid():N}\n%%EOF\n");
    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>One part <c>file</c>; the client's Content-Type is deliberately wrong: the server never believes it.</summary>
    private static MultipartFormDataContent Upload(byte[] bytes, string fileName, string partName = "file")
    {
        var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(bytes);
        part.Headers.ContentType = new MediaTypeHeaderValue("text/html");
        form.Add(part, partName, fileName);
        return form;
    }

    private static Task<HttpResponseMessage> AttachAsync(HttpClient client, ContractApiClient contract, HttpContent body, string factId = "handover") =>
        client.PostAsync($"/api/contracts/{contract.Id}/events/{factId}/evidence", body);

    private async Task<(long Blobs, long Links)> StoredAsync(ContractApiClient contract, params byte[][] files)
    {
        var hashes = files.Select(Sha256).ToArray();
        await using var database = NpgsqlDataSource.Create(fixture.Cluster.Database.ConnectionString);
        await using var command = database.CreateCommand("""
            SELECT (SELECT count(*) FROM vg.evidence_blobs WHERE sha256 = ANY($1)),
                   (SELECT count(*) FROM vg.evidence_attachments WHERE contract_key = $2)
            """);
        command.Parameters.Add(new() { Value = hashes });
        command.Parameters.Add(new() { Value = $"{contract.Institution}/{contract.Id}" });
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }


    private static string[] FieldErrors(JsonElement problem, string field) =>
        problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()!).ToArray();

    [Fact]
    public async Task APngAndAPdf_AreKeptByTheirSha256_AndBothPartiesDownloadTheSameBytes()
    {
        var contract = await ContractWithFactAsync();
        var (png, pdf) = (Png(), Pdf());
        var now = fixture.Clock.GetUtcNow();

        var photo = await AttachAsync(contract.As("vendor"), contract, Upload(png, "现场照片.png"));
        var form = await AttachAsync(contract.Admin, contract, Upload(pdf, "C:\\扫描\\验收单（签字版）.pdf"));

        Assert.Equal(HttpStatusCode.Created, photo.StatusCode);
        Assert.Equal(HttpStatusCode.Created, form.StatusCode);
        var photoView = await photo.Content.ReadFromJsonAsync<JsonElement>();
        var formView = await form.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((Sha256(png), "现场照片.png", "image/png", (long)png.Length),
            (photoView.GetProperty("sha256").GetString(), photoView.GetProperty("fileName").GetString(),
             photoView.GetProperty("contentType").GetString(), photoView.GetProperty("size").GetInt64()));
        Assert.Equal((Sha256(pdf), "验收单（签字版）.pdf", "application/pdf", (long)pdf.Length),
            (formView.GetProperty("sha256").GetString(), formView.GetProperty("fileName").GetString(),
             formView.GetProperty("contentType").GetString(), formView.GetProperty("size").GetInt64()));
        // Server time (the silos' clock) and the caller's side and name, never the client's.
        Assert.Equal(now, photoView.GetProperty("attachedAt").GetDateTimeOffset());
        Assert.Equal(("vendor", "tester"), (photoView.GetProperty("attachedBy").GetProperty("party").GetString(),
            photoView.GetProperty("attachedBy").GetProperty("user").GetString()));
        Assert.Equal("institution", formView.GetProperty("attachedBy").GetProperty("party").GetString());
        Assert.Equal($"/api/contracts/{contract.Id}/evidence/{Sha256(png)}", photo.Headers.Location?.OriginalString);

        foreach (var reader in new[] { contract.Admin, contract.As("vendor"), contract.As("institution-staff"), fixture.Client(Tokens.For(fixture, "platform-admin")) })
        {
            var download = await reader.GetAsync(photo.Headers.Location);
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal(png, await download.Content.ReadAsByteArrayAsync());
            Assert.Equal("image/png", download.Content.Headers.ContentType?.MediaType);
            Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
            Assert.Equal("现场照片.png", download.Content.Headers.ContentDisposition?.FileNameStar);
        }
        var signed = await contract.As("vendor").GetAsync($"/api/contracts/{contract.Id}/evidence/{Sha256(pdf).ToUpperInvariant()}");
        Assert.Equal(pdf, await signed.Content.ReadAsByteArrayAsync());
        Assert.Contains("filename*=UTF-8''%E9%AA%8C%E6%94%B6%E5%8D%95", signed.Content.Headers.GetValues("Content-Disposition").Single());

        var listed = await contract.As("vendor").GetFromJsonAsync<JsonElement[]>($"/api/contracts/{contract.Id}/events/handover/evidence");
        Assert.Equal([Sha256(png), Sha256(pdf)], listed!.Select(v => v.GetProperty("sha256").GetString()));
        var firstPage = await contract.Admin.GetAsync($"/api/contracts/{contract.Id}/events/handover/evidence?limit=1");
        Assert.Equal(Sha256(png), Assert.Single((await firstPage.Content.ReadFromJsonAsync<JsonElement[]>())!).GetProperty("sha256").GetString());
        Assert.NotNull(PagedLists.NextOf(firstPage));
        Assert.Equal((2L, 2L), await StoredAsync(contract, png, pdf));
    }

    [Fact]
    public async Task TheEventsList_ShowsEachFactsEvidence()
    {
        var contract = await ContractWithFactAsync();
        await contract.RecordAsync($$"""{ "id": "bare", "type": "milestone", "name": "bank-change", "occurredAt": "{{MilestoneAt}}" }""");
        var png = Png();
        Assert.Equal(HttpStatusCode.Created, (await AttachAsync(contract.Admin, contract, Upload(png, "photo.png"))).StatusCode);

        var events = await contract.As("vendor").GetFromJsonAsync<JsonElement[]>($"/api/contracts/{contract.Id}/events");

        var handover = events!.Single(e => e.GetProperty("fact").GetProperty("id").GetString() == "handover");
        var file = Assert.Single(handover.GetProperty("evidence").EnumerateArray());
        Assert.Equal((Sha256(png), "photo.png", "image/png", (long)png.Length),
            (file.GetProperty("sha256").GetString(), file.GetProperty("fileName").GetString(), file.GetProperty("contentType").GetString(), file.GetProperty("size").GetInt64()));
        Assert.Equal("in-force", handover.GetProperty("status").GetString());
        var bare = events!.Single(e => e.GetProperty("fact").GetProperty("id").GetString() == "bare");
        Assert.Equal(0, bare.GetProperty("evidence").GetArrayLength());
    }

    [Fact]
    public async Task TheSameBytesTwice_AreStoredOnce_AndNothingReplacesOrRemovesEvidence()
    {
        var contract = await ContractWithFactAsync();
        await contract.RecordAsync($$"""{ "id": "second", "type": "milestone", "name": "bank-change", "occurredAt": "{{MilestoneAt}}" }""");
        var png = Png();

        var first = await AttachAsync(contract.Admin, contract, Upload(png, "a.png"));
        var again = await AttachAsync(contract.As("vendor"), contract, Upload(png, "renamed.png"));
        var elsewhere = await AttachAsync(contract.Admin, contract, Upload(png, "b.png"), "second");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());  // the first attachment, as it was
        Assert.Equal(HttpStatusCode.Created, elsewhere.StatusCode);
        Assert.Equal((1L, 2L), await StoredAsync(contract, png));

        // No route changes evidence: every other method is the 404 of an unknown API path.
        var url = $"/api/contracts/{contract.Id}/evidence/{Sha256(png)}";
        foreach (var change in new[]
                 {
                     contract.Admin.DeleteAsync(url), contract.Admin.PutAsync(url, ContractApiClient.Json("{}")),
                     contract.Admin.PatchAsync(url, ContractApiClient.Json("{}")), contract.As("vendor").PostAsync(url, ContractApiClient.Json("{}")),
                     contract.Admin.DeleteAsync($"/api/contracts/{contract.Id}/events/handover/evidence"),
                     contract.Admin.PutAsync($"/api/contracts/{contract.Id}/events/handover/evidence", ContractApiClient.Json("{}")),
                 })
        {
            var problem = await ProblemAsync(await change, HttpStatusCode.NotFound);
            Assert.Equal("urn:vendorgrid:problem:resource-not-found", problem.GetProperty("type").GetString());
        }
        // Not even the database's owner rewrites them: the tables are append-only (the app role may not try: LeastPrivilegeTests).
        await using var owner = NpgsqlDataSource.Create(fixture.Cluster.Database.ConnectionString);
        foreach (var sql in new[]
                 {
                     $"UPDATE vg.evidence_blobs SET content_type = 'text/html' WHERE sha256 = '{Sha256(png)}'",
                     $"DELETE FROM vg.evidence_attachments WHERE sha256 = '{Sha256(png)}'",
                 })
        {
            await using var command = owner.CreateCommand(sql);
            Assert.Contains("append-only", (await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync())).MessageText);
        }
        Assert.Equal(png, await (await contract.As("vendor").GetAsync(url)).Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task TheAttachsAuditRow_NamesTheHash()
    {
        var contract = await ContractWithFactAsync();
        var pdf = Pdf();
        var attached = await AttachAsync(contract.As("vendor"), contract, Upload(pdf, "form.pdf"));
        Assert.True(attached.StatusCode == HttpStatusCode.Created, await attached.Content.ReadAsStringAsync());

        var rows = await contract.Admin.GetFromJsonAsync<JsonElement[]>($"/api/audit?resource={contract.Id}/handover");

        var row = Assert.Single(rows!);
        Assert.Equal(("vendor", "/api/contracts/{id}/events/{factId}/evidence", $"{contract.Id}/handover/sha256:{Sha256(pdf)}", 201),
            (row.GetProperty("role").GetString(), row.GetProperty("route").GetString(), row.GetProperty("resourceId").GetString(), row.GetProperty("status").GetInt32()));
    }

    [Fact]
    public async Task AnotherTenant_NeitherSeesNorReachesTheEvidence()
    {
        var contract = await ContractWithFactAsync();
        var other = await ContractWithFactAsync();
        var (mine, theirs) = (Png(), Png());
        Assert.Equal(HttpStatusCode.Created, (await AttachAsync(contract.Admin, contract, Upload(mine, "mine.png"))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await AttachAsync(other.Admin, other, Upload(theirs, "theirs.png"))).StatusCode);
        var url = $"/api/contracts/{contract.Id}/evidence/{Sha256(mine)}";

        // The other contract's parties: the contract itself is not there for them.
        foreach (var stranger in new[] { other.Admin, other.As("vendor") })
        {
            var problem = await ProblemAsync(await stranger.GetAsync(url), HttpStatusCode.NotFound);
            Assert.Equal("urn:vendorgrid:problem:contract-not-found", problem.GetProperty("type").GetString());
            await ProblemAsync(await AttachAsync(stranger, contract, Upload(Png(), "x.png")), HttpStatusCode.NotFound);
        }
        // Through a contract one may see, another contract's hash is not there either: the same 404 as a hash never stored.
        foreach (var hash in new[] { Sha256(theirs), Sha256(Png()) })
        {
            var problem = await ProblemAsync(await contract.Admin.GetAsync($"/api/contracts/{contract.Id}/evidence/{hash}"), HttpStatusCode.NotFound);
            Assert.Equal("urn:vendorgrid:problem:evidence-not-found", problem.GetProperty("type").GetString());
        }
        Assert.Equal((1L, 1L), await StoredAsync(contract, mine));
    }

    [Fact]
    public async Task ThePlatformAdmin_ReadsButDoesNotAttach()
    {
        var contract = await ContractWithFactAsync();
        var admin = fixture.Client(Tokens.For(fixture, "platform-admin"));

        await ProblemAsync(await AttachAsync(admin, contract, Upload(Png(), "x.png")), HttpStatusCode.Forbidden);
        var listed = await admin.GetFromJsonAsync<JsonElement[]>($"/api/contracts/{contract.Id}/events/handover/evidence");

        Assert.Empty(listed!);
        Assert.Equal(0L, (await StoredAsync(contract)).Links);
    }

    [Fact]
    public async Task BadUploads_AreProblemsNamingTheField_AndStoreNothing()
    {
        var contract = await ContractWithFactAsync();
        var executable = EvidenceFormatsTests.Bytes("4D5A90000300", Guid.NewGuid().ToString());
        var html = Encoding.UTF8.GetBytes($"<!DOCTYPE html><script>alert('{Guid.NewGuid()}')</script>");
        var svg = Encoding.UTF8.GetBytes($"<svg xmlns=\"http://www.w3.org/2000/svg\"><script>/*{Guid.NewGuid()}*/</script></svg>");
        var zip = EvidenceFormatsTests.Zip($"{Guid.NewGuid():N}.exe");
        var (png, pdf) = (Png(), Pdf());

        var twoFiles = Upload(png, "a.png");
        var second = new ByteArrayContent(pdf);
        twoFiles.Add(second, "file", "b.pdf");
        var twoParts = Upload(png, "a.png");
        twoParts.Add(new ByteArrayContent(pdf), "attachment", "b.pdf");
        var noFile = new MultipartFormDataContent { { new StringContent("just a note"), "file" } };
        var cases = new (HttpContent Body, string Says)[]
        {
            (Upload(executable, "invoice.pdf"), "Windows executable"),
            (Upload(html, "report.html"), "HTML, SVG or XML"),
            (Upload(svg, "logo.svg"), "HTML, SVG or XML"),
            (Upload(zip, "logs.zip"), "ZIP archive"),
            (Upload([], "empty.png"), "is empty"),
            (Upload(png, "a.png", partName: "photo"), "is required"),
            (noFile, "is required"),
            (twoFiles, "one file per request"),
            (twoParts, "one file per request"),
            (ContractApiClient.Json("""{ "file": "aGVsbG8=" }"""), "multipart/form-data"),
        };
        foreach (var (body, says) in cases)
        {
            var problem = await ProblemAsync(await AttachAsync(contract.As("vendor"), contract, body), HttpStatusCode.UnprocessableEntity);
            Assert.Contains(says, string.Join(" ", FieldErrors(problem, "file")));
        }

        var unknownFact = await ProblemAsync(await AttachAsync(contract.Admin, contract, Upload(Png(), "x.png"), "no-such-fact"), HttpStatusCode.NotFound);
        Assert.Equal("urn:vendorgrid:problem:fact-not-found", unknownFact.GetProperty("type").GetString());
        Assert.Contains("'no-such-fact'", unknownFact.GetProperty("detail").GetString());
        await ProblemAsync(await contract.Admin.GetAsync($"/api/contracts/{contract.Id}/events/no-such-fact/evidence"), HttpStatusCode.NotFound);
        var badHash = await ProblemAsync(await contract.Admin.GetAsync($"/api/contracts/{contract.Id}/evidence/not-a-hash"), HttpStatusCode.UnprocessableEntity);
        Assert.NotEmpty(FieldErrors(badHash, "sha256"));

        Assert.Equal((0L, 0L), await StoredAsync(contract, executable, html, svg, zip, png, pdf));
    }

    [Fact]
    public async Task AFileOverTheLimit_Is413NamingTheField_AndStoresNothing()
    {
        var contract = await ContractWithFactAsync();
        var small = fixture.Variant(new() { ["VG_EVIDENCE_MAX_BYTES"] = "4096" });
        // Just over the limit (the handler sees the file), far over it (the body guard stops reading), and over the default 10 MiB.
        var justOver = (byte[])[.. Png(), .. new byte[4096]];
        var farOver = (byte[])[.. Png(), .. new byte[200_000]];
        var overDefault = (byte[])[.. Png(), .. new byte[10 * 1024 * 1024]];
        var atLimit = (byte[])[.. Png(), .. new byte[4096 - Png().Length]];

        foreach (var (client, bytes, limit) in new[]
                 {
                     (small(Tokens.For(fixture, "vendor", vendor: contract.Vendor)), justOver, "4 KiB"),
                     (small(Tokens.For(fixture, "vendor", vendor: contract.Vendor)), farOver, "4 KiB"),
                     (contract.As("vendor"), overDefault, "10 MiB"),
                 })
        {
            var problem = await ProblemAsync(await AttachAsync(client, contract, Upload(bytes, "big.png")), HttpStatusCode.RequestEntityTooLarge);
            Assert.Equal($"is larger than the {limit} a file may be", Assert.Single(FieldErrors(problem, "file")));
        }
        Assert.Equal((0L, 0L), await StoredAsync(contract, justOver, farOver, overDefault));

        var fits = await AttachAsync(small(Tokens.For(fixture, "vendor", vendor: contract.Vendor)), contract, Upload(atLimit, "fits.png"));
        Assert.Equal(HttpStatusCode.Created, fits.StatusCode);
        Assert.Equal((1L, 1L), await StoredAsync(contract, atLimit));
    }
}
