using System.Collections.Immutable;
using System.Globalization;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Ledger;
using VendorGrid.Domain.Time;

namespace VendorGrid.Domain.Statements;

/// <summary>A calendar month in Asia/Shanghai, written <c>yyyy-MM</c>: the period of one statement.</summary>
public readonly record struct StatementMonth(int Year, int Month)
{
    /// <summary>The first instant of the month (00:00 on the 1st, Shanghai).</summary>
    public DateTimeOffset Start => ShanghaiTime.ToInstant(new DateOnly(Year, Month, 1), TimeOnly.MinValue);

    /// <summary>The first instant after the month; the statement is the contract as known at this instant.</summary>
    public DateTimeOffset End => ShanghaiTime.ToInstant(new DateOnly(Year, Month, 1).AddMonths(1), TimeOnly.MinValue);

    public override string ToString() => $"{Year:D4}-{Month:D2}";

    /// <summary>The month before the one <paramref name="now"/> falls in (what the job on the 1st reports).</summary>
    public static StatementMonth Before(DateTimeOffset now)
    {
        var previous = ShanghaiTime.LocalDate(now).AddMonths(-1);
        return new(previous.Year, previous.Month);
    }

    public static bool TryParse(string? text, out StatementMonth month)
    {
        month = default;
        if (text is not { Length: 7 } || !DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
            || first.Year is < 2000 or > 9000)
            return false;
        month = new(first.Year, first.Month);
        return true;
    }
}

/// <summary>Who the statement is about, as its header prints it.</summary>
public sealed record StatementHeader(string ContractId, string Number, string Title, string Institution, string Vendor, decimal Total);

/// <summary>An obligation instance met, or missed, in the month.</summary>
public sealed record StatementObligation(string Id, string Title, ObligationParty Party, DateTimeOffset? DueAt, DateTimeOffset? MetAt,
    int LateDays, ObligationStatus Status)
{
    /// <summary>The clause the obligation comes from, so a printed statement can cite its article.</summary>
    public string ClauseId { get; init; } = "";
}

/// <summary>A posting booked in the month (an entry or an adjustment), or an entry whose status changed in it, with its state before and after.</summary>
public sealed record StatementMovement(string EntryId, string ClauseId, string? ObligationId, string Basis, ObligationParty Payer,
    LedgerStatus? StatusBefore, decimal? AmountBefore, LedgerStatus Status, decimal Amount, DateTimeOffset ProposedAt);

/// <summary>
/// The monthly statement of one contract (issue 5): obligations met and missed in the month, the ledger's movements in it,
/// the totals at its end, and the next payment with the penalties deducted from it. Built from the contract as known at
/// one instant (the issue time, issue 15): its evaluations at the month's first instant and the instant after it, and the
/// postings booked in the month — a posting recorded later for a closed month is booked, and shown, in the next open one.
/// Amounts in figures and in 大写 are the writer's concern.
/// </summary>
public sealed record MonthlyStatement(
    StatementHeader Header,
    StatementMonth Month,
    ImmutableArray<StatementObligation> Met,
    ImmutableArray<StatementObligation> Missed,
    ImmutableArray<StatementMovement> Movements,
    LedgerTotals Totals,
    PaymentView? NextPayment)
{
    public static MonthlyStatement Build(StatementHeader header, StatementMonth month, ContractBook book, ContractEvaluation atStart, ContractEvaluation atEnd)
    {
        bool InMonth(DateTimeOffset? at) => at is { } t && t >= month.Start && t < month.End;

        var met = atEnd.Obligations.Where(o => InMonth(o.MetAt)).OrderBy(o => o.MetAt).ThenBy(o => o.Id, StringComparer.Ordinal);
        // Missed: due in the month and not met by its deadline (late, breached, or met only afterwards).
        var missed = atEnd.Obligations
            .Where(o => InMonth(o.DueAt) && (o.LateDays > 0 || o.Status is ObligationStatus.Late or ObligationStatus.Breached))
            .OrderBy(o => o.DueAt).ThenBy(o => o.Id, StringComparer.Ordinal);

        var period = month.ToString();
        var movements = new List<StatementMovement>();
        foreach (var posting in book.Postings)
        {
            var after = Confirmations.StateOf(posting, book, atEnd.AsOf);
            if (posting.Period == period)
                movements.Add(Movement(posting, null, null, after.Status));
            else if (string.CompareOrdinal(posting.Period, period) < 0
                     && Confirmations.StateOf(posting, book, atStart.AsOf).Status is var before && before != after.Status)
                movements.Add(Movement(posting, before, posting.Amount, after.Status));
        }

        // The next payment still to be made, by due date (an undated one, waiting on a condition, after the dated ones).
        var next = atEnd.Payments.Where(p => p.Status != PaymentStatus.Paid)
            .OrderBy(p => p.DueAt ?? DateTimeOffset.MaxValue).ThenBy(p => p.Id, StringComparer.Ordinal).FirstOrDefault();

        return new(header, month, [.. met.Select(Line)], [.. missed.Select(Line)],
            [.. movements.OrderBy(m => m.ProposedAt).ThenBy(m => m.EntryId, StringComparer.Ordinal)], atEnd.Totals, next) { Settlement = atEnd.Settlement };
    }

    /// <summary>Confirmed penalties left over once no payment can absorb them: owed back by the vendor.</summary>
    public Settlement? Settlement { get; init; }

    private static StatementMovement Movement(EntryPosted p, LedgerStatus? before, decimal? amountBefore, LedgerStatus status) =>
        new(p.EntryId, p.ClauseId, p.ObligationId, p.Basis, p.Payer, before, amountBefore, status, p.Amount, p.ProposedAt);

    private static StatementObligation Line(ObligationInstance o) =>
        new(o.Id, o.Title, o.Party, o.DueAt, o.MetAt, o.LateDays, o.Status) { ClauseId = o.ClauseId };
}
