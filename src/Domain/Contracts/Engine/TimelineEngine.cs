using System.Collections.Immutable;
using VendorGrid.Domain.Calendar;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Domain.Money;

namespace VendorGrid.Domain.Contracts.Engine;

/// <summary>
/// Evaluates an amended contract: each day is governed by the version in force that day (docs/LEDGER.md §6).
/// A ledger line is the sum, over the versions, of what the version accrues for the line while it governs — its amount at
/// the end of its period less its amount just before its start — so a per-day penalty spanning an effective date is
/// charged at the old rate for the days before it and at the new rate from it on; a one-off charge belongs to the version
/// in force when it happened. Obligation instances come from the version in force on their due date; the payment
/// schedule, the contract's end and everything not dated from the latest version in force. A contract never amended
/// (or evaluated before its first amendment takes effect) is exactly <see cref="ContractEngine.Evaluate(ContractDefinition, IEnumerable{ContractFact}, DateTimeOffset, WorkingCalendar, IncidentClockCache?, decimal, Func{string, bool}?)"/>.
/// </summary>
public static class TimelineEngine
{
    public static ContractEvaluation Evaluate(ContractTimeline timeline, IEnumerable<ContractFact> facts, DateTimeOffset asOf, WorkingCalendar calendar,
        IncidentClockCache? incidentClocks, decimal confirmedPenalties = 0, Func<string, bool>? lineStands = null)
    {
        var segments = timeline.InForceBy(asOf);
        if (segments.Length == 1)
            return ContractEngine.Evaluate(segments[0].Definition, facts, asOf, calendar, incidentClocks, confirmedPenalties, lineStands);

        var known = facts as IReadOnlyCollection<ContractFact> ?? facts.ToList();
        // The cache keeps one definition's incident clocks: switching versions would only empty it, so none is used here.
        // Lines are matched across versions by id, so each evaluation's ids are made unique first, as every reader sees them.
        ContractEvaluation At(ContractDefinition definition, DateTimeOffset at) =>
            UniqueLineIds(ContractEngine.Evaluate(definition, known, at, calendar, null, confirmedPenalties, lineStands));

        var current = At(segments[^1].Definition, asOf);
        var lines = new Dictionary<string, Combined>(StringComparer.Ordinal);
        var obligations = new Dictionary<string, ObligationInstance>(StringComparer.Ordinal);
        var rights = new Dictionary<string, TerminationRight>(StringComparer.Ordinal);
        for (var i = segments.Length - 1; i >= 0; i--)
        {
            var segment = segments[i];
            var last = i == segments.Length - 1;
            // A day belongs to the version in force at its start: the version before stops counting at 23:59:59 the day before.
            DateTimeOffset? begins = i == 0 ? null : segment.Starts;
            var ends = last ? asOf : segments[i + 1].Starts.AddSeconds(-1);
            var atEnd = last ? current : At(segment.Definition, ends);
            var beforeStart = begins is { } b ? At(segment.Definition, b.AddSeconds(-1)) : null;
            var before = beforeStart?.Ledger.ToDictionary(l => l.Id, StringComparer.Ordinal) ?? [];
            // The version over the whole time, with every fact known by asOf: a later fact that takes a charge back (a
            // waiver, a dispute upheld) takes back the part this version charged before it too.
            var now = last ? current : At(segment.Definition, asOf);
            var overall = now.Ledger.ToDictionary(l => l.Id, l => l.Amount, StringComparer.Ordinal);
            foreach (var line in atEnd.Ledger)
            {
                var start = before.TryGetValue(line.Id, out var earlier) ? earlier.Amount : 0;
                var accrued = Math.Min(line.Amount, overall.GetValueOrDefault(line.Id)) - start;
                if (accrued <= 0 && !last) continue;
                if (!lines.TryGetValue(line.Id, out var combined)) lines[line.Id] = combined = new Combined(line, last ? null : ends);
                var basis = earlier is { Amount: > 0 } ? $"{line.Basis}，减去生效前的 {Cny.Format(earlier.Amount)}" : line.Basis;
                combined.Add(segment, begins, Math.Max(0, accrued), basis, earlier is { Amount: > 0 } ? begins!.Value : line.ProposedAt);
            }
            foreach (var right in atEnd.TerminationRights.Where(r => (last || r.Since <= ends) && (begins is null || r.Since >= begins)))
                if (!rights.TryGetValue(right.ClauseId, out var kept) || kept.Since > right.Since) rights[right.ClauseId] = right;
            // Instances due while this version governed (the latest also those not yet due); as they stand now.
            foreach (var o in now.Obligations)
            {
                var inPeriod = o.DueAt is not { } due ? last : (begins is null || due >= begins) && (last || due <= ends);
                if (inPeriod) obligations.TryAdd(o.Id, o);
            }
        }
        var ledger = Capped(segments[^1].Definition, lines.Values.Select(c => c.Entry()).Where(e => e.Amount > 0).ToList());
        return current with
        {
            Obligations = [.. obligations.Values.OrderBy(o => o.DueAt ?? DateTimeOffset.MaxValue).ThenBy(o => o.Id, StringComparer.Ordinal)],
            Ledger = [.. ledger.OrderBy(l => l.ProposedAt).ThenBy(l => l.Id, StringComparer.Ordinal)],
            Totals = Totals(ledger),
            TerminationRights = [.. rights.Values.OrderBy(r => r.Since)],
            Warnings = EnforcementWarnings.Of(segments[^1].Definition, ledger),
        };
    }

