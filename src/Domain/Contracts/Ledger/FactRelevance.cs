using System.Collections.Immutable;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Facts;

namespace VendorGrid.Domain.Contracts.Ledger;

/// <summary>
/// What a recorded fact can change, read from its kind and the definition alone: whether it can move any obligation
/// (the deadline index follows obligations), and which penalty clauses' lines it can move (<see cref="Penalties"/> null:
/// any of them, so the posting check evaluates the whole contract).
/// </summary>
public sealed record FactReach(bool Obligations, ImmutableArray<string>? Penalties)
{
    /// <summary>The safe answer for every kind not known to reach less: a full re-evaluation.</summary>
    public static readonly FactReach Everything = new(true, null);

    public bool MovesAnyLine => Penalties is not { IsEmpty: true };
}

/// <summary>
/// Which facts can touch which clauses (issue 15: recording a fact costs O(1) in the history). Only kinds whose every reader
/// in the engine is known are narrowed; any other kind — and any new one, such as an amendment that changes the definition —
/// reaches everything, so recording it re-evaluates the whole contract as before.
/// </summary>
public static class FactRelevance
{
    public static FactReach Of(ContractDefinition definition, ContractFact fact) => fact switch
    {
        // Read only by the late-payment clauses that need reminders before interest runs (ClientLateness), never by an obligation.
        PaymentReminderSent reminder => new(false, [.. RemindedClauses(definition, reminder.PaymentId).Select(p => p.Id)]),
        _ => FactReach.Everything,
    };

    /// <summary>The late-payment clauses on <paramref name="paymentId"/> whose interest waits for written reminders (C2 第八条第1款).</summary>
    public static IEnumerable<PenaltyDefinition> RemindedClauses(ContractDefinition definition, string paymentId) =>
        definition.Penalties.Where(p => p.Trigger == PenaltyTrigger.PaymentLate && p.Preconditions is { Reminders: > 0 } && p.Payments.Contains(paymentId));
}
