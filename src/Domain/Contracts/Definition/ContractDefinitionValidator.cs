using System.Text.RegularExpressions;
using VendorGrid.Domain.Validation;

namespace VendorGrid.Domain.Contracts.Definition;

/// <summary>
/// Checks what JSON binding cannot: signs of money and rates, references between clauses, and that each
/// clause carries the block its shape needs. Every error names the JSON path of the field at fault.
/// </summary>
public static partial class ContractDefinitionValidator
{
    /// <summary>Lower-case words joined by hyphens; the hyphen keeps a key from ever reading as a hex number.</summary>
    [GeneratedRegex("^(?=.{3,100}$)[a-z0-9]+(?:-[a-z0-9]+)+$")]
    private static partial Regex Slug();

    /// <summary>统一社会信用代码: 18 characters from the national charset (no I, O, S, V, Z).</summary>
    [GeneratedRegex("^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$")]
    private static partial Regex CreditCode();

    public static IReadOnlyList<FieldError> Validate(ContractDefinition d)
    {
        var errors = new List<FieldError>();
        void Check(bool ok, string path, string message) { if (!ok) errors.Add(new FieldError(path, message)); }

        Check(d.FormatVersion == 1, "formatVersion", "only format version 1 is understood");
        Check(Slug().IsMatch(d.Id), "id", "must be lower-case words joined by hyphens, e.g. c2-chaoyang-his-2026 (at most 100 characters)");
        Check(!string.IsNullOrWhiteSpace(d.Title), "title", "is required");
        CheckParty(d.Institution, "institution", Check);
        CheckParty(d.Vendor, "vendor", Check);
        Check(d.Term.Start <= d.Term.End, "term.end", "must not be before term.start");
        Check(d.Total >= 0, "total", "must not be negative");
        Check(d.Vat is null || (d.Vat >= 0 && d.Vat <= d.Total), "vat", "must be between 0 and the total");
        Check(d.ClaimWindowDays is null or >= 0, "claimWindowDays", "must not be negative");

        var clauseIds = new HashSet<string>(StringComparer.Ordinal);
        var lineItems = d.LineItems.Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < d.LineItems.Length; i++)
            LineItemRules.Check(d.LineItems[i], $"lineItems[{i}]", Check);
        for (var i = 0; i < d.Obligations.Length; i++)
        {
            Check(clauseIds.Add(d.Obligations[i].Id), $"obligations[{i}].id", "duplicates another clause id");
            ObligationRules.Check(d, d.Obligations[i], $"obligations[{i}]", Check);
        }
        for (var i = 0; i < d.Penalties.Length; i++)
        {
            Check(clauseIds.Add(d.Penalties[i].Id), $"penalties[{i}].id", "duplicates another clause id");
            PenaltyRules.Check(d, d.Penalties[i], $"penalties[{i}]", lineItems, Check);
        }
        var paymentIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < d.Payments.Length; i++)
        {
            var p = d.Payments[i];
            Check(paymentIds.Add(p.Id), $"payments[{i}].id", "duplicates another payment id");
            Check(p.Amount is null or >= 0, $"payments[{i}].amount", "must not be negative");
            Check(p.Share is null or (>= 0 and <= 1), $"payments[{i}].share", "must be a fraction between 0 and 1");
            Check(p.Amount is not null || d.Usage is not null, $"payments[{i}].amount", "is required unless the contract is usage-priced");
            ObligationRules.CheckDue(d, p.Due, $"payments[{i}].due", Check);
            // A share is the contract's own words (首付款 30%): the amount written beside it must be that share of the total.
            if (p is { Share: >= 0 and <= 1, Amount: { } amount } && d.Usage is null)
                Check(Math.Abs(Money.Cny.RoundToFen(p.Share.Value * d.Total) - amount) <= 0.01m, $"payments[{i}].amount",
                    $"must be its share of the total ({p.Share.Value * 100:0.##} % × {Money.Cny.Format(d.Total)} = {Money.Cny.Format(Money.Cny.RoundToFen(p.Share.Value * d.Total))})");
        }
        // Shares given for every installment are the whole payment schedule: they must add up to 100 %.
        if (d.Payments.Length > 0 && d.Payments.All(p => p.Share is not null) && d.Payments.Sum(p => p.Share!.Value) is var shares
            && Math.Abs(shares - 1m) > 0.0001m)
            Check(false, "payments", $"shares must add up to 100 % (they add up to {shares * 100:0.##} %)");
        if (d.Usage is { } usage)
        {
            Check(usage.Estimate >= 0, "usage.estimate", "must not be negative");
            Check(usage.VendorBorneOverrunRate is >= 0 and <= 1, "usage.vendorBorneOverrunRate", "must be a fraction between 0 and 1");
            for (var i = 0; i < usage.Prices.Length; i++)
                Check(usage.Prices[i].UnitPrice >= 0, $"usage.prices[{i}].unitPrice", "must not be negative");
        }
        if (d.ChangeBudget is { } budget)
            Check(budget.FreePersonDays >= 0, "changeBudget.freePersonDays", "must not be negative");
        for (var i = 0; i < d.Staffing.Length; i++)
        {
            Check(d.Staffing[i].Minimum >= 0, $"staffing[{i}].minimum", "must not be negative");
            Staffing.StaffingValidator.CheckRequirement(d, d.Staffing[i], $"staffing[{i}]", Check);
        }
        return errors;
    }

    private static void CheckParty(Party party, string path, Action<bool, string, string> check)
    {
        check(!string.IsNullOrWhiteSpace(party.Name), $"{path}.name", "is required");
        var looksLikeCreditCode = party.Id.Length == 18;
        check(looksLikeCreditCode ? CreditCode().IsMatch(party.Id) : Slug().IsMatch(party.Id), $"{path}.id",
            "must be an 18-character 统一社会信用代码 or, for a party without one, a lower-case slug");
    }

    public static bool IsPartyId(string id) => id.Length == 18 ? CreditCode().IsMatch(id) : Slug().IsMatch(id);
}
