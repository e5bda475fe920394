using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;

namespace VendorGrid.Domain.Contracts.Ledger;

/// <summary>
/// The last money evaluation of a book, kept with it between decisions (issue 15: recording a fact costs O(1) in the
/// history). It is the "before" of the next fact while the book holds exactly what it held then plus facts that moved no
/// line, at the same posting instant (the posting check evaluates money as of the end of the current second). Anything
/// else — a posting, an answer, a decision, an amendment, another second — misses, and the next decision evaluates the
/// whole contract again. Without a cache (null in <see cref="DecisionContext"/>) every decision evaluates in full: the oracle.
/// </summary>
public sealed class MoneyCache
{
    private Kept? kept;

    /// <summary>The kept evaluation when it is exactly the book's money at <paramref name="at"/>.</summary>
    internal ContractEvaluation? Find(ContractBook book, DateTimeOffset at) => Current(book, at)?.Money;

    /// <summary>The book's money at <paramref name="at"/>, kept or evaluated (and then kept).</summary>
    internal ContractEvaluation Before(ContractBook book, DateTimeOffset at, Func<ContractEvaluation> evaluate) =>
        (Current(book, at) ?? Keep(book, at, evaluate(), book.Events.Count, LastId(book))).Money;

    /// <summary>
    /// Whether <paramref name="facts"/>, in force at <paramref name="at"/>, leave every line of the kept evaluation as it is;
    /// when they do, they are counted in (the caller records them, see <see cref="Recorded"/>). Each kind has its own local
    /// argument (docs/LEDGER.md §7): a reminder after its chain (<see cref="Kept.ReminderMovesNothing"/>), an incident's facts
    /// that leave its clocks' charges as they were (<see cref="IncidentMovesNothing"/>), a day on site that changes no absence
    /// and no counted day (<see cref="AttendanceMovesNothing"/>); a kind <see cref="FactRelevance"/> shows reaches no line
    /// needs none; anything else is evaluated in full.
    /// </summary>
    internal bool MoveNothing(ContractBook book, DateTimeOffset at, IReadOnlyList<ContractFact> facts, DeadlineMath math)
    {
        // Relevance reads one definition; an amended contract is evaluated version by version, so it takes the full path.
        if (book.Timeline.Amended || Current(book, at) is not { } current) return false;
        var incidents = new SortedSet<string>(StringComparer.Ordinal);
        var attendance = false;
        foreach (var fact in facts)
        {
            var reach = FactRelevance.Of(book.Definition, fact);
            switch (fact)
            {
                case var _ when reach.Penalties is { IsEmpty: true }: continue;
                // A day on site can reach any clause through the roster (absences, the start of service, counted days): judged below.
                case AttendanceRecorded: attendance = true; continue;
                case var _ when reach.Penalties is null: return false;
                case PaymentReminderSent reminder when current.ReminderMovesNothing(book, reminder, at, math): continue;
                case IncidentOpened opened: incidents.Add(opened.IncidentId); continue;
                case IncidentStepRecorded step: incidents.Add(step.IncidentId); continue;
                default: return false;
            }
        }
        foreach (var incident in incidents)
            if (!IncidentMovesNothing(book, incident, facts, at, math)) return false;
        if (attendance && !AttendanceMovesNothing(book, facts, at, math)) return false;
        foreach (var fact in facts) counted[fact.Type] = counted.GetValueOrDefault(fact.Type) + 1;
        return true;
    }

    /// <summary>Facts counted in without an evaluation since the cache was made, by kind (for tests and benchmarks).</summary>
    public IReadOnlyDictionary<string, int> CountedIn => counted;

    private readonly Dictionary<string, int> counted = new(StringComparer.Ordinal);

    /// <summary>
    /// Incident facts are read by the response clocks alone, and the clocks of one incident depend only on its own opening
    /// and steps (IncidentClocks); they reach the ledger only through the clocks that ran out naming a penalty clause
    /// (<see cref="FactRelevance"/> sends any other path to the full evaluation). So when the incident's clocks that ran out
    /// by the instant — due instants, descriptions, provisional or not — are the same without the new facts and with them,
    /// every clause sees the same triggers and every line stays as it was. An incident opened with clocks not yet due, a
    /// step that stops a clock in time or comes after its clock already ran out: all leave them the same. Costs the
    /// incident's own facts, not the history.
    /// </summary>
    private static bool IncidentMovesNothing(ContractBook book, string incidentId, IReadOnlyList<ContractFact> added, DateTimeOffset at, DeadlineMath math)
    {
        var adding = added.Where(f => f is IncidentOpened o && o.IncidentId == incidentId || f is IncidentStepRecorded s && s.IncidentId == incidentId)
            .ToList();
        var ids = adding.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        // As the engine sees the incident at the instant: facts in force that happened by then (FactIndex).
        var before = book.IncidentFacts(incidentId)
            .Where(f => !ids.Contains(f.Id) && f.OccurredAt <= at && TwoPartyFacts.Standing(f, book, at, at, math).InForce).ToList();
        var after = before.Concat(adding.Where(f => f.OccurredAt <= at)).ToList();
        // Two openings under one id (a history from before the check that refuses them): not judged here.
        if (!IncidentClocks.TryRead(before, out var openedBefore, out var stepsBefore) || !IncidentClocks.TryRead(after, out var opened, out var steps))
            return false;
        foreach (var clause in FactRelevance.ClockClauses(book.Definition))
            if (!Missed(clause, openedBefore, stepsBefore, at, math).SequenceEqual(Missed(clause, opened, steps, at, math))) return false;
        return true;
    }

