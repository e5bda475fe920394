using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;

namespace VendorGrid.Domain.Contracts.Ledger;

/// <summary>
/// A contract's state: its definition and its history applied in the order it was recorded, indexed for the decisions
/// (<see cref="ContractDecider"/>) and the views (<see cref="ContractReader"/>). <see cref="Apply"/> adds one event at a
/// time, so recording costs the new events, not the history; replaying every stored event rebuilds the same book.
/// The definition is versioned (<see cref="Versions"/>): the one created is version 1, each accepted amendment (补充协议)
/// governs from its effective date (<see cref="Timeline"/>).
/// </summary>
public sealed class ContractBook(ContractDefinition definition)
{
    private readonly List<ContractVersion> versions = [ContractVersion.Original(definition)];
    private readonly List<ContractEvent> events = [];
    private readonly Dictionary<string, ContractEvent> byId = new(StringComparer.Ordinal);
    private readonly List<ContractFact> facts = [];
    private readonly Dictionary<string, FactAnswered> answers = new(StringComparer.Ordinal);
    private readonly List<EntryPosted> postings = [];
    private readonly Dictionary<string, EntryPosted> postingById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<EntryPosted>> postingsByLine = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<EntryDecided>> decisions = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, (IncidentOpened Opened, List<IncidentStepRecorded> Steps)> incidents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ContractFact>> incidentFacts = new(StringComparer.Ordinal);
    private readonly List<ContractFact> staffing = [];
    private readonly Dictionary<(string Engineer, DateOnly Day), List<AttendanceRecorded>> attendance = [];
    private readonly Dictionary<string, StatementIssued> statements = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<StatementSignedOff>> signOffs = new(StringComparer.Ordinal);

    /// <summary>The definition as created (version 1): the book is rebuilt from it and the events.</summary>
    public ContractDefinition Original { get; } = definition;
    /// <summary>Every version in force over time; a contract never amended has the one.</summary>
    public ContractTimeline Timeline { get; private set; } = ContractTimeline.Of(definition);
    /// <summary>The latest version in force (by effective date): what new facts and decisions are checked against.</summary>
    public ContractDefinition Definition => Timeline.Latest;
    /// <summary>Version 1 and every amendment proposed since, in version order, with where each stands.</summary>
    public IReadOnlyList<ContractVersion> Versions => versions;
    public IReadOnlyList<ContractEvent> Events => events;
    public IReadOnlyList<ContractFact> Facts => facts;
    public IReadOnlyList<EntryPosted> Postings => postings;
    public bool Opened { get; private set; }
    /// <summary>The vendor's latest answer to the definition (DefinitionConfirmation), null while it has not answered.</summary>
    public DefinitionAnswered? DefinitionAnswer { get; private set; }
    /// <summary>The latest recording instant: a new event is never recorded before it, so history stays in time order.</summary>
    public DateTimeOffset? LastRecordedAt { get; private set; }
    /// <summary>Bumped by every event that can add obligation instances (a milestone, an accepted amendment), for whoever caches the instance ids.</summary>
    public int InstanceVersion { get; private set; }

    public bool Contains(string id) => byId.ContainsKey(id);
    public ContractEvent? Find(string id) => byId.GetValueOrDefault(id);
    public FactAnswered? AnswerTo(string factId) => answers.GetValueOrDefault(factId);
    public EntryPosted? Posting(string entryId) => postingById.GetValueOrDefault(entryId);
    public IReadOnlyList<EntryPosted> PostingsOf(string line) => postingsByLine.TryGetValue(line, out var list) ? list : [];
    public IEnumerable<string> Lines => postingsByLine.Keys;
    public IReadOnlyList<EntryDecided> DecisionsOn(string entryId) => decisions.TryGetValue(entryId, out var list) ? list : [];
    public IEnumerable<(IncidentOpened Opened, List<IncidentStepRecorded> Steps)> Incidents => incidents.Values;
    public (IncidentOpened Opened, List<IncidentStepRecorded> Steps)? Incident(string id) => incidents.TryGetValue(id, out var i) ? i : null;
    /// <summary>
    /// Every opening and step recorded under <paramref name="incidentId"/>, in recording order — whatever the order they came
    /// in (a step before its opening, a second opening), exactly what the engine reads of the incident.
    /// </summary>
    public IReadOnlyList<ContractFact> IncidentFacts(string incidentId) => incidentFacts.TryGetValue(incidentId, out var list) ? list : [];
    /// <summary>The staffing facts other than attendance (assignments, releases, qualifications, notices): few, whatever the roster.</summary>
    public IReadOnlyList<ContractFact> StaffingFacts => staffing;
    /// <summary>The attendance recorded for <paramref name="engineer"/> on <paramref name="day"/> (Asia/Shanghai), on site or not.</summary>
    public IReadOnlyList<AttendanceRecorded> Attendance(string engineer, DateOnly day) =>
        attendance.TryGetValue((engineer, day), out var list) ? list : [];
    public StatementIssued? Statement(string month) => statements.GetValueOrDefault(month);
    public IEnumerable<StatementIssued> Statements => statements.Values;
    public IReadOnlyList<StatementSignedOff> SignOffs(string month) => signOffs.TryGetValue(month, out var list) ? list : [];

