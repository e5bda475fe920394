using VendorGrid.Domain.Money;
using VendorGrid.Domain.Time;
using System.Collections.Immutable;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Facts;

namespace VendorGrid.Domain.Contracts.Engine;

/// <summary>
/// The payment schedule at an instant: gross amounts, due instants from their triggers, unmet invoice
/// preconditions, and confirmed penalties netted against the payments in due-date order (the invoice stays gross).
/// What no payment is left to absorb is the <see cref="Settlement"/> the vendor owes at the end.
/// </summary>
internal sealed class PaymentProjector(ContractDefinition definition, FactIndex facts, DeadlineMath math, AnchorResolver anchors, DateTimeOffset asOf)
{
    /// <summary>Confirmed penalties no payment could absorb, after <see cref="Project"/>: refunded by the vendor.</summary>
    public decimal Undeducted { get; private set; }

    public ImmutableArray<PaymentView> Project(decimal confirmedPenalties, UsageSummary? usage)
    {
        var payments = definition.Payments;
        var gross = Grosses(usage);
        var dues = payments.Select(Due).ToArray();
        var paid = payments.Select(p => facts.OfType<PaymentMade>().Where(f => f.PaymentId == p.Id).Sum(f => f.Amount)).ToArray();
        var deductions = new decimal[payments.Length];
        var pool = Math.Max(0, confirmedPenalties);
        // The next payment due absorbs the deduction first: due-date order, undated (still waiting on a trigger) last.
        foreach (var i in Enumerable.Range(0, payments.Length).OrderBy(i => dues[i]?.DueAt ?? DateTimeOffset.MaxValue).ThenBy(i => i))
        {
            var open = paid[i] > 0 ? Math.Max(0, gross[i] - paid[i]) : gross[i];  // a settled payment carried what was withheld from it
            deductions[i] = Math.Min(pool, open);
            pool -= deductions[i];
        }
        Undeducted = pool;
        var views = ImmutableArray.CreateBuilder<PaymentView>(payments.Length);
        for (var i = 0; i < payments.Length; i++)
        {
            var net = gross[i] - deductions[i];
            var unmet = UnmetConditions(payments[i], usage);
            views.Add(new PaymentView(payments[i].Id, payments[i].Label, gross[i], dues[i]?.DueAt, Status(dues[i], paid[i], net, unmet),
                deductions[i], net, paid[i], dues[i]?.Provisional ?? false, unmet));
        }
        return views.MoveToImmutable();
    }

    /// <summary>
    /// Fixed amounts as printed; a usage payment is what is payable for the verified months through its period, capped
    /// at the estimate (plus supplemental amounts), less what the earlier usage payments already carried (C5 第四条4.1).
    /// </summary>
    private decimal[] Grosses(UsageSummary? usage)
    {
        var grosses = new decimal[definition.Payments.Length];
        var usageSoFar = 0m;
        for (var i = 0; i < grosses.Length; i++)
        {
            var payment = definition.Payments[i];
            if (payment.Amount is { } amount) { grosses[i] = amount; continue; }
            if (usage is null)
            {
                grosses[i] = payment.Share is { } share ? Cny.RoundToFen(definition.Total * share) : 0;
                continue;
            }
            var through = payment.Balance ? null : payment.UsageTo;
            grosses[i] = payment.Balance || payment.UsageTo is not null ? Math.Max(0, UsageBilling.PayableThrough(usage, through) - usageSoFar) : 0;
            usageSoFar += grosses[i];
        }
        return grosses;
    }

    /// <summary>When a payment was settled in full, for interest that stops accruing then.</summary>
    public DateTimeOffset? PaidInFullAt(PaymentView view) =>
        view.Status == PaymentStatus.Paid ? facts.OfType<PaymentMade>().Last(f => f.PaymentId == view.Id).OccurredAt : null;

    /// <summary>The payments made towards one installment, in time order.</summary>
    public IEnumerable<PaymentMade> PaymentsTowards(string paymentId) => facts.OfType<PaymentMade>().Where(f => f.PaymentId == paymentId);

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

    /// <summary>
    /// When each condition the facts can show was met (invoice received, acceptance, funds received); null for one not
    /// met yet. No-breach, stable operation and the summary report are judged by people and never hold a payment here.
    /// </summary>
    public DateTimeOffset? ConditionMetAt(PaymentDefinition payment, PaymentCondition condition, UsageSummary? usage) => condition switch
    {
        PaymentCondition.Invoice => facts.First<InvoiceReceived>(f => f.PaymentId == payment.Id)?.OccurredAt,
        PaymentCondition.Acceptance => facts.First<AcceptancePassed>()?.OccurredAt,
        PaymentCondition.FundsReceived => facts.First<FundsReceived>(f => f.PaymentId is null || f.PaymentId == payment.Id)?.OccurredAt,
        PaymentCondition.UsageVerified => usage is not null && payment is { UsageFrom: { } f, UsageTo: { } t } && UsageBilling.AllVerified(usage, f, t)
            ? DateTimeOffset.MinValue : null,
        _ => DateTimeOffset.MinValue,
    };

    private ImmutableArray<string> UnmetConditions(PaymentDefinition payment, UsageSummary? usage)
    {
        var unmet = ImmutableArray.CreateBuilder<string>();
        foreach (var condition in payment.Conditions)
            if (ConditionMetAt(payment, condition, usage) is null)
                unmet.Add(System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(condition.ToString()));
        return unmet.ToImmutable();
    }

    /// <summary>A payment whose conditions the facts show unmet is never overdue: the client is not late (C1 第二条, C3/C4 发票).</summary>
    private PaymentStatus Status(Deadline? due, decimal paid, decimal net, ImmutableArray<string> unmet)
    {
        if (paid > 0 && paid >= net) return PaymentStatus.Paid;
        if (due is null) return PaymentStatus.Scheduled;
        if (unmet.Contains("invoice")) return PaymentStatus.AwaitingInvoice;
        return asOf > due.DueAt && unmet.IsEmpty ? PaymentStatus.Overdue : PaymentStatus.Due;
    }
}
