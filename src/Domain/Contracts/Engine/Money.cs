namespace VendorGrid.Domain.Contracts.Engine;

/// <summary>DOMAIN.md §2: CNY as decimal, rounded half-up (四舍五入) to the fen at each ledger entry.</summary>
internal static class Money
{
    public static decimal RoundFen(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);
}
