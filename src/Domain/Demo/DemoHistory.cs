using System.Collections.Immutable;
using System.Text;
using VendorGrid.Domain.Calendar;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Domain.Contracts.Ledger;
using VendorGrid.Domain.Staffing;
using VendorGrid.Domain.Time;

namespace VendorGrid.Domain.Demo;

/// <summary>A fact of the demo history and the side that reports it.</summary>
public sealed record DemoFact(Side By, ContractFact Fact);

/// <summary>The other side's answer to a demo fact: acknowledged, or disputed with a reason.</summary>
public sealed record DemoAnswer(Side By, string FactId, FactAnswer Answer, string? Reason);

/// <summary>
/// A decision on a proposed penalty: the entry a demo breach posted, or without one (null) the next proposed penalty the
/// vendor owes. The entry's id is the ledger's to give, so the seeder finds it; the confirming side is also the ledger's.
/// </summary>
public sealed record DemoEntryDecision(string? BreachFactId, LedgerAction Action, string? Reason);

/// <summary>
/// What a demo contract has been through by <see cref="Today"/>: facts in time order (each reporter's own), the answers
/// the other side gave, monthly evaluations, decisions on two penalties and the statements issued and signed off.
/// </summary>
public sealed record DemoPlan(
    DateOnly Today,
    bool Ended,
    ImmutableArray<DemoFact> Facts,
    ImmutableArray<DemoAnswer> Answers,
    ImmutableArray<EvaluationRecorded> Evaluations,
    ImmutableArray<DemoEntryDecision> Decisions,
    ImmutableArray<string> IssuedMonths,
    string? SignedOffMonth,
    ImmutableArray<string> EvidenceOn);

/// <summary>
/// The lived-in history of a demo contract (issue 20 §6), as a pure function of its definition, the Shanghai date the
/// server calls today and the working calendar. Nothing is random: whether a deliverable was late, which fact is disputed
/// and which incident was restored late follow from stable hashes of ids and from positions in time, so the same day
/// gives the same plan and a later day only adds to it (every id is derived from what it records, never from the day).
/// Everything happens before today 00:00 Shanghai, so no fact lies in the server's future whatever the hour.
/// </summary>
public static class DemoHistory
{
    /// <summary>Facts of the last week stay unanswered: the other side's 待我处理.</summary>
    public const int UnansweredDays = 7;

    public const string Prefix = "demo.";

