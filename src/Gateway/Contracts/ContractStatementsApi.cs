using System.Collections.Immutable;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using VendorGrid.Domain.Statements;
using VendorGrid.Gateway.Api;
using VendorGrid.Gateway.Statements;
using VendorGrid.Gateway.Tenancy;
using VendorGrid.Grains;

namespace VendorGrid.Gateway.Contracts;

/// <summary>
/// Monthly statements of a contract (issue 5) as Excel workbooks, and (issue 19) as an A4 print view and PDF to sign and
/// stamp, for whoever reads its ledger: the contract's institution, its vendor, platform admins. Issued months are
/// listed; any ended month can be downloaded.
/// </summary>
public static class ContractStatementsApi
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string FontMissingType = "urn:vendorgrid:problem:pdf-font-missing";

    public sealed record StatementMonthView(string Month, string Url);

    public static RouteGroupBuilder MapContractStatements(this RouteGroupBuilder contract)
    {
        contract.MapGet("/statements", ListAsync).WithName("ListStatements")
            .Documented($"Months whose statement was issued (by the job on the 1st), newest first ({EndpointDocs.Paged})", EndpointDocs.Readers,
                $"{EndpointDocs.NotFound}; {EndpointDocs.Invalid} (limit, cursor)");
        contract.MapGet("/statements/{month}", DownloadAsync).WithName("DownloadStatement")
            .Produces(StatusCodes.Status200OK, contentType: XlsxContentType)
            .Documented("The month's statement as .xlsx (amounts in figures and 大写); an ended month not issued is generated now; "
                + "knownAt: the statement as the contract was known then (an issued month's issue time gives the issued workbook byte for byte)",
                EndpointDocs.Readers,
                $"{EndpointDocs.NotFound}; {MonthErrors}");
        // {month}.pdf and {month}.html are complex segments, which routing ranks above the plain {month} of the .xlsx.
        contract.MapGet("/statements/{month}.pdf", PdfAsync).WithName("PrintStatementPdf")
            .Produces(StatusCodes.Status200OK, contentType: StatementPdf.ContentType)
            .Documented("The month's statement as an A4 PDF to sign and stamp: parties, period, each entry with its clause, totals in figures and 大写, 签字盖章 for both parties",
                EndpointDocs.Readers, $"{EndpointDocs.NotFound}; {MonthErrors}; 503 ({FontMissingType}) when the server has no CJK font (VG_PDF_FONT)");
        contract.MapGet("/statements/{month}.html", PrintViewAsync).WithName("PrintStatementHtml")
            .Produces(StatusCodes.Status200OK, contentType: "text/html")
            .Documented("The month's statement as a print view (HTML laid out for A4, the PDF's content); print it from the browser",
                EndpointDocs.Readers, $"{EndpointDocs.NotFound}; {MonthErrors}");
        return contract;
    }

    public static async Task<Results<Ok<StatementMonthView[]>, ProblemHttpResult>> ListAsync(
        string id, string? limit, string? cursor, HttpContext http, IGrainFactory grains)
    {
        if (PageRequest.TryRead(limit, cursor, out var problem) is not { } page) return Problems.Invalid(problem.Path, problem.Message);
        var access = http.Contract();
        if (access.Summary is null && await access.Grain.GetSummaryAsync() is null) return Problems.Missing("contract", id);
        var months = await Statements(grains, access).ListMonthsAsync();
        return page.ApplyInOrder(months, m => m, http) is { } shown
            ? TypedResults.Ok(shown.Select(m => new StatementMonthView(m, $"/api/contracts/{id}/statements/{m}")).ToArray())
            : Problems.Invalid("cursor", "is not a cursor this API returned");
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadAsync(
        string id, string month, string? knownAt, IGrainFactory grains, HttpResponse response)
    {
        // Tenancy first (the contract scope): another tenant's contract is 404 whatever the month says.
        var access = response.HttpContext.Contract();
        if (access.Summary is null && await access.Grain.GetSummaryAsync() is null) return Problems.Missing("contract", id);
        if (!StatementMonth.TryParse(month, out _)) return Problems.Invalid("month", "must be a month written yyyy-MM, e.g. 2026-03");
        if (!AsOfQuery.TryRead(knownAt, out var known)) return Problems.Invalid("knownAt", AsOfQuery.Problem);
        if (await Statements(grains, access).GetAsync(month, known) is not { } file) return Problems.Missing("statement", month);
        // filename= is an ASCII fallback; filename*= (RFC 5987/6266) carries the Chinese name for every current browser.
        var disposition = new ContentDispositionHeaderValue("attachment") { FileName = file.AsciiFileName, FileNameStar = file.FileName };
        response.Headers.ContentDisposition = disposition.ToString();
        return TypedResults.File(file.Content, XlsxContentType);
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> PdfAsync(
        string id, string month, IGrainFactory grains, HttpResponse response, IConfiguration config)
    {
        if (await PrintableAsync(id, month, response.HttpContext, grains) is not { } found) return NotPrintable(id, month);
        if (found.Printable is not { } printable) return found.Problem!;
        if (CjkFont.Install(config["VG_PDF_FONT"]) is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, type: FontMissingType,
                title: "无法生成 PDF / PDF unavailable",
                detail: "No font with Chinese glyphs on this server: install fonts-wqy-microhei, or set VG_PDF_FONT to a TrueType file.");
        var name = $"对账单-{FileNames.Safe(printable.Statement.Header.Number.Length > 0 ? printable.Statement.Header.Number : id)}-{month}.pdf";
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("inline")
            { FileName = $"statement-{FileNames.Safe(id)}-{month}.pdf", FileNameStar = name }.ToString();
        return TypedResults.File(StatementPdf.Render(printable), StatementPdf.ContentType);
    }

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> PrintViewAsync(
        string id, string month, HttpContext http, IGrainFactory grains)
    {
        if (await PrintableAsync(id, month, http, grains) is not { } found) return NotPrintable(id, month);
        if (found.Printable is not { } printable) return found.Problem!;
        var pdf = $"/api/contracts/{Uri.EscapeDataString(id)}/statements/{month}.pdf";
        return TypedResults.Content(StatementHtml.Render(printable, pdf), "text/html; charset=utf-8");
    }

    private const string MonthErrors =
        $"404 (urn:vendorgrid:problem:statement-not-found) for a month not ended yet or before the term; {EndpointDocs.Invalid} (month, yyyy-MM)";

    private sealed record Found(PrintableStatement? Printable, ProblemHttpResult? Problem);

    /// <summary>The printable statement, a problem (contract hidden, bad month), or null for a month with no statement.</summary>
    private static async Task<Found?> PrintableAsync(string id, string month, HttpContext http, IGrainFactory grains)
    {
        // Tenancy first (the contract scope): another tenant's contract is 404 whatever the month says.
        var access = http.Contract();
        if (access.Summary is null && await access.Grain.GetSummaryAsync() is null) return new(null, Problems.Missing("contract", id));
        if (!StatementMonth.TryParse(month, out _)) return new(null, Problems.Invalid("month", "must be a month written yyyy-MM, e.g. 2026-03"));
        return await Statements(grains, access).GetPrintableAsync(month) is { } printable ? new(printable, null) : null;
    }

    private static ProblemHttpResult NotPrintable(string id, string month) => Problems.Missing("statement", month);

    private static IContractStatementsGrain Statements(IGrainFactory grains, ContractAccess access) =>
        grains.GetGrain<IContractStatementsGrain>(access.GrainKey);
}