    /// <summary>Adds one recorded event; an id already applied changes nothing (the first recording wins).</summary>
    public ContractBook Apply(ContractEvent e)
    {
        if (!byId.TryAdd(e.Id, e)) return this;
        events.Add(e);
        if (e.RecordedAt is { } at && (LastRecordedAt is null || at > LastRecordedAt)) LastRecordedAt = at;
        switch (e)
        {
            case ContractFact fact: Remember(fact); break;
            case FactAnswered answer: answers[answer.FactId] = answer; break;
            case EntryPosted posting:
                postings.Add(posting);
                postingById[posting.EntryId] = posting;
                if (!postingsByLine.TryGetValue(posting.Line, out var line)) postingsByLine[posting.Line] = line = [];
                line.Add(posting);
                break;
            case EntryDecided decision:
                if (!decisions.TryGetValue(decision.EntryId, out var made)) decisions[decision.EntryId] = made = [];
                made.Add(decision);
                break;
            case StatementIssued issued: statements.TryAdd(issued.Month, issued); break;
            case StatementSignedOff signed:
                if (!signOffs.TryGetValue(signed.Month, out var list)) signOffs[signed.Month] = list = [];
                list.Add(signed);
                break;
            case LedgerOpened: Opened = true; break;
            case AmendmentProposed proposed when proposed.Version == versions.Count + 1:
                versions.Add(ContractVersion.Proposal(proposed));
                break;
            case AmendmentDecided decided when decided.Version >= 2 && decided.Version <= versions.Count && versions[decided.Version - 1].Decided is null:
                var version = versions[decided.Version - 1] = versions[decided.Version - 1] with { Decided = decided };
                if (!decided.Accepted) break;
                Timeline = Timeline.With(version.Number, version.EffectiveFrom, version.Definition);
                InstanceVersion++;  // a version can add obligations, and so instances
                break;
            case DefinitionAnswered answered: DefinitionAnswer = answered; break;
        }
        return this;
    }

    public ContractBook ApplyAll(IEnumerable<ContractEvent> recorded)
    {
        foreach (var e in recorded) Apply(e);
        return this;
    }

    /// <summary>The book as it stood once everything recorded by <paramref name="knownAt"/> was applied (history is in time order).</summary>
    public ContractBook KnownAt(DateTimeOffset knownAt)
    {
        if (LastRecordedAt is not { } last || last <= knownAt) return this;
        var then = new ContractBook(Original);
        foreach (var e in events)
        {
            if (e.RecordedAt is { } at && at > knownAt) break;
            then.Apply(e);
        }
        return then;
    }

    private void Remember(ContractFact fact)
    {
        facts.Add(fact);
        switch (fact)
        {
            case MilestoneReached: InstanceVersion++; break;
            case IncidentOpened opened: incidents.TryAdd(opened.IncidentId, (opened, [])); break;
            case IncidentStepRecorded step when incidents.TryGetValue(step.IncidentId, out var incident): incident.Steps.Add(step); break;
        }
        if (fact is AttendanceRecorded day)
        {
            var key = (day.Engineer, Time.ShanghaiTime.LocalDate(day.OccurredAt));
            if (!attendance.TryGetValue(key, out var onDay)) attendance[key] = onDay = [];
            onDay.Add(day);
        }
        else if (fact is IStaffingFact) staffing.Add(fact);
        if (fact is IncidentOpened or IncidentStepRecorded)
        {
            var incidentId = fact is IncidentOpened o ? o.IncidentId : ((IncidentStepRecorded)fact).IncidentId;
            if (!incidentFacts.TryGetValue(incidentId, out var list)) incidentFacts[incidentId] = list = [];
            list.Add(fact);
        }
    }
}

public enum VersionStatus { Proposed, InForce, Rejected }

/// <summary>
/// One version of the contract: version 1 as created (in force from the term's start), or an amendment with its title,
/// effective date, who proposed it when, and the other party's answer.
/// </summary>
public sealed record ContractVersion(int Number, string Title, DateOnly EffectiveFrom, ContractDefinition Definition,
    AmendmentProposed? Proposed, AmendmentDecided? Decided)
{
    public VersionStatus Status => Proposed is null || Decided?.Accepted == true ? VersionStatus.InForce
        : Decided is null ? VersionStatus.Proposed : VersionStatus.Rejected;

    public static ContractVersion Original(ContractDefinition definition) =>
        new(1, definition.Title, definition.Term.Start, definition, null, null);

    public static ContractVersion Proposal(AmendmentProposed proposed) =>
        new(proposed.Version, proposed.Title, proposed.EffectiveFrom, proposed.Parse(), proposed, null);
}