    public static DemoPlan Plan(ContractDefinition definition, DateOnly today, WorkingCalendar calendar)
    {
        var cutoff = ShanghaiTime.ToInstant(today, TimeOnly.MinValue);
        var ended = definition.Term.End < today;
        var last = ended ? definition.Term.End : today.AddDays(-1);
        var facts = new List<DemoFact>();

        // What the contract asks of each side with nothing recorded yet: the dated deliverables up to today.
        var blank = ContractEngine.Evaluate(definition, [], cutoff, calendar);
        var clauses = definition.Obligations.ToDictionary(o => o.Id, StringComparer.Ordinal);
        var firstOneOff = blank.Obligations.FirstOrDefault(o => o.DueAt < cutoff && o.Party == ObligationParty.Vendor && !o.Provisional
            && clauses.TryGetValue(o.ClauseId, out var c) && c.Kind == ObligationKind.OneOff)?.Id;
        foreach (var instance in blank.Obligations)
        {
            if (instance.DueAt is not { } due || due >= cutoff || instance.Provisional) continue;
            if (!clauses.TryGetValue(instance.ClauseId, out var clause) || clause.Kind is not (ObligationKind.OneOff or ObligationKind.Recurring)) continue;
            if (clause.Scorecard is not null) continue; // met by the monthly evaluation below
            var hash = Hash(instance.Id);
            // About one in seven late by 1–3 days, and the first one-off always (2 days), so a lateness penalty shows.
            var late = hash % 7 == 3 || instance.Id == firstOneOff;
            var dueDate = ShanghaiTime.LocalDate(due.AddTicks(-1));
            var metAt = late
                ? ShanghaiTime.ToInstant(dueDate.AddDays(instance.Id == firstOneOff ? 2 : 1 + (int)(hash / 7 % 3)), new TimeOnly(11, (int)(hash % 60)))
                : ShanghaiTime.ToInstant(dueDate.AddDays(-(int)(hash % 3)), new TimeOnly(9 + (int)(hash / 3 % 8), (int)(hash / 24 % 60)));
            if (!late && metAt >= due) metAt = due.AddHours(-1);
            if (metAt >= cutoff) metAt = cutoff.AddHours(-3);
            var by = clause.Party == ObligationParty.Vendor ? Side.Vendor : Side.Institution;
            facts.Add(new(by, new ObligationMet
            {
                Id = $"{Prefix}met.{instance.Id}", OccurredAt = metAt, ObligationId = instance.Id,
                Note = late ? "补交 / delivered late" : "按期交付 / delivered on time",
            }));
        }

        // Payments the blank schedule dates by today: the invoice ten days before, the money three days before.
        foreach (var payment in blank.Payments)
        {
            if (payment.DueAt is not { } due || due >= cutoff || payment.Gross <= 0 || payment.Provisional) continue;
            facts.Add(new(Side.Institution, new InvoiceReceived { Id = $"{Prefix}invoice.{payment.Id}", OccurredAt = due.AddDays(-10), PaymentId = payment.Id }));
            facts.Add(new(Side.Institution, new PaymentMade { Id = $"{Prefix}paid.{payment.Id}", OccurredAt = due.AddDays(-3), PaymentId = payment.Id, Amount = payment.Gross }));
        }

        facts.AddRange(Staffing(definition, last, calendar));
        facts.AddRange(Incidents(definition, last, calendar));
        var breaches = Breaches(definition, last, calendar);
        facts.AddRange(breaches);

        var ordered = facts.Where(f => f.Fact.OccurredAt >= ShanghaiTime.ToInstant(definition.Term.Start.AddDays(-30), TimeOnly.MinValue))
            .OrderBy(f => f.Fact.OccurredAt).ThenBy(f => f.Fact.Id, StringComparer.Ordinal).ToImmutableArray();
        var answers = Answers(definition, ordered, cutoff);
        ImmutableArray<DemoEntryDecision> decisions =
        [
            new(breaches.ElementAtOrDefault(0)?.Fact.Id, LedgerAction.Confirm, null),
            new(breaches.ElementAtOrDefault(1)?.Fact.Id, LedgerAction.Dispute, "乙方对该项认定有异议，已提交说明材料 / the vendor contests this charge and has sent its explanation"),
        ];

        var months = StatementMonths(definition, today);
        var evidence = ordered.Where(f => f.Fact is ObligationMet && answers.Any(a => a.FactId == f.Fact.Id && a.Answer == FactAnswer.Acknowledged))
            .Select(f => f.Fact.Id).TakeLast(2).ToImmutableArray();
        return new DemoPlan(today, ended, ordered, answers, Evaluations(definition, today), decisions,
            months.Issued, months.SignedOff, evidence);
    }

    /// <summary>
    /// Each fact the other side answers: acknowledged, except every fact of the last week (left for the reader to answer)
    /// and one deliverable, the earliest late one, disputed with its reason.
    /// </summary>
    private static ImmutableArray<DemoAnswer> Answers(ContractDefinition definition, ImmutableArray<DemoFact> facts, DateTimeOffset cutoff)
    {
        var answered = facts.Where(f => f.Fact.OccurredAt < cutoff.AddDays(-UnansweredDays))
            .Select(f => (f.By, f.Fact, Answerer: TwoPartyFacts.Answerer(f.Fact with { Reporter = new Reporter(Party(f.By), "demo") }, definition)))
            .Where(f => f.Answerer is not null && f.Answerer != f.By).ToList();
        // A recurring record, not a one-off: disputed, it stays unmet, and a one-off linked to a daily lateness rate would grow for ever.
        bool Recurring(ContractFact f) => f is ObligationMet met && definition.Obligations.Any(o => o.Id == met.ObligationId.Split('@')[0] && o.Kind == ObligationKind.Recurring);
        var disputed = answered.FirstOrDefault(f => Recurring(f.Fact) && ((ObligationMet)f.Fact).Note!.StartsWith("补交", StringComparison.Ordinal)).Fact?.Id
            ?? answered.FirstOrDefault(f => Recurring(f.Fact)).Fact?.Id;
        // Assignments are acknowledged last and newest first, so a role comes into force whole — its successors and every
        // on-site day already there — and no half-acknowledged team posts a vacancy the next acknowledgment takes back.
        answered = [.. answered.OrderBy(f => f.Fact is StaffAssigned ? 1 : 0)
            .ThenBy(f => f.Fact is StaffAssigned ? -f.Fact.OccurredAt.UtcTicks : f.Fact.OccurredAt.UtcTicks)];
        return [.. answered.Select(f => f.Fact.Id == disputed
            ? new DemoAnswer(f.Answerer!.Value, f.Fact.Id, FactAnswer.Disputed, "交付材料缺少签字页，请补齐后重新提交 / the signed page is missing; resubmit it")
            : new DemoAnswer(f.Answerer!.Value, f.Fact.Id, FactAnswer.Acknowledged, null))];
    }

