using FsCheck;
using FsCheck.Fluent;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Domain.Contracts.Ledger;
using VendorGrid.Domain.Time;
using VendorGrid.Tests.Domain.Calendar;
using VendorGrid.Tests.Infrastructure;

namespace VendorGrid.Tests.Domain.Contracts;

/// <summary>
/// Random fact histories on each seed contract (deliveries, occurrences, objections, payments, usage, decisions, then
/// late-recorded facts that lower what was confirmed): the same facts in any order give the same computation, no
/// payment total passes its cap, no clause passes its cap; recorded through the posted ledger, deductions and the
/// settlement add up to the confirmed penalties, no confirmed entry is shrunk or lost (a change is an adjustment), and
/// replaying the stored events rebuilds the same ledger.
/// </summary>
public sealed class SeedHistoryPropertyTests
{
    private static ContractEvaluation Evaluate(ContractDefinition d, IEnumerable<FactSketch> facts, DateTimeOffset asOf) =>
        ContractEngine.Evaluate(d, facts.Select(f => (ContractFact)f).ToList(), asOf, CalendarTestData.NationalCalendar);

    private static Property Holds(string seed) => Prop.ForAll(Gen.Choose(1, int.MaxValue - 1).ToArbitrary(), (int n) =>
    {
        var d = ContractFixtures.Seed(seed);
        var history = History(d, new Random(n));
        var facts = history.Facts.Concat(history.Later).ToList();
        var e = Evaluate(d, facts, history.AsOf);
        var order = new Random(n + 1);
        var shuffled = Evaluate(d, facts.OrderBy(_ => order.Next()).ToList(), history.AsOf);
        var failures = Check(d, e).ToList();
        if (!Same(e, shuffled)) failures.Add("the same facts in another order give another ledger");
        failures.AddRange(Posted(d, history));
        Assert.True(failures.Count == 0, $"{seed}, history {n}: {string.Join("; ", failures)}");
    });

    [FsCheck.Xunit.Property(MaxTest = 25)] public Property C1_RandomHistories() => Holds("c1-childrens-internet-hospital-2016");
    [FsCheck.Xunit.Property(MaxTest = 25)] public Property C2_RandomHistories() => Holds("c2-chaoyang-his-2026");
    [FsCheck.Xunit.Property(MaxTest = 25)] public Property C3_RandomHistories() => Holds("c3-medical-registration-ops-2024");
    [FsCheck.Xunit.Property(MaxTest = 25)] public Property C4_RandomHistories() => Holds("c4-health-commission-medadmin-ops-2024");
    [FsCheck.Xunit.Property(MaxTest = 25)] public Property C5_RandomHistories() => Holds("c5-booking-platform-2024");

    private static bool Same(ContractEvaluation a, ContractEvaluation b) =>
        a.Ledger.Select(x => (x.Id, x.Amount, x.Status)).Order().SequenceEqual(b.Ledger.Select(x => (x.Id, x.Amount, x.Status)).Order())
        && a.Payments.SequenceEqual(b.Payments, PaymentComparer.Instance) && a.Totals == b.Totals;

    private sealed class PaymentComparer : IEqualityComparer<PaymentView>
    {
        public static readonly PaymentComparer Instance = new();
        public bool Equals(PaymentView? x, PaymentView? y) => (x!.Id, x.Gross, x.Deductions, x.Net, x.Status) == (y!.Id, y.Gross, y.Deductions, y.Net, y.Status);
        public int GetHashCode(PaymentView obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }

