using System.Collections.Immutable;

namespace VendorGrid.Grains;

/// <summary>A monthly statement as an Excel workbook, with the file name to offer it under.</summary>
[GenerateSerializer, Alias("vg.StatementFile")]
public sealed record StatementFile
{
    /// <summary>yyyy-MM</summary>
    [Id(0)] public string Month { get; init; } = "";
    /// <summary>Chinese file name, e.g. 对账单-朝医-2026-AC-…-2026-03.xlsx.</summary>
    [Id(1)] public string FileName { get; init; } = "";
    /// <summary>ASCII fallback for clients that cannot read RFC 5987 file names.</summary>
    [Id(2)] public string AsciiFileName { get; init; } = "";
    [Id(3)] public byte[] Content { get; init; } = [];
    /// <summary>True when it was issued by the monthly job (stored); false when generated on request.</summary>
    [Id(4)] public bool Issued { get; init; }
}

/// <summary>
/// The monthly statements of one contract, keyed by the contract's grain key (<c>{institution}/{contract}</c>).
/// Stateless: issued statements are rows of vg.contract_statements; any other past month is generated on request.
/// </summary>
[Alias("vg.IContractStatementsGrain")]
public interface IContractStatementsGrain : IGrainWithStringKey
{
    /// <summary>The months issued for this contract, newest first.</summary>
    [Alias("list-months")]
    Task<ImmutableArray<string>> ListMonthsAsync();

    /// <summary>
    /// The issued statement of <paramref name="month"/> (yyyy-MM), or one generated now for a month that has ended;
    /// with <paramref name="knownAt"/>, the statement as the contract was known then (issue 15: at an issued month's
    /// issue time, byte for byte the issued workbook). Null when the contract does not exist, the month has not ended,
    /// or it ended before the contract's term began.
    /// </summary>
    [Alias("get")]
    Task<StatementFile?> GetAsync(string month, DateTimeOffset? knownAt = null);

    /// <summary>
    /// The statement of <paramref name="month"/> as a printed document shows it (parties, articles of its clauses), for
    /// the HTML print view and the PDF; null exactly when <see cref="GetAsync"/> is null.
    /// </summary>
    [Alias("get-printable")]
    Task<VendorGrid.Domain.Statements.PrintableStatement?> GetPrintableAsync(string month);

    /// <summary>
    /// Issues the statement of an ended month once: stores it (a repeat keeps the first) and puts one notification in
    /// the institution's and the vendor's inbox (by operation key, so never twice). False when there is nothing to issue.
    /// </summary>
    [Alias("issue")]
    Task<bool> IssueAsync(string month);
}
