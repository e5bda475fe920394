using System.Collections.Immutable;

namespace VendorGrid.Domain.Contracts.Definition;

/// <summary>
/// How the institution scores the vendor in each period of the obligation that carries it (C1 第三条2.3: 100 points in
/// four sections, monthly, 80 passes). A total below <see cref="PassAt"/> is an occurrence of <see cref="PenaltyClause"/>.
/// </summary>
public sealed record Scorecard
{
    public required decimal Total { get; init; }
    public required decimal PassAt { get; init; }
    public required ImmutableArray<ScorecardSection> Sections { get; init; }
    /// <summary>The occurrence-based clause a failing score is an occurrence of (C1: the termination right).</summary>
    public string? PenaltyClause { get; init; }
}

/// <summary>One section of a scorecard: its id (the key of an evaluation's scores), title in Chinese and English, maximum points.</summary>
public sealed record ScorecardSection
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public string? TitleEn { get; init; }
    public required decimal Max { get; init; }
}

internal static class ScorecardRules
{
    public static void Check(ContractDefinition d, ObligationDefinition o, string path, Action<bool, string, string> check)
    {
        if (o.Scorecard is not { } card) return;
        check(o.Kind == ObligationKind.Recurring && o.Recurrence is { Every: Frequency.Month, Align: PeriodAlignment.Calendar }, path,
            "a scorecard goes on a recurring obligation every calendar month (recurrence: every month, align calendar): evaluations name their month");
        check(d.Obligations.Count(x => x.Scorecard is not null) == 1, path, "only one obligation of a contract may carry a scorecard");
        check(card.Total > 0, $"{path}.total", "must be positive");
        check(card.PassAt >= 0 && card.PassAt <= card.Total, $"{path}.passAt", "must be between 0 and the total");
        check(!card.Sections.IsDefaultOrEmpty, $"{path}.sections", "needs at least one section");
        var sections = card.Sections.IsDefault ? [] : card.Sections;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < sections.Length; i++)
        {
            check(!string.IsNullOrWhiteSpace(sections[i].Id) && ids.Add(sections[i].Id), $"{path}.sections[{i}].id", "must be a non-blank id unique in the scorecard");
            check(!string.IsNullOrWhiteSpace(sections[i].Title), $"{path}.sections[{i}].title", "is required");
            check(sections[i].Max > 0, $"{path}.sections[{i}].max", "must be positive");
        }
        check(sections.IsEmpty || sections.Sum(s => s.Max) == card.Total, $"{path}.sections",
            $"the sections' maximum points must add up to the total ({card.Total})");
        check(card.PenaltyClause is not { } clause || d.Penalties.Any(p => p.Id == clause && p.Trigger == PenaltyTrigger.Occurrence),
            $"{path}.penaltyClause", "must name an occurrence-based penalty clause of this contract");
    }
}
