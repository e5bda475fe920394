using VendorGrid.Domain.Time;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Facts;

namespace VendorGrid.Domain.Contracts.Engine;

/// <summary>
/// Turns an <see cref="Anchor"/> into an instant, or null while its event has not happened. Contract dates
/// (signing, effect, term) anchor at the start of their day; facts at the moment they occurred.
/// </summary>
internal sealed class AnchorResolver(ContractDefinition definition, FactIndex facts, Func<string, DateTimeOffset?> obligationMetAt, ContractEnd end)
{
    public DateTimeOffset? Resolve(Anchor anchor)
    {
        if (anchor.Date is { } date) return Deadlines.StartOfDay(date);
        if (anchor.Obligation is { } obligation) return obligationMetAt(obligation);
        return anchor.Event switch
        {
            null => null,
            "signed" => Deadlines.StartOfDay(definition.SignedOn),
            "effective" => Deadlines.StartOfDay(definition.EffectiveDate),
            "term-start" => Deadlines.StartOfDay(definition.Term.Start),
            "term-end" => Deadlines.StartOfDay(definition.Term.End),
            "accepted" => facts.First<AcceptancePassed>()?.OccurredAt,
            "terminated" => facts.First<ContractTerminated>()?.OccurredAt,
            "ended" => end.At,
            FactTypes.ForceMajeure => facts.First<ForceMajeureOccurred>()?.StartedAt ?? facts.First<MilestoneReached>(f => f.Name == FactTypes.ForceMajeure)?.OccurredAt,
            var e when e.StartsWith("paid:", StringComparison.Ordinal) => LastPayment(e[5..]),
            var e when e.StartsWith("invoice:", StringComparison.Ordinal) =>
                facts.First<InvoiceReceived>(f => f.PaymentId == e[8..])?.OccurredAt,
            var name => facts.First<MilestoneReached>(f => f.Name == name)?.OccurredAt,
        };
    }

    private DateTimeOffset? LastPayment(string paymentId) =>
        facts.OfType<PaymentMade>().LastOrDefault(f => f.PaymentId == paymentId)?.OccurredAt;
}