    private static IEnumerable<string> Check(ContractDefinition d, ContractEvaluation e)
    {
        var grossTotal = e.Payments.Sum(p => p.Gross);
        if (e.Usage is { } usage)
        {
            if (grossTotal != usage.Payable || grossTotal > usage.Cap) yield return $"usage payments {grossTotal} vs payable {usage.Payable} cap {usage.Cap}";
        }
        else if (grossTotal > d.Total) yield return $"payments {grossTotal} pass the total {d.Total}";
        if (e.Payments.Any(p => p.Net < 0 || p.Deductions > p.Gross)) yield return "a deduction larger than its payment";
        if (e.Ledger.Any(x => decimal.Round(x.Amount, 2) != x.Amount)) yield return "an amount not to the fen";
        if (e.Ledger.Any(x => x.Kind is LedgerEntryKind.Accrual or LedgerEntryKind.Escalation && x.Amount <= 0)) yield return "a non-positive charge";
        foreach (var clause in d.Penalties.Where(p => p.Cap is { Scope: CapScope.Clause, Amount: null, Base: AmountBase.ContractTotal }))
        {
            var cap = VendorGrid.Domain.Money.Cny.RoundToFen(clause.Cap!.Rate!.Value * d.Total);
            var charged = e.Ledger.Where(x => x.ClauseId == clause.Id && x.Kind is LedgerEntryKind.Accrual or LedgerEntryKind.Adjustment or LedgerEntryKind.Reversal).Sum(x => x.Amount);
            if (charged > cap) yield return $"{clause.Id} charged {charged} past its cap {cap}";
        }
    }

    /// <summary>
    /// The history recorded through the book as the grain records it: each fact at its own instant, the decisions mid-way,
    /// the late facts after them. What was confirmed stays posted at its amount; changes come as adjustments.
    /// </summary>
    private static IEnumerable<string> Posted(ContractDefinition d, (List<FactSketch> Facts, List<FactSketch> Decisions, List<FactSketch> Later, DateTimeOffset DecidedAt, DateTimeOffset AsOf) history)
    {
        var ledger = new LedgerHarness(d);
        string Local(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var fact in history.Facts.Where(f => f.OccurredAt <= history.DecidedAt).OrderBy(f => f.OccurredAt))
            ledger.Record(Reporter.Platform, Local(fact.OccurredAt), fact);
        var confirmed = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var decision in history.Decisions)
        {
            var action = decision.Type == FactSketch.LedgerWaived ? LedgerAction.Waive : LedgerAction.Confirm;
            var amount = action == LedgerAction.Confirm ? decision.Amount : null;
            var made = ledger.Decide(decision.EntryId!, action, Local(decision.OccurredAt), LedgerHarness.Institution, amount, decision.Reason);
            if (made.Errors.Any(x => x.Path == "party")) made = ledger.Decide(decision.EntryId!, action, Local(decision.OccurredAt), LedgerHarness.Vendor, amount, decision.Reason);
            if (made.Outcome == DecisionOutcome.Recorded && action == LedgerAction.Confirm)
                confirmed[decision.EntryId!] = ledger.Book.Posting(decision.EntryId!)!.Amount;
        }
        var lateAt = history.DecidedAt.AddHours(2);
        foreach (var fact in history.Later.Where(f => f.OccurredAt <= lateAt)) ledger.Record(Reporter.Platform, Local(lateAt), fact);
        foreach (var fact in history.Facts.Concat(history.Later).Where(f => f.OccurredAt > history.DecidedAt && f.OccurredAt > lateAt).OrderBy(f => f.OccurredAt))
            ledger.Record(Reporter.Platform, Local(fact.OccurredAt), fact);

        var e = ledger.View(Local(history.AsOf));
        if (e.Payments.Sum(p => p.Deductions) + (e.Settlement?.OwedByVendor ?? 0) != Math.Max(0, e.Totals.Confirmed))
            yield return $"deductions {e.Payments.Sum(p => p.Deductions)} + settlement {e.Settlement?.OwedByVendor} ≠ confirmed {e.Totals.Confirmed}";
        foreach (var (id, amount) in confirmed)
        {
            var entry = e.Ledger.SingleOrDefault(x => x.Id == id);
            if (entry is null || entry.Amount != amount || entry.Status != LedgerStatus.Confirmed)
                yield return $"confirmed {id} at {amount} now {entry?.Amount.ToString() ?? "gone"} {entry?.Status}";
        }
        var replayed = ContractReader.Evaluate(new ContractBook(d).ApplyAll(ledger.Book.Events), history.AsOf, DateTimeOffset.MaxValue.AddYears(-1),
            CalendarTestData.NationalCalendar);
        if (!replayed.Ledger.Select(x => (x.Id, x.Amount, x.Status, x.Net)).SequenceEqual(e.Ledger.Select(x => (x.Id, x.Amount, x.Status, x.Net))))
            yield return "replaying the stored events gives another ledger";
    }

