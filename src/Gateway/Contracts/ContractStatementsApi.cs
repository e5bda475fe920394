using System.Collections.Immutable;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using VendorGrid.Domain.Statements;
using VendorGrid.Gateway.Api;
using VendorGrid.Gateway.Tenancy;
using VendorGrid.Grains;

namespace VendorGrid.Gateway.Contracts;

/// <summary>
/// Monthly statements of a contract (issue 5) as Excel workbooks, for whoever reads its ledger: the contract's
/// institution, its vendor, platform admins. Issued months are listed; any ended month can be downloaded.
/// </summary>
public static class ContractStatementsApi
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public sealed record StatementMonthView(string Month, string Url);

    public static RouteGroupBuilder MapContractStatements(this RouteGroupBuilder contract)
    {
        contract.MapGet("/statements", ListAsync).WithName("ListStatements")
            .Documented($"Months whose statement was issued (by the job on the 1st), newest first ({EndpointDocs.Paged})", EndpointDocs.Readers,
                $"{EndpointDocs.NotFound}; {EndpointDocs.Invalid} (limit, cursor)");
        contract.MapGet("/statements/{month}", DownloadAsync).WithName("DownloadStatement")
            .Produces(StatusCodes.Status200OK, contentType: XlsxContentType)
            .Documented("The month's statement as .xlsx (amounts in figures and 大写); an ended month not issued is generated now",
                EndpointDocs.Readers,
                $"{EndpointDocs.NotFound}; 404 (urn:vendorgrid:problem:statement-not-found) for a month not ended yet or before the term; {EndpointDocs.Invalid} (month, yyyy-MM)");
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
        string id, string month, IGrainFactory grains, HttpResponse response)
    {
        // Tenancy first (the contract scope): another tenant's contract is 404 whatever the month says.
        var access = response.HttpContext.Contract();
        if (access.Summary is null && await access.Grain.GetSummaryAsync() is null) return Problems.Missing("contract", id);
        if (!StatementMonth.TryParse(month, out _)) return Problems.Invalid("month", "must be a month written yyyy-MM, e.g. 2026-03");
        if (await Statements(grains, access).GetAsync(month) is not { } file) return Problems.Missing("statement", month);
        // filename= is an ASCII fallback; filename*= (RFC 5987/6266) carries the Chinese name for every current browser.
        var disposition = new ContentDispositionHeaderValue("attachment") { FileName = file.AsciiFileName, FileNameStar = file.FileName };
        response.Headers.ContentDisposition = disposition.ToString();
        return TypedResults.File(file.Content, XlsxContentType);
    }

    private static IContractStatementsGrain Statements(IGrainFactory grains, ContractAccess access) =>
        grains.GetGrain<IContractStatementsGrain>(access.GrainKey);
}
