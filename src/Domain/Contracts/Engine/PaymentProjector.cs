using VendorGrid.Domain.Money;
using VendorGrid.Domain.Time;
using System.Collections.Immutable;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Facts;

namespace VendorGrid.Domain.Contracts.Engine;

/// <summary>
/// The payment schedule at an instant: gross amounts, due instants from their triggers, unmet invoice
/// preconditions, and confirmed penalties netted against the next payment due (the invoice stays gross).
/// </summary>
internal sealed class PaymentProjector(ContractDefinition definition, FactIndex facts, DeadlineMath math, AnchorResolver anchors, DateTimeOffset asOf)
{
    public ImmutableArray<PaymentView> Project(decimal confirmedPenalties, UsageSummary? usage)
    {
        var pool = Math.Max(0, confirmedPenalties);
        var views = ImmutableArray.CreateBuilder<PaymentView>(definition.Payments.Length);
        var usageGrossSoFar = 0m;
        foreach (var payment in definition.Payments)
        {
            var gross = Gross(payment, usage, usageGrossSoFar);
            if (payment.Amount is null) usageGrossSoFar += gross;
            var paid = facts.OfType<PaymentMade>().Where(f => f.PaymentId == payment.Id).Sum(f => f.Amount);
            var open = paid > 0 ? Math.Max(0, gross - paid) : gross;  // a settled payment carried what was withheld from it
            var deduction = Math.Min(pool, open);
            pool -= deduction;
            var net = gross - deduction;
            var due = Due(payment);
            var unmet = UnmetConditions(payment, usage);
            views.Add(new PaymentView(payment.Id, payment.Label, gross, due?.DueAt, Status(due, paid, net, unmet), deduction, net, paid,
                due?.Provisional ?? false, unmet));
        }
        return views.MoveToImmutable();
    }

    /// <summary>When a payment was settled in full, for interest that stops accruing then.</summary>
    public DateTimeOffset? PaidInFullAt(PaymentView view) =>
        view.Status == PaymentStatus.Paid ? facts.OfType<PaymentMade>().Last(f => f.PaymentId == view.Id).OccurredAt : null;

    private decimal Gross(PaymentDefinition payment, UsageSummary? usage, decimal usageGrossSoFar)
    {
        if (payment.Amount is { } amount) return amount;
        if (payment.Share is { } share && usage is null) return Cny.RoundToFen(definition.Total * share);
        if (usage is null) return 0;
        if (payment.Balance) return Math.Max(0, usage.Payable - usageGrossSoFar);
        return payment is { UsageFrom: { } from, UsageTo: { } to } ? UsageBilling.ChargesBetween(usage, from, to) : 0;
    }

    /// <summary>An invoice that arrives later than its lead time defers the client's deadline by the same lead (C5).</summary>
    private Deadline? Due(PaymentDefinition payment)
    {
        var anchor = anchors.Resolve(payment.Due.From);
        if (anchor is null) return null;
        var due = payment.Due.Before is { } before ? math.Before(anchor.Value, before) : math.After(anchor.Value, payment.Due.Within);
        if (payment.InvoiceLeadTime is not { } lead) return due;
        var invoice = facts.First<InvoiceReceived>(f => f.PaymentId == payment.Id);
        if (invoice is null || invoice.OccurredAt <= math.Before(due.DueAt, lead).DueAt) return due;
        return math.After(invoice.OccurredAt, lead);
    }

    private ImmutableArray<string> UnmetConditions(PaymentDefinition payment, UsageSummary? usage)
    {
        var unmet = ImmutableArray.CreateBuilder<string>();
        foreach (var condition in payment.Conditions)
        {
            var met = condition switch
            {
                PaymentCondition.Invoice => facts.First<InvoiceReceived>(f => f.PaymentId == payment.Id) is not null,
                PaymentCondition.Acceptance => facts.First<AcceptancePassed>() is not null,
                PaymentCondition.UsageVerified => usage is not null && payment is { UsageFrom: { } f, UsageTo: { } t } && UsageBilling.AllVerified(usage, f, t),
                _ => true,  // no-breach, funds, stable operation: judged by people, not derivable from facts
            };
            if (!met) unmet.Add(System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(condition.ToString()));
        }
        return unmet.ToImmutable();
    }

    private PaymentStatus Status(Deadline? due, decimal paid, decimal net, ImmutableArray<string> unmet)
    {
        if (paid > 0 && paid >= net) return PaymentStatus.Paid;
        if (due is null) return PaymentStatus.Scheduled;
        if (unmet.Contains("invoice")) return PaymentStatus.AwaitingInvoice;
        return asOf > due.DueAt ? PaymentStatus.Overdue : PaymentStatus.Due;
    }
}
