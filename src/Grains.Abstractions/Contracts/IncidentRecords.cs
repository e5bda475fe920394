using System.Collections.Immutable;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;

namespace VendorGrid.Grains;

/// <summary>
/// The incident facts of a contract: each <c>incident-opened</c> fact with the <c>incident-event</c> facts of the
/// same incident, ordered by incident id, and their clocks. <see cref="More"/> says a page was cut short after <see cref="Opened"/>.
/// </summary>
[GenerateSerializer, Alias("vg.IncidentRecords")]
public sealed record IncidentRecords
{
    [Id(0)] public bool ContractExists { get; init; }
    [Id(1)] public ImmutableArray<IncidentOpened> Opened { get; init; } = [];
    [Id(2)] public ImmutableArray<IncidentStepRecorded> Steps { get; init; } = [];
    [Id(3)] public bool More { get; init; }
    /// <summary>The clock instances of these incidents at the instant asked for (ids <c>{clause}@{incident}:{clock}</c>).</summary>
    [Id(4)] public ImmutableArray<ObligationInstance> Clocks { get; init; } = [];
}
