using System.Collections.Immutable;

namespace VendorGrid.Grains.Statements;

/// <summary>Issued monthly statements (vg.contract_statements), one per contract and month.</summary>
public interface IStatementStore
{
    Task<ImmutableArray<string>> ListMonthsAsync(string contractKey);

    Task<byte[]?> ReadAsync(string contractKey, string month);

    /// <summary>Stores the workbook unless the month is already stored; true when this call stored it.</summary>
    Task<bool> SaveAsync(string contractKey, string month, byte[] workbook, DateTimeOffset issuedAt);
}