    private static readonly string[] EducationByRank = ["大专", "本科", "硕士研究生", "博士研究生"];

    /// <summary>
    /// Every seat of every role from the first day of the term, each person with the qualifications the role's rules ask
    /// of them (a rule for N people gives N of the seats its years, education and certificates; one person may meet several
    /// rules), so no role starts short and the team is on site at once. Attendance: a role with a weekly on-site rule (C1
    /// 每周至少出勤一天) has its people on site on the first working day of every week of the term, the other roles every
    /// working day of the last two weeks. And at most one short vacancy, explained in <see cref="Resignation"/>.
    /// </summary>
    private static IEnumerable<DemoFact> Staffing(ContractDefinition definition, DateOnly last, WorkingCalendar calendar)
    {
        var start = ShanghaiTime.ToInstant(definition.Term.Start, new TimeOnly(9, 0));
        foreach (var role in definition.Staffing.Where(r => r.Minimum > 0))
        {
            var people = Enumerable.Range(1, role.Minimum).Select(n => $"demo-{role.Role}-{n}").ToList();
            var held = Qualifications(role, definition.Term.Start);
            for (var i = 0; i < people.Count; i++)
                yield return new(Side.Vendor, Assignment(people[i], role.Role, start, held[i]));
            foreach (var engineer in people)
                foreach (var fact in Attendance(role, engineer, definition.Term.Start, last, calendar))
                    yield return fact;
        }
        foreach (var fact in Resignation(definition, last, calendar)) yield return fact;
    }

    private static IEnumerable<DemoFact> Attendance(StaffingRequirement role, string engineer, DateOnly from, DateOnly last, WorkingCalendar calendar) =>
        (role.OnsiteDaysPerWeek is > 0 ? WeeklyDays(from, last, calendar) : LastWorkingDays(from, last, calendar, 10))
            .Select(day => new DemoFact(Side.Vendor, new AttendanceRecorded
            {
                Id = $"{Prefix}onsite.{engineer}.{day:yyyyMMdd}", OccurredAt = ShanghaiTime.ToInstant(day, new TimeOnly(8, 20 + (int)(Hash(engineer + day) % 25))),
                Engineer = engineer, OnSite = true,
            }));

    private static StaffAssigned Assignment(string engineer, string role, DateTimeOffset from, Qualification held) => new()
    {
        Id = $"{Prefix}assign.{engineer}", OccurredAt = from, Engineer = engineer, Role = role,
        Education = held.Education, Years = held.Years, Certificates = held.Certificates.IsDefaultOrEmpty ? null : held.Certificates,
    };

    /// <summary>
    /// What each seat's person holds: a bachelor's degree and three years by default; the seats a rule covers (its count,
    /// the rules taking seats in turn and wrapping round when they ask for more people than the role has) get its years,
    /// education and certificates on top (the certificates issued two years before the term, without expiry).
    /// Nothing at all for a role without rules, as before (its people's qualifications are not the contract's business).
    /// </summary>
    private static List<Qualification> Qualifications(StaffingRequirement role, DateOnly termStart)
    {
        var seats = Enumerable.Range(0, role.Minimum).Select(_ => role.Qualified.IsEmpty ? Qualification.None : new Qualification("本科", 3, [])).ToList();
        var seat = 0;
        foreach (var rule in role.Qualified)
            for (var k = 0; k < rule.Count; k++, seat++)
            {
                var q = seats[seat % seats.Count];
                var rank = Math.Max(EducationLevels.Rank(q.Education), EducationLevels.Rank(rule.Education));
                seats[seat % seats.Count] = new Qualification(
                    rank == 0 ? null : EducationByRank[rank - 1],
                    Math.Max(q.Years ?? 0, (rule.MinYears ?? 0) + 1),
                    [.. q.Certificates, .. rule.Certificates.Where(c => !q.Certificates.Any(h => QualificationCheck.SameName(h.Name, c)))
                        .Select(c => new HeldCertificate { Name = c, IssuedOn = termStart.AddYears(-2) })]);
            }
        return seats;
    }