    /// <summary>
    /// Line ids name clause and trigger; two clocks of one incident under different clock clauses can charge the same
    /// clause under the same step name, so a repeated id gets "#2", "#3" in the engine's (deterministic) order.
    /// </summary>
    public static ContractEvaluation UniqueLineIds(ContractEvaluation evaluation)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var renamed = false;
        var lines = evaluation.Ledger.Select(line =>
        {
            var n = seen[line.Id] = seen.GetValueOrDefault(line.Id) + 1;
            if (n == 1) return line;
            renamed = true;
            return line with { Id = $"{line.Id}#{n}" };
        }).ToImmutableArray();
        return renamed ? evaluation with { Ledger = lines } : evaluation;
    }

    /// <summary>
    /// A clause cap of a fixed amount or a share of the total (the latest version's) bounds the sum of its lines across
    /// versions too: each version's accruals respect its own cap, but rates that differ could together pass it.
    /// </summary>
    private static List<LedgerEntry> Capped(ContractDefinition definition, List<LedgerEntry> lines)
    {
        var result = new List<LedgerEntry>(lines.Count);
        foreach (var clause in lines.GroupBy(l => l.ClauseId))
        {
            var penalty = definition.Penalties.FirstOrDefault(p => p.Id == clause.Key);
            decimal? cap = penalty?.Cap is { Scope: CapScope.Clause } c && (c.Amount is not null || c.Base == AmountBase.ContractTotal)
                ? Cny.RoundToFen(c.Amount ?? c.Rate!.Value * definition.Total) : null;
            var left = cap ?? decimal.MaxValue;
            foreach (var line in clause.OrderBy(l => l.ProposedAt).ThenBy(l => l.Id, StringComparer.Ordinal))
            {
                if (line.Kind != LedgerEntryKind.Accrual || cap is null) { result.Add(line); continue; }
                var amount = Math.Min(line.Amount, Math.Max(0, left));
                left -= amount;
                result.Add(amount == line.Amount ? line : line with { Amount = amount, Basis = $"{line.Basis}（上限 {Cny.Format(cap.Value)}）" });
            }
        }
        return result;
    }

    private static LedgerTotals Totals(List<LedgerEntry> entries)
    {
        decimal Sum(Func<LedgerEntry, bool> where) => entries.Where(e => e.Payer == ObligationParty.Vendor && where(e)).Sum(e => e.Amount);
        return new LedgerTotals(Sum(e => e.Final), 0, 0, 0, entries.Where(e => e.Payer == ObligationParty.Client).Sum(e => e.Amount))
        {
            Accruing = Sum(e => !e.Final), Gross = Sum(e => e.Final), Net = Sum(e => e.Final),
        };
    }

    /// <summary>One line's parts, latest version first (the order they are found in); its shape is the latest version's.</summary>
    private sealed class Combined(LedgerEntry latest, DateTimeOffset? stoppedAt)
    {
        private readonly List<(VersionSegment Segment, DateTimeOffset? Begins, decimal Amount, string Basis)> parts = [];
        private DateTimeOffset? proposedAt;

        /// <param name="startedAt">When this version's part began to accrue (its effective date for a line already running).</param>
        public void Add(VersionSegment segment, DateTimeOffset? begins, decimal amount, string basis, DateTimeOffset startedAt)
        {
            parts.Add((segment, begins, amount, basis));
            if (amount > 0) proposedAt = proposedAt is { } p && p < startedAt ? p : startedAt;
        }

        public LedgerEntry Entry()
        {
            var amount = parts.Sum(p => p.Amount);
            var charged = parts.Where(p => p.Amount > 0).ToList();
            var basis = charged.Count == 1 && parts.Count == 1 ? latest.Basis : string.Join("；", Enumerable.Reverse(charged).Select(p =>
                $"第{p.Segment.Version}版{(p.Begins is null ? "" : $"（自 {p.Segment.From:yyyy-MM-dd}）")} {Cny.Format(p.Amount)}：{p.Basis}"));
            // A line only an earlier version charges stopped growing when that version stopped governing.
            var final = latest.Final || stoppedAt is not null;
            var finalAt = latest.FinalAt ?? stoppedAt;
            return latest with { Amount = amount, Basis = basis, ProposedAt = proposedAt ?? latest.ProposedAt, Final = final, FinalAt = final ? finalAt : null,
                Status = final && latest.Status == LedgerStatus.Accruing ? LedgerStatus.Proposed : latest.Status };
        }
    }
}
