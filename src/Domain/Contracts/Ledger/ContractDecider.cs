using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Domain.Staffing;
using VendorGrid.Domain.Time;
using VendorGrid.Domain.Validation;

namespace VendorGrid.Domain.Contracts.Ledger;

/// <summary>
/// Decides a command against the contract's state and returns the events to record: the facts stamped with who and when,
/// and the ledger postings they cause. Pure: the book is read, never changed (the grain applies the events once they are
/// stored). A fact that moves no money yet (a claim awaiting its answer) costs nothing but its own checks.
/// </summary>
public static partial class ContractDecider
{
    public static Decision Decide(ContractBook book, ContractCommand command, DecisionContext context) => command switch
    {
        RecordFacts record => Record(book, record, context),
        AnswerFact answer => Answer(book, answer, context),
        DecideEntry entry => DecideOnEntry(book, entry, context),
        IssueStatement issue => Issue(book, issue, context),
        SignOffStatement signOff => SignOff(book, signOff, context),
        PostDue => Decision.Recorded(DuePostings(book, context, Now(book, context)), null!),
        OpenLedger => Open(book, context),
        RecordEvaluation evaluation => Evaluate(book, evaluation, context),
        RecordAcceptanceStep step => Checklist(book, step, context),
        ProposeAmendment proposal => Propose(book, proposal, context),
        AnswerAmendment answer => AnswerAmendment(book, answer, context),
        AnswerDefinition answer => AnswerOnDefinition(book, answer, context),
        _ => throw new ArgumentOutOfRangeException(nameof(command)),
    };

    /// <summary>Never before the last recording, so the history stays in time order even if clocks disagree.</summary>
    private static DateTimeOffset Now(ContractBook book, DecisionContext context) =>
        book.LastRecordedAt is { } last && last > context.Now ? last : context.Now;

    private static Decision Record(ContractBook book, RecordFacts command, DecisionContext context)
    {
        var facts = command.Facts;
        if (facts.IsDefaultOrEmpty) return Decision.Invalid("facts", "at least one fact is required");
        if (book.Find(facts[0].Id) is ContractFact first && facts.All(f => book.Find(f.Id) is ContractFact)) return Decision.Duplicate(first);
        var now = Now(book, context);
        var errors = new List<FieldError>();
        var stamped = new List<ContractFact>();
        var batch = new FactBatch(book);
        for (var i = 0; i < facts.Length; i++)
        {
            var fact = facts[i] with { RecordedAt = now, Reporter = command.By };
            var path = facts.Length == 1 ? "" : $"facts[{i}].";
            errors.AddRange(Check(book, batch, fact, command, context, now).Select(e => e with { Path = path + e.Path }));
            batch.Add(fact);
            stamped.Add(fact);
        }
        if (errors.Count > 0) return Decision.Invalid(errors);
        if (command.By.Party == ReportingParty.Vendor && ChangeRefused(book, stamped, context) is { } refusal) return Decision.InConflict(refusal);
        return Decision.Recorded([.. stamped, .. PostingsFor(book, stamped, now, context)], stamped[0]);
    }

    private static IEnumerable<FieldError> Check(ContractBook book, FactBatch batch, ContractFact fact, RecordFacts command, DecisionContext context, DateTimeOffset now)
    {
        if (book.Contains(fact.Id) || batch.Contains(fact.Id)) return [new("id", "is already recorded in this contract")];
        if (!command.PlatformIds && FactIds.IsReserved(fact.Id))
            return [new("id", "is in a namespace the platform reserves for the ids it gives (acceptance, incident:, evaluation:, vacancy:, decision:, …); choose another or leave it out")];
        if (fact.OccurredAt > now) return [new("occurredAt", $"must not be in the future (now is {now:yyyy-MM-dd'T'HH:mm:ssK})")];
        var errors = FactValidator.Validate(fact, book.Definition, context.InstanceIds());
        if (errors.Count > 0) return errors;
        return fact switch
        {
            IncidentOpened opened when batch.Incident(opened.IncidentId) is not null => [new("incidentId", "is already open under another fact id")],
            IncidentStepRecorded step when batch.Incident(step.IncidentId) is not { } incident => [new("incidentId", "is not an incident of this contract; open it first")],
            IncidentStepRecorded step when IncidentStepOrder.Check(book.Definition, batch.Incident(step.IncidentId)!.Value.Opened,
                batch.Incident(step.IncidentId)!.Value.Steps, step, context.Calendar) is { } outOfOrder => [outOfOrder],
            _ => [],
        };
    }

    /// <summary>A vendor's assignment that replaces someone needs the notice and consent the role requires (C1).</summary>
    private static string? ChangeRefused(ContractBook book, List<ContractFact> stamped, DecisionContext context)
    {
        var known = book.Facts.Concat(stamped).ToList();
        foreach (var assigned in stamped.OfType<StaffAssigned>())
        {
            if (StaffChanges.Succeeds(book.Definition, known, assigned) is not { } replaced) continue;
            var refusal = StaffChanges.Check(book.Definition, known, assigned.Role, replaced, assigned.OccurredAt, context.Math);
            if (refusal != ChangeRefusal.None)
                return StaffChanges.Explain(book.Definition, assigned.Role, refusal, assigned.Replaces is null ? replaced : null);
        }
        return null;
    }

