using System.Collections.Immutable;
using System.Runtime.CompilerServices;
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

    /// <summary>A kind nothing in the engine reads for this definition: no obligation, no line.</summary>
    public static readonly FactReach Nothing = new(false, []);

    public bool MovesAnyLine => Penalties is not { IsEmpty: true };
}

/// <summary>
/// Which facts can touch which clauses (issue 15: recording a fact costs O(1) in the history). Only kinds whose every reader
/// in the engine is known are narrowed; any other kind — and any new one, such as an amendment that changes the definition —
/// reaches everything, so recording it re-evaluates the whole contract as before. docs/LEDGER.md §7 lists them.
/// </summary>
public static class FactRelevance
{
    public static FactReach Of(ContractDefinition definition, ContractFact fact) => fact switch
    {
        // Read only by the late-payment clauses that need reminders before interest runs (ClientLateness), never by an obligation.
        PaymentReminderSent reminder => new(false, [.. RemindedClauses(definition, reminder.PaymentId).Select(p => p.Id)]),
        IncidentOpened or IncidentStepRecorded => Incidents(definition),
        // The roster counts only days on site (StaffRoster), read only by the weekly on-site rule (absences, hence vacancies and
        // the start of service) and a role's on-site activity (a counted minimum): where no role has either, a day reaches
        // nothing. Where one does (C1) it can reach any clause, and MoneyCache judges the day itself.
        AttendanceRecorded { OnSite: false } => FactReach.Nothing,
        AttendanceRecorded when !definition.Staffing.Any(ReadsOnsiteDays) => FactReach.Nothing,
        // Read only by the change budget's use (a view) and by the staffing view's notices and the vendor's change check.
        ChangeRequested or StaffChangeApproved => FactReach.Nothing,
        // Read only by usage billing, which a contract without usage terms does not have.
        UsageVerified or SupplementalAgreementSigned when definition.Usage is null => FactReach.Nothing,
        _ => FactReach.Everything,
    };

    /// <summary>The late-payment clauses on <paramref name="paymentId"/> whose interest waits for written reminders (C2 第八条第1款).</summary>
    public static IEnumerable<PenaltyDefinition> RemindedClauses(ContractDefinition definition, string paymentId) =>
        definition.Penalties.Where(p => p.Trigger == PenaltyTrigger.PaymentLate && p.Preconditions is { Reminders: > 0 } && p.Payments.Contains(paymentId));

    /// <summary>The response-clock clauses: the only reader of incident facts (IncidentClocks), one incident at a time.</summary>
    public static IEnumerable<ObligationDefinition> ClockClauses(ContractDefinition definition) =>
        definition.Obligations.Where(o => o.Kind == ObligationKind.ResponseClock);

    /// <summary>
    /// Incident facts are read by the response clocks alone. The clocks reach money through the clocks that ran out naming a
    /// penalty clause that charges them — an occurrence clause not waiting for a rectification first (ChargeTriggerCollector:
    /// a rectification-first clause, C2 第八条第3款, charges only objections left unrectified, never a clock). They would also
    /// reach it through their instances if a penalty named a clock clause or a clock clause had a counted minimum — no
    /// contract does, and such a definition is evaluated in full. Clocks are obligations, so the deadline index follows them.
    /// </summary>
    private static FactReach Incidents(ContractDefinition definition) => IncidentReach.GetValue(definition, IncidentsOf);

    /// <summary>
    /// The incident reach depends on the definition alone and is asked for every incident fact recorded and committed: worked
    /// out once per definition (definitions are immutable; an amendment brings a new one).
    /// </summary>
    private static readonly ConditionalWeakTable<ContractDefinition, FactReach> IncidentReach = new();

    private static FactReach IncidentsOf(ContractDefinition definition)
    {
        var clocks = ClockClauses(definition).ToList();
        if (clocks.Count == 0) return FactReach.Nothing;
        var ids = clocks.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var engine = Staffing.StaffingEvaluator.WithReplacementPenalties(definition);
        if (engine.Penalties.Any(p => p.Obligations.Any(ids.Contains)) || clocks.Any(c => c.Minimum is not null)) return FactReach.Everything;
        var named = clocks.SelectMany(c => c.Clocks).Select(r => r.PenaltyClause).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return new(true, [.. engine.Penalties.Where(p => named.Contains(p.Id) && p.Trigger == PenaltyTrigger.Occurrence && !p.RectificationFirst).Select(p => p.Id)]);
    }

    private static bool ReadsOnsiteDays(StaffingRequirement role) => role.OnsiteDaysPerWeek is > 0 || role.OnsiteActivity is not null;
}
