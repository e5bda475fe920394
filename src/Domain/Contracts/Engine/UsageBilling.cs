using VendorGrid.Domain.Money;
using System.Collections.Immutable;
using System.Globalization;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Facts;

namespace VendorGrid.Domain.Contracts.Engine;

/// <summary>
/// Usage-priced billing (C5): verified monthly counts × unit prices, and the overrun rule — charges above the
/// estimate up to 1 % of it are borne by the vendor; beyond that they wait for a supplemental agreement.
/// </summary>
internal static class UsageBilling
{
    public static UsageSummary Summarize(UsageTerms terms, FactIndex facts)
    {
        var months = facts.OfType<UsageVerified>()
            .GroupBy(f => f.Month)
            .Select(g => g.Last())  // a later verification of the same month corrects the earlier one
            .OrderBy(f => f.Month, StringComparer.Ordinal)
            .Select(f => new UsageMonth(f.Month, f.Online, f.Phone, Charge(terms, f.Online, f.Phone)))
            .ToImmutableArray();
        var charges = months.Sum(m => m.Charges);
        var overrun = Math.Max(0, charges - terms.Estimate);
        var borne = Math.Min(overrun, Cny.RoundToFen(terms.Estimate * terms.VendorBorneOverrunRate));
        var beyond = overrun - borne;
        // A supplemental agreement settles the overrun beyond the vendor's share: the amount it names, or all of it.
        var agreements = facts.OfType<SupplementalAgreementSigned>();
        var supplemental = agreements.Count == 0 ? 0 : agreements.Any(a => a.Amount is null) ? beyond : Math.Min(beyond, agreements.Sum(a => a.Amount!.Value));
        var cap = terms.Estimate + supplemental;
        return new UsageSummary(charges, terms.Estimate, Math.Min(charges, cap), borne, beyond - supplemental, months) { Cap = cap };
    }

    /// <summary>
    /// 第四条4.1's limit on the running total (DOMAIN.md example 6): what is payable for the verified months through
    /// <paramref name="through"/> (all of them when null), never past the estimate plus any supplemental amount.
    /// </summary>
    public static decimal PayableThrough(UsageSummary usage, DateOnly? through) =>
        Math.Min(through is { } to ? ChargesBetween(usage, DateOnly.MinValue, to) : usage.Charges, usage.Cap);

    public static decimal Charge(UsageTerms terms, long online, long phone) =>
        Cny.RoundToFen(online * Price(terms, "online") + phone * Price(terms, "phone"));

    private static decimal Price(UsageTerms terms, string channel) =>
        terms.Prices.FirstOrDefault(p => p.Channel == channel)?.UnitPrice ?? 0;

    /// <summary>Charges of the verified months from <paramref name="from"/> to <paramref name="to"/>, inclusive.</summary>
    public static decimal ChargesBetween(UsageSummary usage, DateOnly from, DateOnly to) =>
        usage.Months.Where(m => InRange(m.Month, from, to)).Sum(m => m.Charges);

    public static bool AllVerified(UsageSummary usage, DateOnly from, DateOnly to)
    {
        for (var month = new DateOnly(from.Year, from.Month, 1); month <= to; month = month.AddMonths(1))
            if (!usage.Months.Any(m => m.Month == month.ToString("yyyy-MM", CultureInfo.InvariantCulture))) return false;
        return true;
    }

    private static bool InRange(string month, DateOnly from, DateOnly to)
    {
        var first = DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return first >= new DateOnly(from.Year, from.Month, 1) && first <= to;
    }
}
