using System.Globalization;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Validation;

namespace VendorGrid.Domain.Contracts.Facts;

/// <summary>
/// Checks a fact against its contract before it is stored: that what it names (an obligation instance, a clause, a
/// payment, a role, a line item) exists in this contract and its numbers make sense. The members each kind requires
/// are its record's required members, enforced when the JSON is read. Nothing invalid is recorded.
/// </summary>
public static class FactValidator
{
    /// <param name="knownInstances">Every obligation instance id the contract has (from an evaluation at term end).</param>
    public static IReadOnlyList<FieldError> Validate(ContractFact fact, ContractDefinition definition, IReadOnlySet<string> knownInstances)
    {
        var errors = new List<FieldError>();
        void Check(bool ok, string path, string message) { if (!ok) errors.Add(new FieldError(path, message)); }
        void Obligation(string id) => Check(knownInstances.Contains(id) || IsSingleInstanceClause(definition, id), "obligationId", "is not an obligation of this contract");
        void Payment(string id) => Check(definition.Payments.Any(p => p.Id == id), "paymentId", "is not a payment of this contract");
        void Month(string month) => Check(DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            "month", "must be a month as yyyy-MM");
        void Role(string role) => Check(definition.Staffing.IsEmpty || KnownRole(definition, role), "role", "is not a staffing role of this contract");
        void StaffingRole(string role)
        {
            Role(role);
            // A role only a penalty names (not a staffing member) is not one a person can be assigned to.
            if (errors.Count == 0) Check(definition.Staffing.Any(s => s.Role == role) || definition.Staffing.IsEmpty || !KnownRole(definition, role),
                "role", "is not a staffing role of this contract");
        }

        Check(FactIds.IsWellFormed(fact.Id), "id", "must be 1–128 letters, digits or . _ : @ > # -");
        switch (fact)
        {
            case ObligationMet met:
                Obligation(met.ObligationId);
                Check(met.ReportedBy != ReportingParty.Vendor || VendorOwes(definition, met.ObligationId), "obligationId",
                    "is the institution's obligation; only the institution can report it met");
                break;
            case DeliverableReviewed review:
                Obligation(review.ObligationId);
                Check(review.Outcome is "approved" or "objection", "outcome", "must be approved or objection");
                break;
            case ObligationWaived waived:
                Obligation(waived.ObligationId);
                Check(!string.IsNullOrWhiteSpace(waived.Reason), "reason", "is required");
                break;
            case BreachOccurred breach:
                Check(definition.Penalties.Any(p => p.Id == breach.ClauseId && p.Trigger == PenaltyTrigger.Occurrence), "clauseId",
                    "is not an occurrence-based penalty clause of this contract");
                if (breach.ObligationId is { } obligation) Obligation(obligation);
                Check(breach.LineItemId is null || definition.LineItems.Any(l => l.Id == breach.LineItemId), "lineItemId", "is not a line item of this contract");
                Check(breach.Count is null or >= 1, "count", "must be at least 1");
                Check(breach.People is null or >= 1, "people", "must be at least 1");
                Check(breach.Days is null or >= 0, "days", "must not be negative");
                Check(breach.Amount is null or >= 0, "amount", "must not be negative");
                if (definition.Penalties.FirstOrDefault(p => p.Id == breach.ClauseId && p.Trigger == PenaltyTrigger.Occurrence) is { } charged)
                {
                    Check(!charged.RectificationFirst, "clauseId",
                        "charges only when a rectification period ends unrectified: record a rectification-requested fact with rectifyBy instead");
                    Check(breach.Amount is not null || charged.Shape != PenaltyShape.Incurred, "amount", "is required: this clause charges the costs as incurred");
                    Check(breach.LineItemId is not null || !NeedsLineItem(charged), "lineItemId",
                        $"is required: {charged.Article} charges a rate of the delayed line item's amount, never of the contract total");
                    Check(breach.Days is not null || breach.ObligationId is not null || charged.Shape is not (PenaltyShape.PerDay or PenaltyShape.PerPeriod or PenaltyShape.PerPersonDay),
                        "days", "is required (or name the late obligation instance in obligationId, whose late days are then used)");
                }
                break;
            case RectificationRequested objection:
                Check(definition.Penalties.Any(p => p.Id == objection.ClauseId && p.RectificationFirst), "clauseId",
                    "is not a rectification-first penalty clause of this contract");
                Check(objection.RectifyBy > objection.OccurredAt, "rectifyBy", "must be after the objection (occurredAt)");
                if (objection.ObligationId is { } objected) Obligation(objected);
                Check(objection.LineItemId is null || definition.LineItems.Any(l => l.Id == objection.LineItemId), "lineItemId", "is not a line item of this contract");
                break;
            case Rectified rectified:
                Check(!string.IsNullOrWhiteSpace(rectified.ObjectionId), "objectionId", "is required");
                break;
            case ForceMajeureOccurred force:
                Check(force.EndedAt is null || force.EndedAt > force.StartedAt, "endedAt", "must be after startedAt");
                Check(force.AffectedObligations is not { } affected || affected.All(id => definition.Obligations.Any(o => o.Id == id)), "affectedObligations",
                    "must name obligation clauses of this contract");
                break;
            case FundsReceived funds:
                if (funds.PaymentId is { } fundedPayment) Payment(fundedPayment);
                break;
            case VacancyOpened opened:
                Role(opened.Role);
                Check(opened.People >= 1, "people", "must be at least 1");
                break;
            case VacancyFilled filled:
                Role(filled.Role);
                Check(filled.People >= 1, "people", "must be at least 1");
                break;
            case OutageRecorded outage:
                Check(outage.EndedAt > outage.StartedAt, "endedAt", "must be after startedAt");
                Check(outage.Channel is null or "phone" or "online", "channel", "must be phone or online");
                break;
            case UsageVerified usage:
                Month(usage.Month);
                Check(usage.Online >= 0, "online", "must not be negative");
                Check(usage.Phone >= 0, "phone", "must not be negative");
                break;
            case InvoiceReceived invoice:
                Payment(invoice.PaymentId);
                Check(invoice.Amount is null or >= 0, "amount", "must not be negative");
                break;
            case PaymentMade paid:
                Payment(paid.PaymentId);
                Check(paid.Amount >= 0, "amount", "must not be negative");
                break;
            case PaymentReminderSent reminder:
                Payment(reminder.PaymentId);
                break;
            case MilestoneReached milestone:
                Check(!string.IsNullOrWhiteSpace(milestone.Name), "name", "is required");
                if (milestone.Role is { } role) Role(role);
                break;
            case ChangeRequested change:
                Check(change.PersonDays >= 0, "personDays", "must not be negative");
                break;
            case SupplementalAgreementSigned agreement:
                Check(agreement.Amount is null or >= 0, "amount", "must not be negative");
                break;
            case ContractTerminated terminated:
                Check(definition.Penalties.Any(p => p.Id == terminated.ClauseId), "clauseId", "is not a clause of this contract");
                break;
            case IncidentOpened incident:
                Check(incident.Severity is "normal" or "major" or "emergency", "severity", "must be normal, major or emergency");
                break;
            case IncidentStepRecorded step:
                Check(IncidentStepsOf(definition).Contains(step.Name), "name", $"must be an incident step of this contract ({string.Join(", ", IncidentStepsOf(definition))})");
                break;
            case StaffAssigned assigned: StaffingRole(assigned.Role); break;
            case StaffReleased released: StaffingRole(released.Role); break;
            case StaffChangeNoticed noticed: StaffingRole(noticed.Role); break;
            case StaffChangeApproved approved: StaffingRole(approved.Role); break;
            case ServiceLevelReported level:
                Check(definition.Obligations.Any(o => o.Id == level.ObligationId && o.ServiceLevel is { Metric: not ServiceMetric.Availability }),
                    "obligationId", "is not a counted service-level clause of this contract (availability is measured from outages)");
                Month(level.Month);
                Check(level.OutOf >= 0, "outOf", "must not be negative");
                Check(level.Achieved >= 0 && level.Achieved <= level.OutOf, "achieved", "must be between 0 and outOf");
                Check(level.Channel is null or "phone" or "online", "channel", "must be phone or online");
                break;
        }
        errors.AddRange(Staffing.StaffingValidator.CheckFact(fact));
        return errors;
    }