    /// <summary>
    /// The roster (StaffRoster) counts each engineer's days on site as a set of dates, read by two rules only: the weekly on-site
    /// rule (WeeklyOnsite: a week of an assignment with fewer days than required leaves the seat empty until the next day on
    /// site) and a role's on-site activity (each day someone holding the role is on site counts once toward a counted minimum).
    /// A new day on site changes neither — so no absence, vacancy, start of service or counted day, and no line — when
    /// <list type="bullet">
    /// <item>the engineer is already recorded on site that day (the set is the same), or</item>
    /// <item>the engineer holds no role either rule reads, or</item>
    /// <item>no assignment to an on-site-activity role covers the day, and the day's week (Monday–Sunday) already has the
    /// days the weekly rule asks and one of them before this day: the week was passing and stays so, and the first day on site
    /// after any earlier failing week is that earlier day or before it.</item>
    /// </list>
    /// Judged against the days already in force only, so a whole roster at once is judged like its days one by one. Costs
    /// the assignments and the engineer's week, not the history.
    /// </summary>
    private static bool AttendanceMovesNothing(ContractBook book, IReadOnlyList<ContractFact> facts, DateTimeOffset at, DeadlineMath math)
    {
        bool Counts(ContractFact f) => f.OccurredAt <= at && TwoPartyFacts.Standing(f, book, at, at, math).InForce;
        var days = facts.OfType<AttendanceRecorded>().Where(f => f.OnSite && f.OccurredAt <= at).ToList();
        if (days.Count == 0) return true;
        var roles = book.Definition.Staffing.ToDictionary(r => r.Role, StringComparer.Ordinal);
        // The assignments as the engine builds them at the instant (attendance makes none).
        var roster = new Staffing.StaffRoster(book.StaffingFacts.Where(Counts), at);
        foreach (var day in days)
        {
            var date = Time.ShanghaiTime.LocalDate(day.OccurredAt);
            bool OnSite(DateOnly d) => book.Attendance(day.Engineer, d).Any(f => f.OnSite && f.Id != day.Id && Counts(f));
            if (OnSite(date)) continue;
            var held = roster.Stints.Where(s => s.Engineer == day.Engineer && roles.TryGetValue(s.Role, out var role)
                && (role.OnsiteDaysPerWeek is > 0 || role.OnsiteActivity is not null)).ToList();
            if (held.Count == 0) continue;
            var start = Time.Deadlines.StartOfDay(date);
            var end = Time.Deadlines.StartOfDay(date.AddDays(1));
            if (held.Any(s => roles[s.Role].OnsiteActivity is not null && s.From < end && (s.To is null || s.To > start))) return false;
            var perWeek = held.Max(s => roles[s.Role].OnsiteDaysPerWeek ?? 0);
            if (perWeek == 0) continue;
            var monday = date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
            var week = Enumerable.Range(0, 7).Select(i => monday.AddDays(i)).Where(OnSite).ToList();
            if (week.Count < perWeek || !week.Any(d => d < date)) return false;
        }
        return true;
    }

    /// <summary>One incident's clocks under <paramref name="clause"/> that ran out by the instant; none before it is opened.</summary>
    private static List<Engine.MissedClock> Missed(Definition.ObligationDefinition clause, IncidentOpened? opened, List<IncidentStepRecorded> steps,
        DateTimeOffset at, DeadlineMath math) =>
        opened is null ? [] : IncidentClocks.MissedOf(clause, opened, steps, math.Calendar, at);

    /// <summary>
    /// The decision adds <paramref name="events"/> and nothing else to the book (no posting): once they are applied, the kept
    /// evaluation still holds. Should they never be applied, the book's last event differs and the next lookup misses.
    /// </summary>
    internal void Recorded(ContractBook book, DateTimeOffset at, IReadOnlyList<ContractEvent> events)
    {
        if (Current(book, at) is not { } current || events.Count == 0) { kept = null; return; }
        current.Events = book.Events.Count + events.Count;
        current.LastEventId = events[^1].Id;
    }

