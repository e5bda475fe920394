using System.Collections.Immutable;
using System.Globalization;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Domain.Time;
using VendorGrid.Domain.Validation;

namespace VendorGrid.Domain.Contracts.Engine;

/// <summary>A scorecard as the API shows it with every evaluation: the obligation it scores, sections, total and pass mark.</summary>
public sealed record ScorecardTemplate(string ObligationId, string Title, decimal Total, decimal PassAt, ImmutableArray<ScorecardSection> Sections);

public sealed record SectionScore(string Id, string Title, string? TitleEn, decimal Max, decimal Points);

/// <summary>One recorded evaluation, scored: per section, the total, and whether it passed.</summary>
public sealed record ScoredEvaluation(
    string Id,
    string Period,
    string ObligationId,
    DateTimeOffset EvaluatedAt,
    decimal Total,
    bool Passed,
    ImmutableArray<SectionScore> Sections,
    string? Note,
    string? RecordedBy,
    DateTimeOffset? RecordedAt,
    ScorecardTemplate Template);

/// <summary>What to do with a proposed evaluation: record it, answer with the one already recorded, or refuse it.</summary>
public sealed record EvaluationCheck(EvaluationRecorded? ToRecord, EvaluationRecorded? AlreadyRecorded, ImmutableArray<FieldError> Errors);

/// <summary>
/// Periodic evaluations against the contract's scorecard (C1 第三条2.3): one per calendar month of the term, each
/// meeting that month's client obligation; a total below the pass mark is an occurrence of the scorecard's penalty
/// clause, which for C1 raises the termination right with the evaluation as its basis.
/// </summary>
public static class Scorecards
{
    /// <summary>Evaluation fact ids are the API id under this prefix, so they never collide with other facts.</summary>
    public const string FactPrefix = FactIds.Evaluation;

    public static (ObligationDefinition Clause, Scorecard Card)? Of(ContractDefinition d) =>
        d.Obligations.FirstOrDefault(o => o.Scorecard is not null) is { } clause ? (clause, clause.Scorecard!) : null;

    public static ScorecardTemplate Template(ObligationDefinition clause, Scorecard card) =>
        new(clause.Id, clause.Title, card.Total, card.PassAt, card.Sections);

    /// <summary>
    /// Checks an evaluation (<c>month</c>, <c>occurredAt</c> = evaluated at, <c>scores</c>; its obligation is filled in here)
    /// against the scorecard and the evaluations already recorded. The same content again is answered with the first
    /// recording; another content for the same id or month is refused, naming the field.
    /// </summary>
    public static EvaluationCheck Check(ContractDefinition d, IEnumerable<EvaluationRecorded> recorded, EvaluationRecorded proposed)
    {
        var (clause, card) = Of(d) ?? throw new InvalidOperationException("the contract has no scorecard");
        var errors = new List<FieldError>();
        var period = PeriodOf(d, proposed.Month, errors);
        if (period is { } p && ShanghaiTime.LocalDate(proposed.OccurredAt) < p.First)
            errors.Add(new("evaluatedAt", $"must not be before the period it scores ({p.First:yyyy-MM-dd})"));
        CheckScores(card, proposed.Scores, errors);
        if (errors.Count > 0) return new(null, null, [.. errors]);

        var fact = proposed with { ObligationId = $"{clause.Id}@{period!.Value.First:yyyy-MM-dd}" };
        var evaluations = recorded.ToList();
        if (evaluations.FirstOrDefault(f => f.Id == fact.Id) is { } sameId)
            return SameContent(sameId, fact) ? new(null, sameId, [])
                : new(null, null, [new("id", $"was already used for the evaluation of {sameId.Month} with other content")]);
        if (evaluations.FirstOrDefault(f => f.Month == fact.Month) is { } sameMonth)
            return SameContent(sameMonth, fact) ? new(null, sameMonth, [])
                : new(null, null, [new("period", $"{fact.Month} was already evaluated (evaluation '{sameMonth.Id[FactPrefix.Length..]}') with other scores")]);
        return new(fact, null, []);
    }

    public static ScoredEvaluation Score(ContractDefinition d, EvaluationRecorded evaluation)
    {
        var (clause, card) = Of(d)!.Value;
        var scores = evaluation.Scores;
        var sections = card.Sections.Select(s => new SectionScore(s.Id, s.Title, s.TitleEn, s.Max, scores.GetValueOrDefault(s.Id))).ToImmutableArray();
        var total = sections.Sum(s => s.Points);
        return new(evaluation.Id.StartsWith(FactPrefix, StringComparison.Ordinal) ? evaluation.Id[FactPrefix.Length..] : evaluation.Id,
            evaluation.Month, evaluation.ObligationId, evaluation.OccurredAt, total, total >= card.PassAt, sections, evaluation.Note,
            evaluation.Reporter?.User, evaluation.RecordedAt, Template(clause, card));
    }

    /// <summary>Failing evaluations known at the instant, as occurrences of the scorecard's penalty clause; the description is the basis.</summary>
    internal static IEnumerable<MissedClock> Failures(ContractDefinition d, FactIndex facts)
    {
        if (Of(d) is not { Card.PenaltyClause: { } penalty } scorecard) return [];
        return facts.OfType<EvaluationRecorded>().Select(f => Score(d, f)).Where(e => !e.Passed)
            .Select(e => new MissedClock(penalty, FactPrefix + e.Id, e.EvaluatedAt,
                $"{scorecard.Clause.Title} {e.Period}：{e.Total:0.##} 分（满分 {scorecard.Card.Total:0.##}），低于合格线 {scorecard.Card.PassAt:0.##} 分（评估 {e.Id}）"));
    }

    private static ServicePeriod? PeriodOf(ContractDefinition d, string? month, List<FieldError> errors)
    {
        if (month is null || !DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
        {
            errors.Add(new("period", "must be a month as yyyy-MM"));
            return null;
        }
        var periods = ServicePeriods.Split(d.Term, Frequency.Month, PeriodAlignment.Calendar).ToList();
        var period = periods.FirstOrDefault(p => p.First.Year == first.Year && p.First.Month == first.Month);
        if (period != default) return period;
        errors.Add(new("period", $"is outside the contract term ({periods[0].First:yyyy-MM} – {periods[^1].First:yyyy-MM})"));
        return null;
    }

    private static void CheckScores(Scorecard card, IReadOnlyDictionary<string, decimal> scores, List<FieldError> errors)
    {
        foreach (var section in card.Sections)
        {
            if (!scores.TryGetValue(section.Id, out var points)) errors.Add(new($"scores.{section.Id}", $"is required ({section.Title}, 0–{section.Max:0.##})"));
            else if (points < 0 || points > section.Max) errors.Add(new($"scores.{section.Id}", $"must be between 0 and {section.Max:0.##} ({section.Title})"));
        }
        foreach (var unknown in scores.Keys.Where(k => card.Sections.All(s => s.Id != k)))
            errors.Add(new($"scores.{unknown}", $"is not a section of the scorecard ({string.Join(", ", card.Sections.Select(s => s.Id))})"));
    }

    private static bool SameContent(EvaluationRecorded a, EvaluationRecorded b) =>
        a.Month == b.Month && a.OccurredAt == b.OccurredAt && a.Note == b.Note && a.Scores.SequenceEqual(b.Scores);
}