    /// <summary>The five steps every incident may have, then those the contract's clocks start or stop on.</summary>
    public static IReadOnlyList<string> IncidentStepsOf(ContractDefinition d) =>
        [.. FactTypes.IncidentSteps.Concat(d.Obligations.SelectMany(o => o.Clocks).SelectMany(c => new[] { c.From, c.Until })
            .Where(s => s != "opened")).Distinct(StringComparer.Ordinal)];

    /// <summary>Whether the vendor owes the instance's clause (a client obligation is the institution's to report met).</summary>
    public static bool VendorOwes(ContractDefinition d, string instanceId)
    {
        var clause = instanceId.Split('@')[0];
        return d.Obligations.FirstOrDefault(o => o.Id == clause)?.Party != ObligationParty.Client;
    }

    private static bool NeedsLineItem(PenaltyDefinition p) =>
        new[] { p.Amount, p.Min, p.Max, p.PerStep }.Any(r => r is { Rate: not null, Base: AmountBase.LineItem, LineItem: null })
        || p.Cap is { Rate: not null, Base: AmountBase.LineItem };

    private static bool IsSingleInstanceClause(ContractDefinition d, string id) =>
        d.Obligations.Any(o => o.Id == id && o.Kind is ObligationKind.OneOff or ObligationKind.Notice or ObligationKind.Standing);

    private static bool KnownRole(ContractDefinition d, string role) =>
        d.Staffing.Any(s => s.Role == role) || d.Penalties.Any(p => p.Roles.Contains(role));
}
