using VendorGrid.Domain.Money;
using VendorGrid.Domain.Time;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Facts;

namespace VendorGrid.Domain.Contracts.Engine;

/// <summary>
/// Computes what each clause's triggers accrue: applies caps (per clause by default, DOMAIN.md §2), raises escalations
/// and termination rights. Each line is keyed by clause and trigger, so computing again gives the same line; what was
/// posted, confirmed or waived is the ledger's (Ledger/), never the engine's.
/// </summary>
internal sealed class LedgerBuilder(FactIndex facts, PenaltyFormulas formulas, Func<string, bool>? lineStands)
{
    public void Post(PenaltyDefinition clause, IEnumerable<ChargeTrigger> triggers, List<LedgerEntry> entries, Dictionary<string, TerminationRight> rights)
    {
        var clauseCap = clause.Cap is { Scope: CapScope.Clause } cap ? Cny.RoundToFen(formulas.CapAmount(cap, null)) : (decimal?)null;
        var accrued = 0m;
        var accruedPerLineItem = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var lateDays = 0;
        DateTimeOffset? capReachedAt = null, lateDaysReachedAt = null;
        foreach (var t in triggers.OrderBy(t => t.StartsAt).ThenBy(t => t.SourceId, StringComparer.Ordinal))
        {
            var raw = formulas.Raw(clause, t);
            var limit = clause.Cap is { Scope: CapScope.Trigger } perTrigger ? formulas.CapAmount(perTrigger, t) : (decimal?)null;
            if (clauseCap is { } c) limit = Math.Min(limit ?? decimal.MaxValue, c - accrued);
            var lineItem = t.LineItemId ?? "";
            if (clause.Cap is { Scope: CapScope.LineItem } perItem)
                limit = Cny.RoundToFen(formulas.CapAmount(perItem, t)) - accruedPerLineItem.GetValueOrDefault(lineItem);
            var amount = Cny.RoundToFen(limit is { } l ? Math.Max(0, Math.Min(raw, l)) : raw);
            accruedPerLineItem[lineItem] = accruedPerLineItem.GetValueOrDefault(lineItem) + amount;
            var capHit = limit is { } reachable && raw >= reachable;
            if (capHit) capReachedAt ??= ReachedAt(raw, limit!.Value, t);
            accrued += amount;
            if (clause.Escalation?.AtLateDays is { } n && lateDays < n && lateDays + t.Days >= n)
                lateDaysReachedAt = Deadlines.StartOfDay(t.FirstDay.AddDays(n - lateDays - 1));
            lateDays += t.Days;
            var line = $"{clause.Id}:{t.SourceId}";
            if (clause.TerminationRight && (amount <= 0 || lineStands?.Invoke(line) != false))
                Raise(rights, clause, t.StartsAt, $"{clause.Article}: {RightBasis(clause, t)}");
            if (amount <= 0) continue;
            var finalAt = t.ClosedAt ?? (capHit ? capReachedAt : null);
            entries.Add(Line(line, clause, t.ObligationId, amount, LedgerEntryKind.Accrual,
                formulas.Basis(clause, t), t.StartsAt, finalAt, RangeOf(clause, t)));
        }
        Escalate(clause, accrued, clause.Escalation?.AtCap == true ? capReachedAt : null, lateDaysReachedAt, entries, rights);
        OnTermination(clause, entries);
    }

    private void Escalate(PenaltyDefinition clause, decimal accrued, DateTimeOffset? atCap, DateTimeOffset? atLateDays,
        List<LedgerEntry> entries, Dictionary<string, TerminationRight> rights)
    {
        if (clause.Escalation is not { } escalation) return;
        var at = Earliest(atCap, atLateDays);
        if (at is null) return;
        var why = atLateDays is not null && at == atLateDays ? $"逾期累计达到 {escalation.AtLateDays} 日" : "违约金达到上限";
        if (escalation.TerminationRight) Raise(rights, clause, at.Value, $"{clause.Article}: {why}，甲方有权解除合同");
        if (escalation.OneTime is not { } oneTime) return;
        var amount = Cny.RoundToFen(formulas.Unit(oneTime, null));
        if (escalation.Mode == EscalationMode.Superseding) amount = Math.Max(0, amount - accrued);
        if (amount <= 0) return;
        entries.Add(Line($"{clause.Id}:escalation", clause, null, amount, LedgerEntryKind.Escalation,
            $"{clause.Article}: {why}，一次性违约金 {oneTime.Rate * 100:0.###}%", at.Value, at.Value, null));
    }

    /// <summary>Amounts due only if the institution terminates on this clause (C1 第八条第13款: 30 %).</summary>
    private void OnTermination(PenaltyDefinition clause, List<LedgerEntry> entries)
    {
        if (clause.OnTermination is not { } rule) return;
        var terminated = facts.First<ContractTerminated>(f => f.ClauseId == clause.Id);
        if (terminated is null) return;
        entries.Add(Line($"{clause.Id}:on-termination", clause, null, Cny.RoundToFen(formulas.Unit(rule, null)),
            LedgerEntryKind.OnTermination, $"{clause.Article}: 解除合同", terminated.OccurredAt, terminated.OccurredAt, null));
    }

    /// <summary>A line still growing (no <paramref name="finalAt"/>) is accruing; a final one is what the ledger may post.</summary>
    private static LedgerEntry Line(string id, PenaltyDefinition clause, string? obligationId, decimal amount, LedgerEntryKind kind, string basis,
        DateTimeOffset proposedAt, DateTimeOffset? finalAt, (decimal Min, decimal Max)? range) =>
        new(id, clause.Id, obligationId, amount, finalAt is null ? LedgerStatus.Accruing : LedgerStatus.Proposed, kind, clause.Payer, basis,
            proposedAt, null, range?.Min, range?.Max, finalAt is not null) { FinalAt = finalAt };

    /// <summary>For daily accruals, the start of the day on which the cap was reached; otherwise the trigger's start.</summary>
    private static DateTimeOffset ReachedAt(decimal raw, decimal limit, ChargeTrigger t)
    {
        if (t.Days <= 0 || raw <= 0) return t.StartsAt;
        var perDay = raw / t.Days;
        var days = (int)Math.Ceiling(limit / perDay);
        return Deadlines.StartOfDay(t.FirstDay.AddDays(Math.Max(0, days - 1)));
    }

    private (decimal Min, decimal Max)? RangeOf(PenaltyDefinition clause, ChargeTrigger t) =>
        clause.Shape == PenaltyShape.Range
            ? (Cny.RoundToFen(formulas.Unit(clause.Min!, t) * t.Count), Cny.RoundToFen(formulas.Unit(clause.Max!, t) * t.Count))
            : null;

    private static void Raise(Dictionary<string, TerminationRight> rights, PenaltyDefinition clause, DateTimeOffset since, string basis)
    {
        if (!rights.TryGetValue(clause.Id, out var existing) || existing.Since > since)
            rights[clause.Id] = new TerminationRight(clause.Id, basis, since);
    }

    /// <summary>
    /// A clause that gives only the right (no money) says nothing more than its trigger, so a trigger that describes
    /// itself (a failed evaluation with its score) is the basis; otherwise the clause's summary is.
    /// </summary>
    private static string RightBasis(PenaltyDefinition clause, ChargeTrigger t) =>
        clause.Shape == PenaltyShape.TerminationRight && !string.IsNullOrWhiteSpace(t.Description) ? t.Description : clause.Summary;

    private static DateTimeOffset? Earliest(DateTimeOffset? a, DateTimeOffset? b) =>
        a is null ? b : b is null ? a : a < b ? a : b;
}
