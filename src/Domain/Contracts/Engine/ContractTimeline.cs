using System.Collections.Immutable;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Time;

namespace VendorGrid.Domain.Contracts.Engine;

/// <summary>One version of a contract in force from the start of <see cref="From"/> (Asia/Shanghai) until the next one's.</summary>
public sealed record VersionSegment(int Version, DateOnly From, ContractDefinition Definition)
{
    /// <summary>00:00:00 Shanghai on <see cref="From"/>: the first instant the version governs.</summary>
    public DateTimeOffset Starts => Deadlines.StartOfDay(From);
}

/// <summary>
/// A contract as the versions in force over time: version 1 (as created) from the beginning, then each accepted
/// amendment from its effective date. Ordered by effective date (a later version on the same date replaces the earlier).
/// </summary>
public sealed class ContractTimeline
{
    private ContractTimeline(ImmutableArray<VersionSegment> segments) => Segments = segments;

    public ImmutableArray<VersionSegment> Segments { get; }

    public static ContractTimeline Of(ContractDefinition original) => new([new VersionSegment(1, DateOnly.MinValue, original)]);

    public ContractTimeline With(int version, DateOnly from, ContractDefinition definition) =>
        new([.. Segments.Append(new VersionSegment(version, from, definition))
            .OrderBy(s => s.From).ThenBy(s => s.Version)
            .GroupBy(s => s.From).Select(g => g.Last())
            .OrderBy(s => s.From)]);

    /// <summary>The latest version (by effective date), whatever the day: what new facts are checked against.</summary>
    public ContractDefinition Latest => Segments[^1].Definition;

    public bool Amended => Segments.Length > 1;

    /// <summary>The version that governs <paramref name="day"/> (Asia/Shanghai): what the contract reads as on that day.</summary>
    public VersionSegment InForceOn(DateOnly day) => Segments[IndexInForce([.. Segments.Select(s => s.From)], day)];

    /// <summary>
    /// The one rule for which of a contract's versions governs a day, for whoever keeps versions of their own (the lists'
    /// summaries): given their effective dates in order, the latest effective on or before <paramref name="day"/>; the first
    /// (the contract as created) governs before any amendment, whatever its date.
    /// </summary>
    public static int IndexInForce(IReadOnlyList<DateOnly> effectiveFrom, DateOnly day)
    {
        var index = 0;
        for (var i = 1; i < effectiveFrom.Count; i++)
            if (effectiveFrom[i] <= day) index = i;
        return index;
    }

    /// <summary>The versions that govern some instant up to <paramref name="asOf"/>: those effective by then.</summary>
    public ImmutableArray<VersionSegment> InForceBy(DateTimeOffset asOf) =>
        [.. Segments.Where((s, i) => i == 0 || s.Starts <= asOf)];
}
