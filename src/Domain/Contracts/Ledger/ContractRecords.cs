using System.Collections.Immutable;
using VendorGrid.Domain.Calendar;
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

/// <summary>
/// Every obligation instance id the contract can ever have (a fact must name one), from an evaluation at the end of time.
/// That evaluation is costly and changes only with a milestone, so it is kept until the book's instance version moves.
/// </summary>
public sealed class ObligationInstanceIds
{
    private (ContractBook Book, int Version, HashSet<string> Ids)? known;

    public IReadOnlySet<string> Of(ContractBook book, WorkingCalendar calendar)
    {
        if (known is { } k && ReferenceEquals(k.Book, book) && k.Version == book.InstanceVersion) return k.Ids;
        var ids = ContractEngine.Evaluate(book.Definition, book.Facts, DateTimeOffset.MaxValue.AddYears(-1), calendar)
            .Obligations.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        known = (book, book.InstanceVersion, ids);
        return ids;
    }
}

/// <summary>
/// The grain's two readings of its clock. Views are rendered once per whole second (every deadline is one), so "as of now"
/// is floored; "known now" is rounded up, so a read knows a fact recorded earlier in the same second (KnownNowTests).
/// </summary>
public static class WholeSeconds
{
    public static DateTimeOffset Floor(DateTimeOffset at) => at.AddTicks(-(at.Ticks % TimeSpan.TicksPerSecond));

    public static DateTimeOffset Ceiling(DateTimeOffset at) => at.Ticks % TimeSpan.TicksPerSecond == 0 ? at : Floor(at).AddSeconds(1);
}