    /// <summary>
    /// What the new facts post: first whatever became final by time alone since the last posting (cause "time"), then what
    /// the facts in force change (cause: the fact, or the first…last of a batch). Facts awaiting an answer post nothing.
    /// With a <see cref="MoneyCache"/>, facts that <see cref="FactRelevance"/> shows move no line are checked against the kept
    /// evaluation alone: the lines are what they were, so only what time made final is posted — no evaluation at all while
    /// the kept one holds. Anything else takes the full path: the money before and after the facts.
    /// </summary>
    private static List<EntryPosted> PostingsFor(ContractBook book, List<ContractFact> facts, DateTimeOffset now, DecisionContext context)
    {
        var moving = facts.Where(f => TwoPartyFacts.Standing(f, book, now, now, context.Math).InForce).ToList();
        if (moving.Count == 0)
        {
            context.Money?.Recorded(book, PostingInstant(now), facts);
            return [];
        }
        var cause = facts.Count == 1 ? facts[0].Id : $"{facts[0].Id}…{facts[^1].Id}";
        return Unmoved(book, moving, facts, now, context) ?? Post(book, context, now, cause, moving, facts);
    }

    /// <summary>
    /// The cheap path: with a <see cref="MoneyCache"/>, when <paramref name="moving"/> provably moves no line of the kept
    /// evaluation (<see cref="MoneyCache.MoveNothing"/>), the lines are what they were, so only what time made final is
    /// posted and the kept evaluation still holds once <paramref name="recorded"/> are applied. Null: take the full path.
    /// </summary>
    private static List<EntryPosted>? Unmoved(ContractBook book, IReadOnlyList<ContractFact> moving, IReadOnlyList<ContractEvent> recorded,
        DateTimeOffset now, DecisionContext context)
    {
        if (context.Money is not { } money) return null;
        var at = PostingInstant(now);
        var before = money.Before(book, at, () => ContractReader.Money(book, at, context.Calendar, context.Cache));
        if (!money.MoveNothing(book, at, moving, context.Math)) return null;
        var due = LedgerPosting.Reconcile(book, before.Ledger, now, "time", context.Math);
        if (due.Count == 0) money.Recorded(book, at, recorded); else money.Forget();
        return due;
    }

    /// <summary>
    /// Money is posted as of the end of the current second — the instant a read made now knows (KnownNow) — so every
    /// decision within one second sees the same clock and the kept evaluation can serve them all.
    /// </summary>
    private static DateTimeOffset PostingInstant(DateTimeOffset now) => WholeSeconds.Ceiling(now);

    /// <summary>
    /// One reconciliation with the new facts in force; a line whose amount the facts did not change (the same without them)
    /// is posted with the cause "time": it became final by time alone since the last posting.
    /// </summary>
    /// <param name="recorded">
    /// The events the decision records before its postings, when they change nothing but <paramref name="moving"/>'s standing:
    /// the evaluation after them is kept.
    /// </param>
    private static List<EntryPosted> Post(ContractBook book, DecisionContext context, DateTimeOffset now, string cause, IReadOnlyList<ContractFact> moving,
        IReadOnlyList<ContractEvent>? recorded = null)
    {
        var at = PostingInstant(now);
        var kept = context.Money?.Find(book, at) ?? ContractReader.Money(book, at, context.Calendar, context.Cache);
        var evaluated = ContractReader.Money(book, at, context.Calendar, context.Cache, moving);
        var postings = LedgerPosting.Reconcile(book, evaluated.Ledger, now, LedgerPosting.CauseOf(kept.Ledger, evaluated.Ledger, cause), context.Math);
        if (context.Money is { } money)
        {
            if (recorded is not null && postings.Count == 0) money.KeepAfter(book, at, evaluated, recorded);
            else money.Forget();
        }
        return postings;
    }

    private static List<EntryPosted> DuePostings(ContractBook book, DecisionContext context, DateTimeOffset now) =>
        LedgerPosting.Reconcile(book, ContractReader.Money(book, now, context.Calendar, context.Cache).Ledger, now, "time", context.Math);

    public static Side? SideOf(Reporter by) => by.Party switch
    {
        ReportingParty.Vendor => Side.Vendor,
        ReportingParty.Institution => Side.Institution,
        _ => null,
    };

    /// <summary>The book's facts plus those of the batch so far, for checks that look at earlier facts (incident steps in order).</summary>
    private sealed class FactBatch(ContractBook book)
    {
        private readonly Dictionary<string, ContractFact> added = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (IncidentOpened Opened, List<IncidentStepRecorded> Steps)> incidents = new(StringComparer.Ordinal);

        public bool Contains(string id) => added.ContainsKey(id);

        public (IncidentOpened Opened, List<IncidentStepRecorded> Steps)? Incident(string id) =>
            incidents.TryGetValue(id, out var mine) ? mine : book.Incident(id);

        public void Add(ContractFact fact)
        {
            added.TryAdd(fact.Id, fact);
            if (fact is IncidentOpened opened) incidents.TryAdd(opened.IncidentId, (opened, []));
            else if (fact is IncidentStepRecorded step && Incident(step.IncidentId) is { } incident)
                incidents[step.IncidentId] = (incident.Opened, [.. incident.Steps, step]);
        }
    }
}
