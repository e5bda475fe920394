using System.Collections.Immutable;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Facts;

namespace VendorGrid.Domain.Contracts.Engine;

/// <summary>One step of an incident as the API shows it.</summary>
public sealed record IncidentStep(string Type, DateTimeOffset At, ReportingParty? ReportedBy);

/// <summary>
/// Where a clock stands: waiting for its start step, running, met in time, met after its due instant, run out unmet,
/// or waived (a sibling clock met in time made it moot).
/// </summary>
public enum ClockStatus { Pending, Running, Met, MetLate, Missed, Waived }

/// <summary>A clock of an incident: its clause, when it falls due (null until its start step), when it was met.</summary>
public sealed record IncidentClock(string Name, string ClauseId, string Title, DateTimeOffset? DueAt, DateTimeOffset? MetAt, ClockStatus Status);

/// <summary>GET /api/contracts/{id}/incidents/{incidentId}: the incident, its steps and its clocks at an instant.</summary>
public sealed record IncidentView(
    string Id,
    string Severity,
    DateTimeOffset OpenedAt,
    string? Campus,
    string? Summary,
    ImmutableArray<IncidentStep> Events,
    ImmutableArray<IncidentClock> Clocks);

/// <summary>Reads incidents back out of their facts and the clock instances the engine derived from them.</summary>
public static class IncidentViews
{
    /// <summary>The response-clock clauses of a contract, whose instances are incident clocks.</summary>
    public static HashSet<string> ClockClauses(ContractDefinition definition) =>
        definition.Obligations.Where(o => o.Kind == ObligationKind.ResponseClock).Select(o => o.Id).ToHashSet(StringComparer.Ordinal);

    /// <summary>The incident a clock instance (<c>{clause}@{incident}:{clock}</c>) belongs to; null for other instances.</summary>
    public static string? IncidentOf(ObligationInstance instance, IReadOnlySet<string> clockClauses)
    {
        if (!clockClauses.Contains(instance.ClauseId)) return null;
        var at = instance.ClauseId.Length;
        var separator = instance.Id.LastIndexOf(':');
        return separator > at + 1 && instance.Id[at] == '@' ? instance.Id[(at + 1)..separator] : null;
    }

    public static IncidentView Build(IncidentOpened opened, IEnumerable<IncidentStepRecorded> steps, IEnumerable<ObligationInstance> clocks) => new(
        opened.IncidentId, opened.Severity, opened.OccurredAt, opened.Campus, opened.Summary,
        [.. steps.Where(s => s.IncidentId == opened.IncidentId).OrderBy(s => s.OccurredAt).Select(s => new IncidentStep(s.Name, s.OccurredAt, s.ReportedBy))],
        [.. clocks.Where(c => c.Id.Contains($"@{opened.IncidentId}:", StringComparison.Ordinal)).Select(c => new IncidentClock(
            c.Id[(c.Id.LastIndexOf(':') + 1)..], c.ClauseId, c.Title, c.DueAt, c.MetAt, StatusOf(c)))]);

    private static ClockStatus StatusOf(ObligationInstance clock) => clock switch
    {
        { Status: ObligationStatus.Waived } => ClockStatus.Waived,
        { DueAt: null } => ClockStatus.Pending,
        { MetAt: { } met, DueAt: { } due } => met <= due ? ClockStatus.Met : ClockStatus.MetLate,
        { Status: ObligationStatus.Late } => ClockStatus.Missed,
        _ => ClockStatus.Running,
    };
}
