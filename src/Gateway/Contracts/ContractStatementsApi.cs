using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using VendorGrid.Domain.Contracts.Ledger;
using VendorGrid.Domain.Statements;
using VendorGrid.Gateway.Api;
using VendorGrid.Gateway.Statements;
using VendorGrid.Gateway.Tenancy;
using VendorGrid.Grains;
using VendorGrid.Grains.Json;

namespace VendorGrid.Gateway.Contracts;

/// <summary>
/// Monthly statements of a contract (issue 5) as Excel workbooks, and (issue 19) as an A4 print view and PDF to sign and
/// stamp, for whoever reads its ledger: the contract's institution, its vendor, platform admins. Issued months are
/// listed with where each stands (issue 15: issued, signed off by either side, closed); any ended month can be downloaded.
/// The monthly job issues last month's statements on the 1st; the institution's admin may issue an ended month sooner.
/// Each side signs an issued statement off; with both (or silence past the window) the month is closed.
/// </summary>
public static class ContractStatementsApi
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string FontMissingType = "urn:vendorgrid:problem:pdf-font-missing";

    /// <summary>
    /// An issued month: its workbook, when it was issued (null for one issued before statements were recorded in the
    /// contract's history), who signed it off, until when silence signs it off, and when and how it closed (null: open).
    /// </summary>
    public sealed record StatementMonthView(string Month, string Url, DateTimeOffset? IssuedAt, ImmutableArray<PeriodSignOff> SignedOff,
        DateTimeOffset? SignOffDueAt, DateTimeOffset? ClosedAt, PeriodClosure? ClosedBy);

    public static RouteGroupBuilder MapContractStatements(this RouteGroupBuilder contract)
    {
        contract.MapGet("/statements", ListAsync).WithName("ListStatements")
            .Documented($"Months whose statement was issued (by the job on the 1st, or by the institution), newest first, each with its issue time, "
                + $"sign-offs, sign-off window and closure ({EndpointDocs.Paged})", EndpointDocs.Readers,
                $"{EndpointDocs.NotFound}; {EndpointDocs.Invalid} (limit, cursor)");
        contract.MapPost("/statements/{month}/issue", IssueAsync).WithName("IssueStatement").RequireAuthorization(RolePolicies.InstitutionAdmin)
            .Documented("Issue an ended month's statement now rather than on the 1st: 201 the first time, 200 (the same month) on a repeat",
                "institution-admin of the contract's institution", $"{EndpointDocs.NotFound}; {EndpointDocs.Invalid} (month: not yyyy-MM, not ended yet, or outside the term)")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        contract.MapPost("/statements/{month}/sign-off", SignOffAsync).WithName("SignOffStatement").RequireAuthorization(RolePolicies.Decider)
            .Documented("Sign an issued month's statement off for the caller's side: 201 the first time, 200 on a repeat; with both sides (or silence "
                + "past the sign-off window) the month is closed and later changes land in the next open month",
                "institution-admin for the institution, the contract's vendor for the vendor; not institution-staff, not platform-admin",
                $"{EndpointDocs.NotFound}; {EndpointDocs.Invalid} (month: not yyyy-MM, or no statement of it issued — not ended yet, or outside the term)")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
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
        string id, string? limit, string? cursor, HttpContext http, IGrainFactory grains, ContractViewCache views)
    {
        if (PageRequest.TryRead(limit, cursor, out var problem) is not { } page) return Problems.Invalid(problem.Path, problem.Message);
        if (await MonthsAsync(http.Contract(), grains, views) is not { } months) return Problems.Missing("contract", id);
        return page.ApplyInOrder(months, m => m.Month, http) is { } shown
            ? TypedResults.Ok(shown)
            : Problems.Invalid("cursor", "is not a cursor this API returned");
    }

    public static async Task<Results<Created<StatementMonthView>, Ok<StatementMonthView>, ProblemHttpResult>> IssueAsync(
        string id, string month, HttpContext http, IGrainFactory grains, ContractViewCache views)
    {
        if (!StatementMonth.TryParse(month, out _)) return BadMonth;
        var access = http.Contract();
        var issuedNow = await Statements(grains, access).IssueAsync(month);
        // False is a repeat (the month is listed) or a month with nothing to issue: not ended yet, or outside the term.
        if (await MonthsAsync(access, grains, views) is not { } months) return Problems.Missing("contract", id);
        if (months.FirstOrDefault(m => m.Month == month) is not { } issued)
            return Problems.Invalid("month", $"{month} cannot be issued: it has not ended yet, or it is outside the contract's term");
        return issuedNow ? TypedResults.Created(issued.Url, issued) : TypedResults.Ok(issued);
    }

    public static async Task<Results<Created<StatementMonthView>, Ok<StatementMonthView>, ProblemHttpResult>> SignOffAsync(
        string id, string month, HttpContext http, CurrentCaller caller, IGrainFactory grains, ContractViewCache views)
    {
        if (!StatementMonth.TryParse(month, out _)) return BadMonth;
        var access = http.Contract();
        var result = await access.Grain.ExecuteAsync(new SignOffStatement(month, FactPermissions.ReporterOf(caller)));
        if (result.Outcome is not (CommandOutcome.Recorded or CommandOutcome.Duplicate)) return CommandProblems.Of(result, access.Id, "statement", month);
        var signed = (await MonthsAsync(access, grains, views))!.Single(m => m.Month == month);
        return result.Outcome == CommandOutcome.Recorded ? TypedResults.Created(signed.Url, signed) : TypedResults.Ok(signed);
    }

    private static ProblemHttpResult BadMonth => Problems.Invalid("month", "must be a month written yyyy-MM, e.g. 2026-03");

    /// <summary>
    /// Issued months newest first: the stored workbooks, with where each stands from the contract's history (a month
    /// stored before statements were recorded there has no history). Null when the contract does not exist.
    /// </summary>
    private static async Task<List<StatementMonthView>?> MonthsAsync(ContractAccess access, IGrainFactory grains, ContractViewCache views)
    {
        if (await views.ReadAsync(access.Grain, ContractView.Statements, null) is not { } json) return null;
        var periods = JsonSerializer.Deserialize<StatementPeriod[]>(json, ApiJson.Options)!.ToDictionary(p => p.Month);
        var stored = await Statements(grains, access).ListMonthsAsync();
        var url = $"/api/contracts/{Uri.EscapeDataString(access.Id)}/statements/";
        return [.. stored.Union(periods.Keys).OrderDescending(StringComparer.Ordinal).Select(m => periods.TryGetValue(m, out var p)
            ? new StatementMonthView(m, url + m, p.IssuedAt, p.SignedOff, p.SignOffDueAt, p.ClosedAt, p.ClosedBy)
            : new StatementMonthView(m, url + m, null, [], null, null, null))];
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
