using System.Collections.Immutable;
using VendorGrid.Domain.Calendar;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Domain.Time;

namespace VendorGrid.Domain.Staffing;

/// <summary>
/// Derives a contract's staffing at any instant from its staffing facts: per role who is assigned, present and
/// qualified, and the vacancies that opened when a seat emptied — an engineer left, a required certificate expired,
/// or a week passed without the required on-site day. A role is watched for vacancies once it has been fully staffed;
/// before that, a team not yet on site is the start-of-service obligation's lateness, not a vacancy.
/// </summary>
public static class StaffingEvaluator
{
    /// <summary>The milestone a replacement demand is recorded as when the role names no replacement obligation (C1).</summary>
    public const string ReplacementRequested = "staff-replacement-requested";

    /// <summary>The milestone name a replacement demand for <paramref name="role"/> is recorded under.</summary>
    public static string ReplacementActivity(ContractDefinition definition, string role) =>
        definition.Staffing.FirstOrDefault(r => r.Role == role)?.ReplacementObligation is { } obligation
            ? definition.Obligations.First(o => o.Id == obligation).AfterEach!.Activity
            : ReplacementRequested;

    /// <summary>
    /// The definition as the engine reads it: a role's replacement obligation joins the lateness clause the role names
    /// (C2: a replacement later than 2 days is 逾期履行 under 第八条第4款). Unchanged when no role links one.
    /// </summary>
    public static ContractDefinition WithReplacementPenalties(ContractDefinition definition)
    {
        var links = definition.Staffing.Where(r => r.ReplacementPenalty is not null && r.ReplacementObligation is not null).ToList();
        if (links.Count == 0) return definition;
        return definition with
        {
            Penalties = [.. definition.Penalties.Select(p => links.Where(l => l.ReplacementPenalty == p.Id && !p.Obligations.Contains(l.ReplacementObligation!))
                .Aggregate(p, (clause, l) => clause with { Obligations = clause.Obligations.Add(l.ReplacementObligation!) }))],
        };
    }

    public static StaffingEvaluation Evaluate(ContractDefinition definition, IEnumerable<ContractFact> facts, DateTimeOffset asOf, WorkingCalendar calendar)
    {
        var roster = Build(definition, facts, asOf);
        var math = new DeadlineMath(calendar);
        var roles = ImmutableArray.CreateBuilder<RoleStaffing>();
        var stretches = ImmutableArray.CreateBuilder<VacancyStretch>();
        foreach (var requirement in definition.Staffing)
        {
            var sweep = Sweep(requirement, roster, asOf);
            stretches.AddRange(sweep.Stretches);
            roles.Add(Describe(requirement, roster, asOf, sweep));
        }
        var assignments = roster.Stints.Select(s => Describe(definition, roster, s, asOf)).ToImmutableArray();
        return new StaffingEvaluation(asOf, roles.ToImmutable(), assignments, stretches.ToImmutable(),
            Replacements(definition, roster, math), StaffChanges.Notices(definition, roster.Known, math), StaffChanges.Breaches(definition, roster, math));
    }

    /// <summary>
    /// The facts the contract engine should add to the recorded ones: vacancy-opened / vacancy-filled per role as seats
    /// empty and refill (the vacancy clause charges them after its grace), and obligation-met for each replacement demand
    /// answered by a new assignment. Without staffing facts nothing is derived and the engine sees exactly what was recorded.
    /// </summary>
    public static IReadOnlyList<ContractFact> DerivedFacts(ContractDefinition definition, IReadOnlyCollection<ContractFact> facts, DateTimeOffset asOf)
    {
        if (definition.Staffing.IsEmpty || !facts.Any(f => f is IStaffingFact)) return [];
        var roster = Build(definition, facts, asOf);
        var derived = new List<ContractFact>();
        var staffedSince = new Dictionary<string, DateTimeOffset?>(StringComparer.Ordinal);
        foreach (var requirement in definition.Staffing)
        {
            var sweep = Sweep(requirement, roster, asOf);
            derived.AddRange(sweep.Facts);
            staffedSince[requirement.Role] = sweep.StaffedSince;
        }
        foreach (var demand in Demands(definition, roster))
            if (demand.Answer is { } answer)
                derived.Add(new ObligationMet { Id = $"{FactIds.Met}{demand.Request.Id}", OccurredAt = answer.From,
                    ObligationId = demand.ObligationId, Reporter = Reporter.Platform });
        derived.AddRange(TeamOnSite(definition, staffedSince));
        derived.AddRange(OnsiteDays(definition, roster));
        derived.AddRange(StaffChanges.NoticeFacts(definition, roster));
        return derived;
    }

