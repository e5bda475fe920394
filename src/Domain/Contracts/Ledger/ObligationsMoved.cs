using System.Collections.Immutable;
using VendorGrid.Domain.Calendar;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;

namespace VendorGrid.Domain.Contracts.Ledger;

/// <summary>
/// Which obligations a committed group of events can move, so the deadline index (every open or late obligation with a due
/// instant) is refreshed no wider than that (issue 15: recording a fact costs O(1) in the history). Either none, or every
/// one (a whole evaluation), or only the response clocks of the incidents the group touched — computed from those
/// incidents' own facts, since a clock reads nothing else.
/// </summary>
public sealed record ObligationsMoved
{
    private ObligationsMoved(bool all, ImmutableArray<ObligationInstance> instances) => (All, Instances) = (all, instances);

    public static readonly ObligationsMoved Nothing = new(false, []);
    public static readonly ObligationsMoved Everything = new(true, []);

    /// <summary>Any obligation may have moved: the index is refreshed from a whole evaluation.</summary>
    public bool All { get; }

    /// <summary>
    /// When not <see cref="All"/>: the current instances (any status) of every obligation the group could move, as the whole
    /// evaluation would list them. Their rows are replaced; every other row stays as it is.
    /// </summary>
    public ImmutableArray<ObligationInstance> Instances { get; }

    /// <summary>
    /// What <paramref name="committed"/>, just applied to <paramref name="book"/>, can move, and the moved instances as of
    /// <paramref name="asOf"/> known at <paramref name="knownAt"/> (obligations read what the parties claim: ContractReader).
    /// </summary>
    public static ObligationsMoved By(ContractBook book, IReadOnlyList<ContractEvent> committed, DateTimeOffset asOf, DateTimeOffset knownAt,
        WorkingCalendar calendar)
    {
        var incidents = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var e in committed)
            switch (e)
            {
                // A disputed claim no longer counts (a step, a delivery); an amendment changes the clauses themselves.
                case AmendmentDecided or FactAnswered { Answer: FactAnswer.Disputed }: return Everything;
                // Relevance reads the latest version only; an amended contract is evaluated version by version.
                case ContractFact when book.Timeline.Amended: return Everything;
                case ContractFact fact:
                    var reach = FactRelevance.Of(book.Definition, fact);
                    if (!reach.Obligations) continue;
                    // A narrowed incident reach: no penalty reads a clock's instance, so nothing but its own facts marks it.
                    if (reach.Penalties is null || IncidentOf(fact) is not { } incident) return Everything;
                    incidents.Add(incident);
                    continue;
            }
        if (incidents.Count == 0) return Nothing;
        var instances = ImmutableArray.CreateBuilder<ObligationInstance>();
        var then = book.KnownAt(knownAt);
        var math = new DeadlineMath(calendar);
        foreach (var incident in incidents)
        {
            if (ClockInstances(then, incident, asOf, knownAt, math) is not { } clocks) return Everything;
            instances.AddRange(clocks);
        }
        return new(false, instances.ToImmutable());
    }

    private static string? IncidentOf(ContractFact fact) => fact switch
    {
        IncidentOpened opened => opened.IncidentId,
        IncidentStepRecorded step => step.IncidentId,
        _ => null,
    };

    /// <summary>
    /// One incident's clock instances as the whole evaluation lists them: its opening and steps that happened by the instant
    /// and are not disputed, a fact id counted once, read as the engine reads them (IncidentClocks.TryRead). Null for two
    /// openings under one id, which only the whole evaluation judges.
    /// </summary>
    private static List<ObligationInstance>? ClockInstances(ContractBook book, string incidentId, DateTimeOffset asOf, DateTimeOffset knownAt, DeadlineMath math)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var claimed = book.IncidentFacts(incidentId)
            .Where(f => f.OccurredAt <= asOf && seen.Add(f.Id) && TwoPartyFacts.Standing(f, book, asOf, knownAt, math).Status != FactStatus.Disputed)
            .ToList();
        if (!IncidentClocks.TryRead(claimed, out var opened, out var steps)) return null;
        if (opened is null) return [];
        return [.. FactRelevance.ClockClauses(book.Definition).SelectMany(clause => IncidentClocks.InstancesOf(clause, opened, steps, math.Calendar, asOf))];
    }
}