    /// <summary>The first working day of each Monday–Sunday week between the two days.</summary>
    private static List<DateOnly> WeeklyDays(DateOnly first, DateOnly last, WorkingCalendar calendar)
    {
        var days = new List<DateOnly>();
        for (var monday = first.AddDays(-(((int)first.DayOfWeek + 6) % 7)); monday <= last; monday = monday.AddDays(7))
        {
            var from = monday < first ? first : monday;
            var to = monday.AddDays(6) < last ? monday.AddDays(6) : last;
            var day = from;
            while (day <= to && !calendar.IsWorkingDay(day)) day = day.AddDays(1);
            // A whole week of holidays still needs its day on site (the hospital is open); a part-week at either end does not.
            if (day <= to) days.Add(day);
            else if (from == monday && to == monday.AddDays(6)) days.Add(monday);
        }
        return days;
    }

    /// <summary>The last <paramref name="count"/> working days up to <paramref name="last"/>, newest first, none on the term's first day.</summary>
    private static List<DateOnly> LastWorkingDays(DateOnly first, DateOnly last, WorkingCalendar calendar, int count)
    {
        var days = new List<DateOnly>();
        for (var day = last; days.Count < count && day > first; day = day.AddDays(-1))
            if (calendar.IsWorkingDay(day)) days.Add(day);
        return days;
    }

    /// <summary>
    /// The one vacancy of the demo: in the largest role a vacancy clause watches, one person resigns about seven months
    /// into the term. The vendor gives the notice the role requires (on a working day, a few days more than the notice
    /// period before the successor starts) and the institution consents two or so working days later; the person leaves
    /// on a Friday at 18:00 and the successor starts on the fourth working day after, at 09:00 — a few days over the
    /// refill grace, so the vacancy costs a few days' charge (C1: 2 days × ¥2,000). Nothing when no clause charges
    /// vacancies or the term ends first.
    /// </summary>
    private static IEnumerable<DemoFact> Resignation(ContractDefinition definition, DateOnly last, WorkingCalendar calendar)
    {
        var watched = definition.Penalties.Where(p => p.Trigger == PenaltyTrigger.Vacancy).SelectMany(p => p.Roles).ToHashSet(StringComparer.Ordinal);
        if (definition.Staffing.Where(r => watched.Contains(r.Role) && r.Minimum > 0).MaxBy(r => r.Minimum) is not { } role) yield break;
        var leaves = definition.Term.Start.AddDays(210);
        while (leaves.DayOfWeek != DayOfWeek.Friday || !calendar.IsWorkingDay(leaves)) leaves = leaves.AddDays(1);
        var starts = leaves;
        for (var workingDays = 0; workingDays < 4; ) if (calendar.IsWorkingDay(starts = starts.AddDays(1))) workingDays++;
        if (starts > last) yield break;
        var (leaver, successor) = ($"demo-{role.Role}-{(role.Minimum + 1) / 2}", $"demo-{role.Role}-{role.Minimum + 1}");
        var successorFrom = ShanghaiTime.ToInstant(starts, new TimeOnly(9, 0));
        var noticeDay = role.ChangeNotice is { } notice
            ? ShanghaiTime.LocalDate(new DeadlineMath(calendar).Before(successorFrom, notice with { Roll = HolidayRoll.None }).DueAt).AddDays(-3)
            : leaves.AddDays(-14);
        while (!calendar.IsWorkingDay(noticeDay)) noticeDay = noticeDay.AddDays(-1);
        var consentDay = noticeDay.AddDays(2);
        while (!calendar.IsWorkingDay(consentDay)) consentDay = consentDay.AddDays(1);
        if (role.ChangeNotice is not null || role.ChangeNeedsConsent)
        {
            yield return new(Side.Vendor, new StaffChangeNoticed
            {
                Id = $"{Prefix}change-notice.{leaver}", OccurredAt = ShanghaiTime.ToInstant(noticeDay, new TimeOnly(10, 0)), Engineer = leaver, Role = role.Role,
                Reason = $"本人辞职，最后工作日 {leaves:yyyy-MM-dd}，接替人员到岗前空缺数日 / resigning, last day {leaves:yyyy-MM-dd}; the seat stays empty a few days until the successor starts",
            });
            if (role.ChangeNeedsConsent)
                yield return new(Side.Institution, new StaffChangeApproved
                {
                    Id = $"{Prefix}change-approved.{leaver}", OccurredAt = ShanghaiTime.ToInstant(consentDay, new TimeOnly(15, 0)), Engineer = leaver, Role = role.Role,
                });
        }
        yield return new(Side.Vendor, new StaffReleased
        {
            Id = $"{Prefix}release.{leaver}", OccurredAt = ShanghaiTime.ToInstant(leaves, new TimeOnly(18, 0)), Engineer = leaver, Role = role.Role,
            Reason = "离职 / resigned",
        });
        var held = Qualifications(role, definition.Term.Start);
        yield return new(Side.Vendor, Assignment(successor, role.Role, successorFrom, held[(role.Minimum + 1) / 2 - 1]));
        foreach (var fact in Attendance(role, successor, starts, last, calendar)) yield return fact;
    }