    /// <summary>
    /// The start-of-service obligation (C1: team on site within 7 working days of signing) is met when the last of
    /// the roles naming it first reaches its minimum with qualified people.
    /// </summary>
    private static IEnumerable<ContractFact> TeamOnSite(ContractDefinition definition, Dictionary<string, DateTimeOffset?> staffedSince) =>
        definition.Staffing.Where(r => r.StartObligation is not null).GroupBy(r => r.StartObligation!, StringComparer.Ordinal)
            .Where(g => g.All(r => staffedSince[r.Role] is not null))
            .Select(g => new ObligationMet { Id = $"{FactIds.Met}{g.Key}:staffed", ObligationId = g.Key,
                OccurredAt = g.Max(r => staffedSince[r.Role]!.Value), Reporter = Reporter.Platform });

    /// <summary>
    /// Each day someone holding a role is recorded on site counts once as the role's counted-minimum activity (C1: the
    /// promoter's weekly on-site day), so the counted minimum follows the attendance of the people assigned to the role.
    /// </summary>
    private static IEnumerable<ContractFact> OnsiteDays(ContractDefinition definition, StaffRoster roster)
    {
        foreach (var requirement in definition.Staffing.Where(r => r.OnsiteActivity is not null))
        {
            var days = new SortedSet<DateOnly>();
            foreach (var stint in roster.Stints.Where(s => s.Role == requirement.Role))
                foreach (var day in roster.OnsiteDays(stint.Engineer))
                    if (stint.From < Deadlines.StartOfDay(day.AddDays(1)) && (stint.To is null || stint.To > Deadlines.StartOfDay(day)))
                        days.Add(day);
            foreach (var day in days)
                yield return new MilestoneReached { Id = $"{FactIds.OnsiteDay}{requirement.Role}:{day:yyyy-MM-dd}",
                    Name = requirement.OnsiteActivity!, Role = requirement.Role, OccurredAt = Deadlines.StartOfDay(day), Reporter = Reporter.Platform };
        }
    }

    private static StaffRoster Build(ContractDefinition definition, IEnumerable<ContractFact> facts, DateTimeOffset asOf)
    {
        // Nothing past the term matters; bounding the instant keeps "evaluate at the end of time" cheap.
        var termEnd = Deadlines.StartOfDay(definition.Term.End.AddDays(1));
        var roster = new StaffRoster(facts, asOf);
        var bound = asOf < termEnd ? asOf : termEnd;
        foreach (var requirement in definition.Staffing.Where(r => r.OnsiteDaysPerWeek is > 0))
            foreach (var stint in roster.Stints.Where(s => s.Role == requirement.Role))
                WeeklyOnsite.MarkAbsences(stint, roster.OnsiteDays(stint.Engineer), requirement.OnsiteDaysPerWeek!.Value, bound);
        return roster;
    }

    private sealed record SweepResult(List<ContractFact> Facts, List<VacancyStretch> Stretches, DateTimeOffset? StaffedSince, int Vacant, DateTimeOffset? VacantSince);

    /// <summary>Walks the instants at which the role's shortfall can change and turns each rise or fall into a fact.</summary>
    private static SweepResult Sweep(StaffingRequirement requirement, StaffRoster roster, DateTimeOffset asOf)
    {
        var stints = roster.Stints.Where(s => s.Role == requirement.Role).ToList();
        var instants = stints.SelectMany(s => new[] { s.From, s.To ?? DateTimeOffset.MaxValue })
            .Concat(stints.SelectMany(s => s.Absences.SelectMany(a => new[] { a.From, a.Until ?? DateTimeOffset.MaxValue })))
            .Concat(stints.SelectMany(s => roster.QualificationChanges(s.Engineer)))
            .Where(t => t <= asOf).Distinct().Order().ToList();
        var facts = new List<ContractFact>();
        var stretches = new List<VacancyStretch>();
        DateTimeOffset? staffedSince = null, vacantSince = null;
        int previous = 0, peak = 0;
        foreach (var t in instants)
        {
            var shortfall = Shortfall(requirement, stints, roster, t);
            if (staffedSince is null)
            {
                if (shortfall == 0) staffedSince = t;
                continue;
            }
            if (shortfall == previous) continue;
            var key = $"{requirement.Role}:{ShanghaiTime.ToLocal(t):yyyyMMdd'T'HHmmss}";
            var people = Math.Abs(shortfall - previous);
            facts.Add(shortfall > previous
                ? new VacancyOpened { Id = $"{FactIds.Vacancy}{key}", OccurredAt = t, Role = requirement.Role, People = people, Reporter = Reporter.Platform }
                : new VacancyFilled { Id = $"{FactIds.Refill}{key}", OccurredAt = t, Role = requirement.Role, People = people, Reporter = Reporter.Platform });
            if (previous == 0) (vacantSince, peak) = (t, 0);
            peak = Math.Max(peak, shortfall);
            if (shortfall == 0)
            {
                stretches.Add(new VacancyStretch(requirement.Role, peak, vacantSince!.Value, t));
                vacantSince = null;
            }
            previous = shortfall;
        }
        if (vacantSince is { } open) stretches.Add(new VacancyStretch(requirement.Role, peak, open, null));
        return new SweepResult(facts, stretches, staffedSince, staffedSince is null ? Shortfall(requirement, stints, roster, asOf) : previous, vacantSince);
    }

