using System.Collections.Immutable;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Money;

namespace VendorGrid.Domain.Contracts.Engine;

/// <summary>A caution both parties see before they confirm: the contract's amount stands, its enforcement may not.</summary>
public sealed record EvaluationWarning(string Code, string? ClauseId, string? Article, decimal Amount, decimal Threshold, string Message);

/// <summary>
/// Civil Code art. 585 (约定的违约金过分高于造成的损失的，人民法院或者仲裁机构可以根据当事人的请求予以适当减少): penalties under a clause
/// with no cap that pass 30 % of the contract total — the usual yardstick of 过分高于 — are flagged, never reduced
/// (issue item 13: C2 第八条第4款 has no cap). Per clause, and once for the uncapped clauses together when none
/// passes alone.
/// </summary>
internal static class EnforcementWarnings
{
    public const string Code = "civil-code-585";
    private const decimal Yardstick = 0.30m;

    public static ImmutableArray<EvaluationWarning> Of(ContractDefinition definition, IEnumerable<LedgerEntry> ledger)
    {
        var threshold = Cny.RoundToFen(definition.Total * Yardstick);
        var uncapped = definition.Penalties.Where(p => p.Payer == ObligationParty.Vendor && p.Cap is null && p.Shape != PenaltyShape.Incurred)
            .ToDictionary(p => p.Id, StringComparer.Ordinal);
        var owed = ledger.Where(e => uncapped.ContainsKey(e.ClauseId) && e.Status != LedgerStatus.Waived)
            .GroupBy(e => e.ClauseId).Select(g => (Clause: uncapped[g.Key], Amount: g.Sum(e => e.Amount))).Where(x => x.Amount > 0).ToList();
        var warnings = owed.Where(x => x.Amount > threshold).OrderBy(x => x.Clause.Id, StringComparer.Ordinal)
            .Select(x => Warning(x.Clause, x.Amount, threshold)).ToImmutableArray();
        var together = owed.Sum(x => x.Amount);
        if (warnings.IsEmpty && together > threshold)
            warnings = [new EvaluationWarning(Code, null, null, together, threshold,
                $"无上限条款（{string.Join("、", owed.Select(x => x.Clause.Article))}）违约金合计 {Cny.Format(together)}，超过合同总额的30%（{Cny.Format(threshold)}）。"
                + Explanation)];
        return warnings;
    }

    private static EvaluationWarning Warning(PenaltyDefinition clause, decimal amount, decimal threshold) =>
        new(Code, clause.Id, clause.Article, amount, threshold,
            $"{clause.Article} 未约定违约金上限，已累计 {Cny.Format(amount)}，超过合同总额的30%（{Cny.Format(threshold)}）。" + Explanation);

    private const string Explanation =
        "依《民法典》第五百八十五条，约定的违约金过分高于造成的损失的，人民法院或仲裁机构可应当事人请求予以适当减少（通常以超过损失的30%为标准）。"
        + " / Penalties under uncapped clauses exceed 30 % of the contract total; under Civil Code art. 585 a court or arbitrator may reduce "
        + "liquidated damages that are excessively higher than the loss (30 % above the loss is the usual yardstick).";
}