    /// <summary>The evaluation of the book with <paramref name="events"/> applied (and nothing else), kept for the next decision.</summary>
    internal void KeepAfter(ContractBook book, DateTimeOffset at, ContractEvaluation after, IReadOnlyList<ContractEvent> events) =>
        Keep(book, at, after, book.Events.Count + events.Count, events.Count == 0 ? LastId(book) : events[^1].Id);

    internal void Forget() => kept = null;

    private Kept? Current(ContractBook book, DateTimeOffset at) =>
        kept is { } k && ReferenceEquals(k.Book, book) && ReferenceEquals(k.Definition, book.Definition) && k.At == at
            && k.Events == book.Events.Count && k.LastEventId == LastId(book) ? k : null;

    private Kept Keep(ContractBook book, DateTimeOffset at, ContractEvaluation money, int events, string? lastId) =>
        kept = new Kept(book, at, money) { Events = events, LastEventId = lastId };

    private static string? LastId(ContractBook book) => book.Events.Count == 0 ? null : book.Events[^1].Id;

    private sealed class Kept(ContractBook book, DateTimeOffset at, ContractEvaluation money)
    {
        private readonly Dictionary<(string Clause, string Payment), Links> reminders = [];

        public ContractBook Book { get; } = book;
        public Definition.ContractDefinition Definition { get; } = book.Definition;
        public DateTimeOffset At { get; } = at;
        public ContractEvaluation Money { get; } = money;
        public int Events { get; set; }
        public string? LastEventId { get; set; }

        /// <summary>
        /// A reminder moves no line when the engine would not see it (happened after the instant, or not after the payment
        /// fell due), or when it comes after every reminder that counts and does not extend their chain: the chain is already
        /// long enough, or the reminder is too close to its last link (C2: a week apart). One that lands inside the chain may
        /// reorder it: that one is re-evaluated in full.
        /// </summary>
        public bool ReminderMovesNothing(ContractBook book, PaymentReminderSent reminder, DateTimeOffset at, DeadlineMath math)
        {
            if (reminder.OccurredAt > at) return true;
            var due = Money.Payments.FirstOrDefault(p => p.Id == reminder.PaymentId)?.DueAt;
            if (due is not { } dueAt || reminder.OccurredAt <= dueAt) return true;
            var touched = new List<Links>();
            foreach (var clause in FactRelevance.RemindedClauses(book.Definition, reminder.PaymentId))
            {
                var key = (clause.Id, reminder.PaymentId);
                if (!reminders.TryGetValue(key, out var links)) reminders[key] = links = Links.Of(book, reminder.PaymentId, dueAt, clause.Preconditions!.MinimumGap, at, math);
                // Backdated among the reminders already recorded (concurrent senders arrive out of order): the chain is
                // picked greedily in time order, so a reminder after its last link cannot change any link before it.
                if (links.Latest is { } latest && !SortsAfter(reminder, latest) && !(links.Last is { } lastLink && reminder.OccurredAt > lastLink))
                    return false;
                if (links.Count < clause.Preconditions!.Reminders
                    && (links.Last is not { } last || ReminderChain.FarEnoughApart(last, reminder.OccurredAt, clause.Preconditions.MinimumGap)))
                    return false;
                touched.Add(links);
            }
            foreach (var links in touched)
                if (links.Latest is not { } latest || SortsAfter(reminder, latest)) links.Latest = reminder;
            return true;
        }

        private static bool SortsAfter(ContractFact fact, ContractFact latest) =>
            fact.OccurredAt != latest.OccurredAt ? fact.OccurredAt > latest.OccurredAt : string.CompareOrdinal(fact.Id, latest.Id) > 0;
    }

    /// <summary>A payment's reminders the engine counts at the instant: how many qualify, the last that does, the latest of all.</summary>
    private sealed class Links
    {
        public int Count { get; private init; }
        public DateTimeOffset? Last { get; private init; }
        public ContractFact? Latest { get; set; }

        public static Links Of(ContractBook book, string paymentId, DateTimeOffset dueAt, Definition.Span? gap, DateTimeOffset at, DeadlineMath math)
        {
            var sent = book.Facts.OfType<PaymentReminderSent>()
                .Where(f => f.PaymentId == paymentId && f.OccurredAt <= at && f.OccurredAt > dueAt && TwoPartyFacts.Standing(f, book, at, at, math).InForce)
                .Order(FactIndex.EngineOrder).ToList();
            var qualifying = ReminderChain.Qualifying(sent.Select(f => f.OccurredAt), gap);
            return new Links
            {
                Count = qualifying.Count, Last = qualifying.Count == 0 ? null : qualifying[^1],
                Latest = sent.Count == 0 ? null : sent[^1],
            };
        }
    }
}