    /// <summary>
    /// Three incidents for a contract with response clocks, 84, 106 and 120 days into the term (the next working day; none
    /// after the last day): a normal one fixed in time, an emergency with the engineer on site, and one restored late (its
    /// clock missed). Dated from the term, not from today, so a later day never adds them again.
    /// </summary>
    private static IEnumerable<DemoFact> Incidents(ContractDefinition definition, DateOnly last, WorkingCalendar calendar)
    {
        if (!definition.Obligations.Any(o => o.Kind == ObligationKind.ResponseClock)) yield break;
        (int DaysAfter, string Severity, string Summary, (string Step, int Minutes, Side By)[] Steps)[] incidents =
        [
            (84, "normal", "门诊挂号窗口打印机无法出票 / outpatient registration printer not printing",
                [("responded", 8, Side.Vendor), ("restored", 26, Side.Vendor), ("closed", 120, Side.Institution)]),
            (106, "emergency", "住院收费系统无法登录 / inpatient billing system login fails",
                [("responded", 5, Side.Vendor), ("onsite", 40, Side.Vendor), ("restored", 95, Side.Vendor), ("closed", 180, Side.Institution)]),
            (120, "normal", "检验报告推送延迟 / lab reports delayed",
                [("responded", 12, Side.Vendor), ("restored", 130, Side.Vendor), ("closed", 200, Side.Institution)]),
        ];
        var number = 0;
        foreach (var (daysAfter, severity, summary, steps) in incidents)
        {
            number++;
            var day = definition.Term.Start.AddDays(daysAfter);
            while (!calendar.IsWorkingDay(day)) day = day.AddDays(1);
            if (day > last) continue;
            var opened = ShanghaiTime.ToInstant(day, new TimeOnly(10, 0));
            var id = $"demo-{day:yyyyMMdd}-{number}";
            yield return new(Side.Institution, new IncidentOpened { Id = $"{Prefix}incident.{id}", OccurredAt = opened, IncidentId = id, Severity = severity, Summary = summary });
            foreach (var (step, minutes, by) in steps)
                yield return new(by, new IncidentStepRecorded { Id = $"{Prefix}incident.{id}.{step}", OccurredAt = opened.AddMinutes(minutes), IncidentId = id, Name = step });
        }
    }