    /// <summary>Seats missing at <paramref name="t"/>: below the minimum, or short of people holding a rule's qualifications.</summary>
    private static int Shortfall(StaffingRequirement requirement, List<Stint> stints, StaffRoster roster, DateTimeOffset t)
    {
        var present = stints.Where(s => s.Covers(t) && !s.AbsentAt(t)).Select(s => s.Engineer).Distinct(StringComparer.Ordinal).ToList();
        var day = ShanghaiTime.LocalDate(t);
        var shortfall = requirement.Minimum - present.Count;
        foreach (var rule in requirement.Qualified)
            shortfall = Math.Max(shortfall, rule.Count - present.Count(e => QualificationCheck.Meets(rule, roster.QualificationAt(e, t), day)));
        return Math.Max(0, shortfall);
    }

    private static RoleStaffing Describe(StaffingRequirement r, StaffRoster roster, DateTimeOffset asOf, SweepResult sweep)
    {
        var assigned = roster.Stints.Where(s => s.Role == r.Role && s.Covers(asOf)).Select(s => s.Engineer).Distinct().ToList();
        var present = roster.Stints.Where(s => s.Role == r.Role && s.Covers(asOf) && !s.AbsentAt(asOf)).Select(s => s.Engineer).Distinct().ToList();
        var day = ShanghaiTime.LocalDate(asOf);
        bool Qualified(string e) => r.Qualified.IsEmpty || r.Qualified.Any(q => QualificationCheck.Meets(q, roster.QualificationAt(e, asOf), day));
        var rules = r.Qualified.Select(q => new RuleStatus(QualificationCheck.Describe(q), q.Count,
            present.Count(e => QualificationCheck.Meets(q, roster.QualificationAt(e, asOf), day)))).ToImmutableArray();
        return new RoleStaffing(r.Role, r.Title, r.Article, r.Minimum, assigned.Count, present.Count, present.Count(Qualified),
            sweep.Vacant, sweep.VacantSince, rules, r.OnsiteDaysPerWeek, sweep.StaffedSince);
    }

    private static StaffAssignment Describe(ContractDefinition definition, StaffRoster roster, Stint s, DateTimeOffset asOf)
    {
        var requirement = definition.Staffing.FirstOrDefault(r => r.Role == s.Role);
        var q = roster.QualificationAt(s.Engineer, asOf);
        var qualified = requirement is null || requirement.Qualified.IsEmpty
            || requirement.Qualified.Any(rule => QualificationCheck.Meets(rule, q, ShanghaiTime.LocalDate(asOf)));
        var until = s.To is { } to && to < asOf ? to : asOf;
        var onsite = roster.OnsiteDays(s.Engineer).Count(d => d >= ShanghaiTime.LocalDate(s.From) && Deadlines.StartOfDay(d) < until);
        return new StaffAssignment(s.Assigned.Id, s.Engineer, s.Role, s.Assigned.Campus, s.From, s.To, s.Assigned.Replaces,
            s.Covers(asOf) && !s.AbsentAt(asOf), qualified, onsite);
    }

    internal sealed record Demand(MilestoneReached Request, string ObligationId, StaffingRequirement Requirement, Stint? Answer);

    /// <summary>Replacement demands: milestones of a role's replacement obligation, each answered by the first later assignment.</summary>
    internal static IEnumerable<Demand> Demands(ContractDefinition definition, StaffRoster roster)
    {
        foreach (var requirement in definition.Staffing.Where(r => r.ReplacementObligation is not null))
        {
            var obligation = definition.Obligations.First(o => o.Id == requirement.ReplacementObligation);
            foreach (var request in roster.Known.OfType<MilestoneReached>().Where(f => f.Name == obligation.AfterEach!.Activity
                         && (f.Role is null || f.Role == requirement.Role)))
            {
                var answer = roster.Stints.FirstOrDefault(s => s.Role == requirement.Role && s.From >= request.OccurredAt && s.Engineer != request.Engineer
                    && requirement.Qualified.All(q => QualificationCheck.Meets(q, roster.QualificationAt(s.Engineer, s.From), ShanghaiTime.LocalDate(s.From))));
                yield return new Demand(request, $"{obligation.Id}@{request.Id}", requirement, answer);
            }
        }
    }

    private static ImmutableArray<ReplacementDemand> Replacements(ContractDefinition definition, StaffRoster roster, DeadlineMath math) =>
        [.. Demands(definition, roster).Select(d => new ReplacementDemand(d.Request.Id, d.Requirement.Role, d.Request.Engineer, d.Request.OccurredAt,
            d.ObligationId, math.After(d.Request.OccurredAt, definition.Obligations.First(o => o.Id == d.Requirement.ReplacementObligation).AfterEach!.Within).DueAt,
            d.Answer?.From, d.Answer?.Engineer))];
}
