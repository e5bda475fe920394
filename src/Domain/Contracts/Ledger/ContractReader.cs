using System.Collections.Immutable;
using VendorGrid.Domain.Calendar;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;

namespace VendorGrid.Domain.Contracts.Ledger;

/// <summary>A fact as the API lists it: the fact itself and where it stands.</summary>
public sealed record FactRecord(ContractFact Fact, FactStatus Status, bool LateReported, DateTimeOffset? DeemedAt, FactAnswered? Answer);

/// <summary>
/// The contract as of an instant, as known at another (issue 15: <c>asOf</c> and <c>knownAt</c>): obligations, incidents
/// and staffing from what the parties say (claims awaiting an answer included, disputed ones not); money — the ledger,
/// payments, termination rights — from the facts in force only, with the posted ledger's statuses.
/// </summary>
public static class ContractReader
{
    public static ContractEvaluation Evaluate(ContractBook book, DateTimeOffset asOf, DateTimeOffset knownAt, WorkingCalendar calendar,
        IncidentClockCache? cache = null)
    {
        var then = book.KnownAt(knownAt);
        var math = new DeadlineMath(calendar);
        var inForce = new List<ContractFact>(then.Facts.Count);
        var claimed = new List<ContractFact>(then.Facts.Count);
        foreach (var fact in then.Facts)
        {
            var standing = TwoPartyFacts.Standing(fact, then, asOf, knownAt, math);
            if (standing.InForce) inForce.Add(fact);
            if (standing.Status != FactStatus.Disputed) claimed.Add(fact);
        }
        var confirmed = LedgerComposer.ConfirmedAgainstVendor(then, asOf);
        bool Stands(string line) => LedgerComposer.Stands(then, line, asOf);
        var money = Unique(TimelineEngine.Evaluate(then.Timeline, inForce, asOf, calendar, cache, confirmed, Stands));
        var shown = claimed.Count == inForce.Count ? money : TimelineEngine.Evaluate(then.Timeline, claimed, asOf, calendar, cache, confirmed, Stands);
        var (entries, totals) = LedgerComposer.Compose(then, money.Ledger, asOf);
        return shown with
        {
            Ledger = entries, Totals = totals, TerminationRights = money.TerminationRights, Payments = money.Payments, Usage = money.Usage,
            Settlement = money.Settlement, Warnings = EnforcementWarnings.Of(then.Definition, entries),
        };
    }

    /// <summary>
    /// What the engine computes now from the facts in force now (and <paramref name="alsoInForce"/>): the lines the ledger
    /// posts. <paramref name="timeline"/>: the versions to evaluate instead of the book's (an amendment about to be accepted).
    /// </summary>
    public static ContractEvaluation Money(ContractBook book, DateTimeOffset now, WorkingCalendar calendar, IncidentClockCache? cache,
        IEnumerable<ContractFact>? alsoInForce = null, ContractTimeline? timeline = null)
    {
        var math = new DeadlineMath(calendar);
        var inForce = book.Facts.Where(f => TwoPartyFacts.Standing(f, book, now, now, math).InForce);
        return Unique(TimelineEngine.Evaluate(timeline ?? book.Timeline, alsoInForce is null ? inForce : inForce.Concat(alsoInForce), now, calendar, cache,
            LedgerComposer.ConfirmedAgainstVendor(book, now)));
    }

    private static ContractEvaluation Unique(ContractEvaluation evaluation) => TimelineEngine.UniqueLineIds(evaluation);

    /// <summary>
    /// A month's statement as the contract was known at <paramref name="knownAt"/> (its issue time, for an issued one), so
    /// the same instant always gives the same statement, whatever was recorded since.
    /// </summary>
    public static Statements.MonthlyStatement Statement(ContractBook book, Statements.StatementHeader header, Statements.StatementMonth month,
        DateTimeOffset knownAt, WorkingCalendar calendar, IncidentClockCache? cache = null)
    {
        var then = book.KnownAt(knownAt);
        return Statements.MonthlyStatement.Build(header, month, then, Evaluate(then, month.Start, knownAt, calendar, cache),
            Evaluate(then, month.End, knownAt, calendar, cache));
    }

    /// <summary>Every fact recorded by <paramref name="knownAt"/> with its standing as of <paramref name="asOf"/>, in recording order.</summary>
    public static IEnumerable<FactRecord> Facts(ContractBook book, DateTimeOffset asOf, DateTimeOffset knownAt, WorkingCalendar calendar)
    {
        var then = book.KnownAt(knownAt);
        var math = new DeadlineMath(calendar);
        return then.Facts.Select(f => (Fact: f, Standing: TwoPartyFacts.Standing(f, then, asOf, knownAt, math)))
            .Select(x => new FactRecord(x.Fact, x.Standing.Status, x.Standing.LateReported, x.Standing.DeemedAt, then.AnswerTo(x.Fact.Id)));
    }
}