    /// <summary>
    /// Up to two breaches the institution reports, 70 and 100 days into the term, of the occurrence clauses with the
    /// smallest charge (at most 5 % of the total, no rectification first, no termination right): one to be confirmed, one
    /// disputed (where only one clause qualifies, the other decision falls on a lateness penalty).
    /// </summary>
    private static List<DemoFact> Breaches(ContractDefinition definition, DateOnly last, WorkingCalendar calendar)
    {
        var clauses = definition.Penalties
            .Where(p => p.Trigger == PenaltyTrigger.Occurrence && !p.RectificationFirst && !p.TerminationRight
                && p.Shape is PenaltyShape.PerOccurrence or PenaltyShape.Range
                && (p.Shape == PenaltyShape.Range ? p.Min : p.Amount) is { Base: AmountBase.ContractTotal }
                && Estimate(definition, p) <= definition.Total * 0.05m)
            .OrderBy(p => Estimate(definition, p)).ThenBy(p => p.Id, StringComparer.Ordinal).Take(2).ToList();
        var breaches = new List<DemoFact>();
        for (var i = 0; i < clauses.Count; i++)
        {
            var day = definition.Term.Start.AddDays(i == 0 ? 70 : 100);
            while (!calendar.IsWorkingDay(day)) day = day.AddDays(1);
            if (day > last) continue;
            var clause = clauses[i];
            breaches.Add(new(Side.Institution, new BreachOccurred
            {
                Id = $"{Prefix}breach.{clause.Id}.{day:yyyyMMdd}", OccurredAt = ShanghaiTime.ToInstant(day, new TimeOnly(15, 30)), ClauseId = clause.Id,
                People = clause.PerPerson ? 1 : null,
                Reason = i == 0 ? "现场检查发现，已拍照留存 / found in an on-site check, photographed" : "用户投诉后核实 / confirmed after a user complaint",
            }));
        }
        return breaches;
    }

    private static decimal Estimate(ContractDefinition definition, PenaltyDefinition penalty) =>
        (penalty.Shape == PenaltyShape.Range ? penalty.Min : penalty.Amount) is { } rule ? rule.Amount ?? (rule.Rate ?? 1m) * definition.Total : decimal.MaxValue;

    /// <summary>The scorecard's months evaluated by today: each on the third working day of the next month, passing (80–97).</summary>
    private static ImmutableArray<EvaluationRecorded> Evaluations(ContractDefinition definition, DateOnly today)
    {
        if (Scorecards.Of(definition) is not { } scorecard) return [];
        var evaluations = ImmutableArray.CreateBuilder<EvaluationRecorded>();
        for (var month = new DateOnly(definition.Term.Start.Year, definition.Term.Start.Month, 1); month <= definition.Term.End; month = month.AddMonths(1))
        {
            var evaluatedOn = month.AddMonths(1).AddDays(2);
            if (evaluatedOn >= today) break;
            var key = $"{month:yyyy-MM}";
            var scores = scorecard.Card.Sections.ToImmutableSortedDictionary(s => s.Id,
                s => s.Max - Math.Min(s.Max * 0.2m, Hash(key + s.Id) % 4), StringComparer.Ordinal);
            evaluations.Add(new EvaluationRecorded
            {
                Id = $"{Scorecards.FactPrefix}demo-{key}", OccurredAt = ShanghaiTime.ToInstant(evaluatedOn, new TimeOnly(16, 0)),
                ObligationId = "", Month = key, Scores = scores, Note = "月度考评 / monthly evaluation",
            });
        }
        return evaluations.ToImmutable();
    }

    /// <summary>
    /// The statements: the last month of the term that has ended by today is issued (awaiting sign-off), and the month
    /// before it is issued and signed off by both sides.
    /// </summary>
    private static (ImmutableArray<string> Issued, string? SignedOff) StatementMonths(ContractDefinition definition, DateOnly today)
    {
        var first = new DateOnly(definition.Term.Start.Year, definition.Term.Start.Month, 1);
        var lastEnded = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var termLast = new DateOnly(definition.Term.End.Year, definition.Term.End.Month, 1);
        var latest = lastEnded < termLast ? lastEnded : termLast;
        if (latest < first) return ([], null);
        var before = latest.AddMonths(-1);
        return before < first ? ([$"{latest:yyyy-MM}"], null) : ([$"{before:yyyy-MM}", $"{latest:yyyy-MM}"], $"{before:yyyy-MM}");
    }

    public static ReportingParty Party(Side side) => side == Side.Vendor ? ReportingParty.Vendor : ReportingParty.Institution;

    /// <summary>FNV-1a over the UTF-8 bytes: a stable choice per id, the same on every machine and run.</summary>
    public static uint Hash(string text)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(text)) hash = (hash ^ b) * 16777619u;
        return hash;
    }
}
