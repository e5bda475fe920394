using VendorGrid.Domain.Money;
using VendorGrid.Domain.Validation;

namespace VendorGrid.Domain.Contracts.Definition;

/// <summary>
/// The amounts of a submitted definition must agree with each other, as the signed contract's price table does: a line
/// item priced as people × months × unit price is that product, and listed line items add up to the contract total
/// (to the fen). The portal's editor checks the same rule as you type, with the same field keys and messages.
/// </summary>
public static class DefinitionAmounts
{
    public static IReadOnlyList<FieldError> Check(ContractDefinition d)
    {
        var errors = new List<FieldError>();
        for (var i = 0; i < d.LineItems.Length; i++)
        {
            if (d.LineItems[i] is not { People: { } people, Months: { } months, UnitPrice: { } price, Amount: var amount }) continue;
            var product = Cny.RoundToFen(people * months * price);
            if (product != Cny.RoundToFen(amount))
                errors.Add(new($"lineItems[{i}].amount", $"第 {i + 1} 项：人数 × 月数 × 单价 = {Cny.Format(product)}，与金额 {Cny.Format(amount)} 不一致"));
        }
        if (d.LineItems.Length > 0 && Cny.RoundToFen(d.LineItems.Sum(l => l.Amount)) is var sum && sum != Cny.RoundToFen(d.Total))
            errors.Add(new("lineItems", $"分项金额合计 {Cny.Format(sum)} 与合同总额 {Cny.Format(d.Total)} 不一致"));
        return errors;
    }
}
