using System.Globalization;
using System.Text.RegularExpressions;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Validation;

namespace VendorGrid.Domain.Contracts.Facts;

/// <summary>
/// Checks a fact against its contract before it is stored: the fields its type needs, and that what it names
/// (an obligation instance, a clause, a payment, a role) exists in this contract. Nothing invalid is recorded.
/// </summary>
public static partial class FactValidator
{
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._:@>#-]{0,127}$")]
    private static partial Regex FactId();

    /// <param name="knownInstances">Every obligation instance id the contract has (from an evaluation at term end).</param>
    public static IReadOnlyList<FieldError> Validate(ContractFact fact, ContractDefinition definition, IReadOnlySet<string> knownInstances)
    {
        var errors = new List<FieldError>();
        void Check(bool ok, string path, string message) { if (!ok) errors.Add(new FieldError(path, message)); }

        Check(FactId().IsMatch(fact.Id), "id", "must be 1–128 letters, digits or . _ : @ > # -");
        if (!FactTypes.RequiredFields.TryGetValue(fact.Type, out var required))
        {
            Check(false, "type", $"is not a known fact type ({string.Join(", ", FactTypes.RequiredFields.Keys)})");
            return errors;
        }
        Check(!FactTypes.IsLedgerDecision(fact.Type), "type", "ledger decisions are made through the ledger endpoints");
        Check(fact.Type != FactTypes.EvaluationRecorded, "type", "evaluations are recorded through POST /api/contracts/{id}/evaluations, which scores them");
        foreach (var field in required) Check(HasValue(fact, field), field, $"is required for a {fact.Type} fact");
        if (errors.Count > 0) return errors;

        Check(fact.ObligationId is null || knownInstances.Contains(fact.ObligationId) || IsSingleInstanceClause(definition, fact.ObligationId),
            "obligationId", "is not an obligation of this contract");
        Check(fact.Outcome is null or "approved" or "objection", "outcome", "must be approved or objection");
        Check(fact.Severity is null or "normal" or "major" or "emergency", "severity", "must be normal, major or emergency");
        Check(fact.Type != FactTypes.IncidentEvent || IncidentStepsOf(definition).Contains(fact.Name!), "name",
            $"must be an incident step of this contract ({string.Join(", ", IncidentStepsOf(definition))})");
        Check(fact.ReportedBy != "vendor" || fact.Type != FactTypes.ObligationMet || VendorOwes(definition, fact.ObligationId!),
            "obligationId", "is the institution's obligation; only the institution can report it met");
        Check(fact.Type != FactTypes.Occurrence || definition.Penalties.Any(p => p.Id == fact.ClauseId && p.Trigger == PenaltyTrigger.Occurrence),
            "clauseId", "is not an occurrence-based penalty clause of this contract");
        Check(fact.Type != FactTypes.Occurrence || !definition.Penalties.Any(p => p.Id == fact.ClauseId && p.RectificationFirst), "clauseId",
            "charges only when a rectification period ends unrectified: record a rectification-requested fact with rectifyBy instead");
        Check(fact.Type != FactTypes.RectificationRequested || definition.Penalties.Any(p => p.Id == fact.ClauseId && p.RectificationFirst), "clauseId",
            "is not a rectification-first penalty clause of this contract");
        Check(fact.RectifyBy is null || fact.RectifyBy > fact.OccurredAt, "rectifyBy", "must be after the objection (occurredAt)");
        Check(fact.AffectedObligations is not { } affected || affected.All(id => definition.Obligations.Any(o => o.Id == id)), "affectedObligations",
            "must name obligation clauses of this contract");
        Check(fact.Type != FactTypes.Terminated || definition.Penalties.Any(p => p.Id == fact.ClauseId), "clauseId", "is not a clause of this contract");
        Check(fact.Type != FactTypes.Occurrence || fact.Amount is not null || definition.Penalties.FirstOrDefault(p => p.Id == fact.ClauseId)?.Shape != PenaltyShape.Incurred,
            "amount", "is required: this clause charges the costs as incurred");
        if (fact.Type == FactTypes.Occurrence && definition.Penalties.FirstOrDefault(p => p.Id == fact.ClauseId) is { } charged)
        {
            Check(fact.LineItemId is not null || !NeedsLineItem(charged), "lineItemId",
                $"is required: {charged.Article} charges a rate of the delayed line item's amount, never of the contract total");
            Check(fact.Days is not null || fact.ObligationId is not null || charged.Shape is not (PenaltyShape.PerDay or PenaltyShape.PerPeriod or PenaltyShape.PerPersonDay),
                "days", "is required (or name the late obligation instance in obligationId, whose late days are then used)");
        }
        Check(fact.PaymentId is null || definition.Payments.Any(p => p.Id == fact.PaymentId), "paymentId", "is not a payment of this contract");
        Check(fact.LineItemId is null || definition.LineItems.Any(l => l.Id == fact.LineItemId), "lineItemId", "is not a line item of this contract");
        Check(fact.Count is null or >= 1, "count", "must be at least 1");
        Check(fact.People is null or >= 1, "people", "must be at least 1");
        Check(fact.Days is null or >= 0, "days", "must not be negative");
        Check(fact.Amount is null or >= 0, "amount", "must not be negative");
        Check(fact.PersonDays is null or >= 0, "personDays", "must not be negative");
        Check(fact.OutOf is null or >= 0, "outOf", "must not be negative");
        Check(fact.Achieved is null or >= 0 && (fact.OutOf is null || fact.Achieved <= fact.OutOf), "achieved", "must be between 0 and outOf");
        Check(fact.Type != FactTypes.ServiceLevelReported || definition.Obligations.Any(o => o.Id == fact.ObligationId && o.ServiceLevel is { Metric: not ServiceMetric.Availability }),
            "obligationId", "is not a counted service-level clause of this contract (availability is measured from outages)");
        Check(fact.Channel is null or "phone" or "online", "channel", "must be phone or online");
        Check(fact.Online is null or >= 0, "online", "must not be negative");
        Check(fact.Phone is null or >= 0, "phone", "must not be negative");
        Check(fact.Month is null || DateOnly.TryParseExact(fact.Month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            "month", "must be a month as yyyy-MM");
        Check(fact.StartedAt is null || fact.EndedAt is null || fact.EndedAt > fact.StartedAt, "endedAt", "must be after startedAt");
        Check(fact.Role is null || definition.Staffing.IsEmpty || KnownRole(definition, fact.Role), "role", "is not a staffing role of this contract");
        // Staffing facts need a role of the staffing member itself (a penalty's role list is not enough); reported once.
        Check(!FactTypes.IsStaffing(fact.Type) || fact.Type is FactTypes.OnsiteAttendance or FactTypes.StaffQualified
            || definition.Staffing.Any(s => s.Role == fact.Role) || (!definition.Staffing.IsEmpty && !KnownRole(definition, fact.Role!)),
            "role", "is not a staffing role of this contract");
        errors.AddRange(Staffing.StaffingValidator.CheckFact(fact));
        return errors;
    }

    /// <summary>The five steps every incident may have, then those the contract's clocks start or stop on.</summary>
    public static IReadOnlyList<string> IncidentStepsOf(ContractDefinition d) =>
        [.. FactTypes.IncidentSteps.Concat(d.Obligations.SelectMany(o => o.Clocks).SelectMany(c => new[] { c.From, c.Until })
            .Where(s => s != "opened")).Distinct(StringComparer.Ordinal)];

    private static bool NeedsLineItem(PenaltyDefinition p) =>
        new[] { p.Amount, p.Min, p.Max, p.PerStep }.Any(r => r is { Rate: not null, Base: AmountBase.LineItem, LineItem: null })
        || p.Cap is { Rate: not null, Base: AmountBase.LineItem };

    private static bool VendorOwes(ContractDefinition d, string instanceId)
    {
        var clause = instanceId.Split('@')[0];
        return d.Obligations.FirstOrDefault(o => o.Id == clause)?.Party != ObligationParty.Client;
    }

    private static bool IsSingleInstanceClause(ContractDefinition d, string id) =>
        d.Obligations.Any(o => o.Id == id && o.Kind is ObligationKind.OneOff or ObligationKind.Notice or ObligationKind.Standing);

    private static bool KnownRole(ContractDefinition d, string role) =>
        d.Staffing.Any(s => s.Role == role) || d.Penalties.Any(p => p.Roles.Contains(role));

    private static bool HasValue(ContractFact f, string field) => field switch
    {
        "obligationId" => !string.IsNullOrWhiteSpace(f.ObligationId),
        "outcome" => f.Outcome is not null,
        "clauseId" => !string.IsNullOrWhiteSpace(f.ClauseId),
        "role" => !string.IsNullOrWhiteSpace(f.Role),
        "people" => f.People is not null,
        "startedAt" => f.StartedAt is not null,
        "endedAt" => f.EndedAt is not null,
        "vendorCaused" => f.VendorCaused is not null,
        "month" => f.Month is not null,
        "online" => f.Online is not null,
        "phone" => f.Phone is not null,
        "paymentId" => !string.IsNullOrWhiteSpace(f.PaymentId),
        "amount" => f.Amount is not null,
        "name" => !string.IsNullOrWhiteSpace(f.Name),
        "personDays" => f.PersonDays is not null,
        "entryId" => !string.IsNullOrWhiteSpace(f.EntryId),
        "incidentId" => !string.IsNullOrWhiteSpace(f.IncidentId),
        "severity" => f.Severity is not null,
        "reason" => !string.IsNullOrWhiteSpace(f.Reason),
        "engineer" => !string.IsNullOrWhiteSpace(f.Engineer),
        "onSite" => f.OnSite is not null,
        "achieved" => f.Achieved is not null,
        "outOf" => f.OutOf is not null,
        "scores" => f.Scores is not null,
        "rectifyBy" => f.RectifyBy is not null,
        "objectionId" => !string.IsNullOrWhiteSpace(f.ObjectionId),
        _ => true,
    };
}