    /// <summary>A history across the term, decisions on what it proposed, then facts recorded later that change it.</summary>
    internal static (List<FactSketch> Facts, List<FactSketch> Decisions, List<FactSketch> Later, DateTimeOffset DecidedAt, DateTimeOffset AsOf) History(ContractDefinition d, Random random)
    {
        var start = d.Term.Start;
        var days = d.Term.End.DayNumber - start.DayNumber;
        DateTimeOffset Someday(int from = -20, int extra = 60) =>
            Deadlines.StartOfDay(start.AddDays(random.Next(from, days + extra))).AddMinutes(random.Next(8 * 60, 20 * 60));
        var asOf = Deadlines.EndOfDay(d.Term.End.AddDays(200));
        var baseline = Evaluate(d, new List<FactSketch>(), asOf);
        var instances = baseline.Obligations.Where(o => o.DueAt is not null && o.Document is null && !o.Id.Contains(':')).ToList();
        var facts = new List<FactSketch>();
        var decisions = new List<FactSketch>();
        var later = new List<FactSketch>();
        var id = 0;
        FactSketch New(string type, DateTimeOffset at) => new() { Id = $"g{id++}", Type = type, OccurredAt = at };

        for (var k = random.Next(0, 20); k > 0 && instances.Count > 0; k--)
        {
            var instance = instances[random.Next(instances.Count)];
            facts.Add(New(FactTypes.ObligationMet, instance.DueAt!.Value.AddDays(random.Next(-5, 25))) with { ObligationId = instance.Id });
        }
        foreach (var clause in d.Penalties.Where(p => p.Trigger == PenaltyTrigger.Occurrence && !p.RectificationFirst && p.Shape != PenaltyShape.TerminationRight))
            for (var k = random.Next(0, 3); k > 0; k--)
                facts.Add(Occurrence(clause, New(FactTypes.Occurrence, Someday()), d, random));
        foreach (var clause in d.Penalties.Where(p => p.RectificationFirst && p.Alongside is null))
            for (var k = random.Next(0, 3); k > 0; k--)
            {
                var objection = New(FactTypes.RectificationRequested, Someday()) with { ClauseId = clause.Id };
                facts.Add(objection with { RectifyBy = objection.OccurredAt.AddDays(random.Next(1, 15)) });
                if (random.Next(2) == 0) facts.Add(New(FactTypes.Rectified, objection.OccurredAt.AddDays(random.Next(0, 25))) with { ObjectionId = objection.Id });
            }
        foreach (var role in d.Penalties.Where(p => p.Trigger == PenaltyTrigger.Vacancy).SelectMany(p => p.Roles).Distinct().Take(2))
            if (random.Next(2) == 0)
            {
                var opened = Someday(0, 0);
                facts.Add(New(FactTypes.VacancyOpened, opened) with { Role = role, People = random.Next(1, 3) });
                if (random.Next(2) == 0) facts.Add(New(FactTypes.VacancyFilled, opened.AddDays(random.Next(1, 12))) with { Role = role, People = 2 });
            }
        if (d.Penalties.Any(p => p.Trigger == PenaltyTrigger.Outage))
            for (var k = random.Next(0, 3); k > 0; k--)
            {
                var began = Someday(0, 0);
                facts.Add(New(FactTypes.Outage, began) with { StartedAt = began, EndedAt = began.AddHours(random.Next(1, 80)), VendorCaused = random.Next(3) > 0 });
            }
        if (random.Next(10) < 7) facts.Add(New(FactTypes.Accepted, Deadlines.StartOfDay(d.Term.End).AddDays(random.Next(1, 40)).AddHours(10)));
        if (random.Next(2) == 0) facts.Add(New(FactTypes.FundsReceived, Deadlines.StartOfDay(d.Term.End).AddDays(random.Next(1, 60)).AddHours(9)));
        if (d.Usage is not null)
        {
            for (var month = new DateOnly(start.Year, start.Month, 1); month <= d.Term.End; month = month.AddMonths(1))
                facts.Add(New(FactTypes.UsageVerified, Deadlines.StartOfDay(month.AddMonths(1)).AddHours(10)) with
                {
                    Month = month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
                    Online = random.Next(0, 4_200_000) * 1L, Phone = random.Next(0, 480_000) * 1L,
                });
            if (random.Next(4) == 0) facts.Add(New(FactTypes.SupplementalAgreement, Someday(days, 90)) with { Amount = random.Next(2) == 0 ? null : random.Next(1, 300_000) });
        }
        var plan = Evaluate(d, facts, asOf).Payments;
        foreach (var payment in d.Payments)
        {
            if (random.Next(10) < 8) facts.Add(New(FactTypes.InvoiceReceived, Someday(-10, 20)) with { PaymentId = payment.Id });
            var gross = plan.Single(p => p.Id == payment.Id).Gross;
            if (gross > 0 && random.Next(10) < 6)
                facts.Add(New(FactTypes.PaymentMade, Someday(0, 120)) with { PaymentId = payment.Id, Amount = random.Next(3) == 0 ? decimal.Round(gross / 2, 2) : gross });
        }
        if (random.Next(10) == 0) facts.Add(New(FactTypes.Terminated, Someday(30, -30)) with { ClauseId = d.Penalties[random.Next(d.Penalties.Length)].Id });

        // Decisions on what was proposed by a day during the history, recorded in order a minute apart.
        var decidedAt = Someday(days / 2, 120);
        var proposed = Evaluate(d, facts, decidedAt).Ledger.Where(x => x.Kind is LedgerEntryKind.Accrual or LedgerEntryKind.Escalation).ToList();
        var minute = 0;
        foreach (var entry in proposed.Where(_ => random.Next(2) == 0))
        {
            var at = decidedAt.AddMinutes(++minute);
            FactSketch Decision(string type, decimal? amount) => New(type, at) with { EntryId = entry.Id, Amount = amount, Reason = "随机", RecordedAt = at };
            switch (random.Next(4))
            {
                case 0 when entry.Status is LedgerStatus.Proposed or LedgerStatus.Disputed:
                    decisions.Add(Decision(FactSketch.LedgerWaived, entry.Amount));
                    break;
                case 1 when entry.Status is LedgerStatus.Proposed && entry.RangeMin is null:
                    decisions.Add(Decision(FactSketch.LedgerConfirmed, Math.Max(0.01m, decimal.Round(entry.Amount * (random.Next(1, 11) / 10m), 2))));
                    break;
                default:
                    if (entry.Status is LedgerStatus.Proposed or LedgerStatus.Disputed)
                        decisions.Add(Decision(FactSketch.LedgerConfirmed, entry.RangeMin is { } min ? min : entry.Amount));
                    break;
            }
        }
        // Recorded later: earlier-dated occurrences that take a share of a cap, an obligation waived after its lateness was confirmed.
        foreach (var clause in d.Penalties.Where(p => p.Trigger == PenaltyTrigger.Occurrence && p.Cap is not null && !p.RectificationFirst))
            if (random.Next(2) == 0) later.Add(Occurrence(clause, New(FactTypes.Occurrence, Someday(0, -days / 2)), d, random));
        if (random.Next(3) == 0 && instances.Count > 0)
            later.Add(New(FactTypes.ObligationWaived, decidedAt.AddDays(1)) with { ObligationId = instances[random.Next(instances.Count)].Id, Reason = "随机" });
        return (facts, decisions, later, decidedAt, asOf);
    }

    private static FactSketch Occurrence(PenaltyDefinition clause, FactSketch fact, ContractDefinition d, Random random)
    {
        var needsLineItem = new[] { clause.Amount, clause.Min, clause.Max }.Any(r => r is { Rate: not null, Base: AmountBase.LineItem, LineItem: null });
        return fact with
        {
            ClauseId = clause.Id,
            Days = clause.Shape is PenaltyShape.PerDay or PenaltyShape.PerPeriod or PenaltyShape.PerPersonDay ? random.Next(1, 30) : null,
            People = clause.PerPerson ? random.Next(1, 4) : null,
            LineItemId = needsLineItem ? d.LineItems[random.Next(d.LineItems.Length)].Id : null,
            Amount = clause.Shape == PenaltyShape.Incurred ? random.Next(100, 9000) : null,
        };
    }
}
