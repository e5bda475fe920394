using System.Collections.Immutable;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Domain.Time;

namespace VendorGrid.Domain.Contracts.Engine;

/// <summary>
/// One period of a service-level clause: its target and what was measured. <see cref="Measured"/> is null while
/// nothing is known (counts not yet reported); <see cref="Met"/> is null until the period has ended and is measured.
/// Target and measured are fractions as doubles: the API writes every decimal as money, with two places.
/// </summary>
public sealed record ServiceLevelPeriod(
    string ClauseId,
    string Title,
    ServiceMetric Metric,
    string? Channel,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    double Target,
    bool Strict,
    double? Measured,
    long? Achieved,
    long? OutOf,
    bool? Met,
    string? PenaltyClause);

/// <summary>
/// Service levels per period (DOMAIN.md §3): availability from the vendor-caused outages of the clause's channel (an
/// outage without a channel counts against every channel), and shares answered in time from reported counts (the
/// last report of a period wins, so a correction replaces it). A period that ended below target is an occurrence of
/// the clause's penalty, at the end of the period.
/// </summary>
internal sealed class ServiceLevels(ContractDefinition definition, FactIndex facts, DateTimeOffset asOf)
{
    public List<MissedClock> Missed { get; } = [];

    public IEnumerable<ServiceLevelPeriod> Evaluate(ObligationDefinition clause)
    {
        var rule = clause.ServiceLevel!;
        foreach (var period in ServicePeriods.Split(definition.Term, rule.Per, PeriodAlignment.Calendar))
        {
            var start = Deadlines.StartOfDay(period.First);
            if (start > asOf) yield break;
            var end = Deadlines.StartOfDay(period.Last.AddDays(1));
            var ended = asOf >= end;
            var (measured, achieved, outOf) = rule.Metric == ServiceMetric.Availability
                ? (Availability(rule.Channel, start, ended ? end : asOf), null, null)
                : Reported(clause.Id, period);
            bool? met = ended && measured is { } m ? (rule.Strict ? m > rule.Target : m >= rule.Target) : null;
            if (met == false && rule.PenaltyClause is { } penalty)
                Missed.Add(new MissedClock(penalty, $"{clause.Id}@{period.First:yyyy-MM-dd}", end,
                    $"{clause.Title} {period.First:yyyy-MM-dd}–{period.Last:yyyy-MM-dd} 实测 {measured:P2}，未达 {(rule.Strict ? ">" : "≥")} {rule.Target:P1}"));
            yield return new ServiceLevelPeriod(clause.Id, clause.Title, rule.Metric, rule.Channel, period.First, period.Last,
                (double)rule.Target, rule.Strict, (double?)measured, achieved, outOf, met, rule.PenaltyClause);
        }
    }

    /// <summary>Uptime share of [from, to): overlapping outages are merged so no minute counts twice.</summary>
    private decimal? Availability(string? channel, DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from) return null;
        var down = TimeSpan.Zero;
        DateTimeOffset? coveredUntil = null;
        foreach (var outage in facts.OfType<OutageRecorded>()
                     .Where(o => o.VendorCaused && (o.Channel is null || channel is null || o.Channel == channel))
                     .Select(o => (Start: Max(o.StartedAt, from), End: Min(o.EndedAt, to)))
                     .Where(o => o.End > o.Start).OrderBy(o => o.Start))
        {
            var start = coveredUntil is { } c && c > outage.Start ? c : outage.Start;
            if (outage.End > start) down += outage.End - start;
            if (coveredUntil is null || outage.End > coveredUntil) coveredUntil = outage.End;
        }
        return Math.Round(1m - (decimal)down.Ticks / (to - from).Ticks, 6);
    }

    private (decimal?, long?, long?) Reported(string clauseId, ServicePeriod period)
    {
        var report = facts.OfType<ServiceLevelReported>().LastOrDefault(f => f.ObligationId == clauseId && f.Month == $"{period.First:yyyy-MM}");
        if (report is null) return (null, null, null);
        return (report.OutOf == 0 ? 1m : Math.Round((decimal)report.Achieved / report.OutOf, 6), report.Achieved, report.OutOf);
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
