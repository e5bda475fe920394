using System.Collections.Immutable;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;

namespace VendorGrid.Domain.Contracts.Ledger;

/// <summary>A page of incidents in id order, with their recorded steps and their clocks; <see cref="More"/>: the page was cut short.</summary>
public sealed record IncidentPage(ImmutableArray<IncidentOpened> Opened, ImmutableArray<IncidentStepRecorded> Steps, bool More,
    ImmutableArray<ObligationInstance> Clocks);

/// <summary>The scorecard (null when the contract has none) and every evaluation recorded against it, scored, in period order.</summary>
public sealed record ScoredEvaluations(ScorecardTemplate? Template, ImmutableArray<ScoredEvaluation> Evaluations);

/// <summary>
/// The contract's records as their own endpoints list them (incidents, evaluations, engineers), read off the book; the
/// clocks come from an evaluation the caller supplies, so a page with no incident costs no evaluation.
/// </summary>
public static class ContractRecords
{
    public static IncidentPage Incidents(ContractBook book, string? incidentId, string? afterIncidentId, int limit, Func<ContractEvaluation> evaluate)
    {
        var page = (incidentId is not null
            ? book.Incident(incidentId) is { } one ? [one] : []
            : book.Incidents.Where(i => afterIncidentId is null || StringComparer.Ordinal.Compare(i.Opened.IncidentId, afterIncidentId) > 0).Take(limit + 1)).ToList();
        var more = incidentId is null && page.Count > limit;
        if (more) page.RemoveAt(page.Count - 1);
        var shown = page.Select(i => i.Opened.IncidentId).ToHashSet(StringComparer.Ordinal);
        var clockClauses = IncidentViews.ClockClauses(book.Definition);
        var clocks = page.Count == 0 ? [] : evaluate().Obligations
            .Where(o => IncidentViews.IncidentOf(o, clockClauses) is { } incident && shown.Contains(incident));
        return new([.. page.Select(i => i.Opened)], [.. page.SelectMany(i => i.Steps)], more, [.. clocks]);
    }

    public static ScoredEvaluations Evaluations(ContractBook book) => Scorecards.Of(book.Definition) is not { } card ? new(null, [])
        : new(Scorecards.Template(card.Clause, card.Card),
            [.. book.Facts.OfType<EvaluationRecorded>().Select(f => Scorecards.Score(book.Definition, f)).OrderBy(e => e.Period, StringComparer.Ordinal)]);

    /// <summary>Every engineer ever assigned, whatever the instant: whom the institution may look up.</summary>
    public static ImmutableArray<string> Engineers(ContractBook book) =>
        [.. book.Facts.OfType<StaffAssigned>().Select(f => f.Engineer).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
