using System.Text.Json.Serialization;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Domain.Contracts.Ledger;

namespace VendorGrid.Domain.Contracts;

/// <summary>
/// One entry of a contract's append-only history (vg.contract_facts): a fact a party reported, or what the ledger did
/// about it (a posting, a decision, an answer, a statement). The contract's state is these events applied in the order
/// they were recorded, so replaying them rebuilds it exactly. Each is stored once under its <see cref="Id"/>.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(ObligationMet), FactTypes.ObligationMet)]
[JsonDerivedType(typeof(DeliverableReviewed), FactTypes.DeliverableReviewed)]
[JsonDerivedType(typeof(AcceptancePassed), FactTypes.Accepted)]
[JsonDerivedType(typeof(BreachOccurred), FactTypes.Occurrence)]
[JsonDerivedType(typeof(VacancyOpened), FactTypes.VacancyOpened)]
[JsonDerivedType(typeof(VacancyFilled), FactTypes.VacancyFilled)]
[JsonDerivedType(typeof(OutageRecorded), FactTypes.Outage)]
[JsonDerivedType(typeof(UsageVerified), FactTypes.UsageVerified)]
[JsonDerivedType(typeof(InvoiceReceived), FactTypes.InvoiceReceived)]
[JsonDerivedType(typeof(PaymentMade), FactTypes.PaymentMade)]
[JsonDerivedType(typeof(PaymentReminderSent), FactTypes.PaymentReminderSent)]
[JsonDerivedType(typeof(MilestoneReached), FactTypes.Milestone)]
[JsonDerivedType(typeof(ChangeRequested), FactTypes.ChangeRequested)]
[JsonDerivedType(typeof(SupplementalAgreementSigned), FactTypes.SupplementalAgreement)]
[JsonDerivedType(typeof(FundsReceived), FactTypes.FundsReceived)]
[JsonDerivedType(typeof(ContractTerminated), FactTypes.Terminated)]
[JsonDerivedType(typeof(ObligationWaived), FactTypes.ObligationWaived)]
[JsonDerivedType(typeof(IncidentOpened), FactTypes.IncidentOpened)]
[JsonDerivedType(typeof(IncidentStepRecorded), FactTypes.IncidentEvent)]
[JsonDerivedType(typeof(StaffAssigned), FactTypes.StaffAssigned)]
[JsonDerivedType(typeof(StaffReleased), FactTypes.StaffReleased)]
[JsonDerivedType(typeof(StaffQualified), FactTypes.StaffQualified)]
[JsonDerivedType(typeof(AttendanceRecorded), FactTypes.OnsiteAttendance)]
[JsonDerivedType(typeof(StaffChangeNoticed), FactTypes.StaffChangeNoticed)]
[JsonDerivedType(typeof(StaffChangeApproved), FactTypes.StaffChangeApproved)]
[JsonDerivedType(typeof(ServiceLevelReported), FactTypes.ServiceLevelReported)]
[JsonDerivedType(typeof(EvaluationRecorded), FactTypes.EvaluationRecorded)]
[JsonDerivedType(typeof(RectificationRequested), FactTypes.RectificationRequested)]
[JsonDerivedType(typeof(Rectified), FactTypes.Rectified)]
[JsonDerivedType(typeof(ForceMajeureOccurred), FactTypes.ForceMajeure)]
[JsonDerivedType(typeof(LedgerOpened), LedgerEventTypes.Opened)]
[JsonDerivedType(typeof(EntryPosted), LedgerEventTypes.Posted)]
[JsonDerivedType(typeof(EntryDecided), LedgerEventTypes.Decided)]
[JsonDerivedType(typeof(FactAnswered), LedgerEventTypes.Answered)]
[JsonDerivedType(typeof(StatementIssued), LedgerEventTypes.StatementIssued)]
[JsonDerivedType(typeof(StatementSignedOff), LedgerEventTypes.StatementSignedOff)]
[JsonDerivedType(typeof(AmendmentProposed), AmendmentEventTypes.Proposed)]
[JsonDerivedType(typeof(AmendmentDecided), AmendmentEventTypes.Decided)]
[JsonDerivedType(typeof(DefinitionAnswered), LedgerEventTypes.DefinitionAnswered)]
public abstract record ContractEvent
{
    public required string Id { get; init; }
    /// <summary>When the platform recorded it (server time, never the client's).</summary>
    public DateTimeOffset? RecordedAt { get; init; }

    /// <summary>The kind's discriminator (the JSON <c>type</c>, written by the polymorphism above, so never as a member).</summary>
    [JsonIgnore] public string Type => Discriminator;

    protected abstract string Discriminator { get; }
}
