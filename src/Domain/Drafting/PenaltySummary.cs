using System.Globalization;
using VendorGrid.Domain.Contracts.Definition;

namespace VendorGrid.Domain.Drafting;

/// <summary>A drafted clause described in our own words (the format's <c>summary</c>), from its numbers alone.</summary>
internal static class PenaltySummary
{
    public static string Describe(PenaltyDefinition p)
    {
        var who = p.Payer == ObligationParty.Client ? "Client pays" : "Vendor pays";
        var text = p.Shape switch
        {
            PenaltyShape.PerDay => $"{who} {Amount(p.Amount)} per day late",
            PenaltyShape.PerPeriod => $"{who} {Amount(p.Amount)} per {p.Period?.N} {DeadlineReader.Words(p.Period?.Unit ?? SpanUnit.CalendarDays)} late",
            PenaltyShape.PerPersonDay => $"{who} {Amount(p.Amount)} per person per day",
            PenaltyShape.PerOccurrence => $"{who} {Amount(p.Amount)} per occurrence{(p.PerPerson ? " and person" : "")}",
            PenaltyShape.Range => $"{who} between {Amount(p.Min)} and {Amount(p.Max)} per occurrence",
            PenaltyShape.DurationTiered => $"{who} {Amount(p.Amount)} per outage plus {Amount(p.PerStep)} per {p.Step?.N} h beyond {p.Threshold?.N} h",
            PenaltyShape.Interest => $"{who} {Amount(p.Amount)} per day on the overdue amount",
            _ => "A termination right",
        };
        if (p.Grace is { } grace) text += $", after {grace.N} {DeadlineReader.Words(grace.Unit)}";
        if (p.Cap is { } cap) text += $", capped at {(cap.Rate is { } r ? Percent(r) + " of " + Base(cap.Base) : "¥" + cap.Amount)}";
        if (p.Escalation is { } e)
            text += e.AtCap ? ", at the cap" : $", at {e.AtLateDays} late days" + (e.OneTime is { } one ? $" a one-time {Amount(one)}" : "") + (e.TerminationRight ? " and a termination right" : "");
        if (p.TerminationRight && p.Shape != PenaltyShape.TerminationRight) text += "; termination right";
        if (p.OnTermination is { } t) text += $"; {Amount(t)} if the institution terminates";
        return text + ".";
    }

    private static string Amount(AmountRule? a) => a switch
    {
        { Rate: { } r } => $"{Percent(r)} of {Base(a.Base)}",
        { Amount: { } m } => Money.Cny.Format(m),
        _ => "?",
    };

    private static string Percent(decimal rate) => (rate * 100m).ToString("0.####", CultureInfo.InvariantCulture) + " %";

    private static string Base(AmountBase b) => b switch
    {
        AmountBase.ContractTotal => "the total",
        AmountBase.LineItem => "the line item",
        AmountBase.UnpaidAmount => "the unpaid amount",
        AmountBase.PaidAmount => "the paid amount",
        _ => "the estimate",
    };
}
