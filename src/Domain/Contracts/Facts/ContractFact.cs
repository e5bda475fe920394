using System.Text.Json.Serialization;

namespace VendorGrid.Domain.Contracts.Facts;

/// <summary>Which side reported a fact: a party of the contract, or the platform deriving it from others.</summary>
public enum ReportingParty { Institution, Vendor, Platform }

/// <summary>Who reported a fact: the side, and the user (the token's subject). Set by the platform, never by the client.</summary>
public sealed record Reporter(ReportingParty Party, string User)
{
    public static readonly Reporter Platform = new(ReportingParty.Platform, "platform");
}

/// <summary>
/// Something one party says happened under a contract, recorded once (idempotent by <see cref="Id"/>). Each kind is
/// its own sealed record with only the members it needs, named in JSON by <c>type</c>; the engine derives every
/// obligation status and penalty from the definition and the facts in force at an instant.
/// <see cref="OccurredAt"/> is when the reporter says it happened; <see cref="RecordedAt"/> when the platform learned
/// of it (server time), which is what "as known then" (knownAt) and the recording window count from.
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
public abstract record ContractFact : ContractEvent
{
    public required DateTimeOffset OccurredAt { get; init; }
    public Reporter? Reporter { get; init; }

    [JsonIgnore] public ReportingParty? ReportedBy => Reporter?.Party;
}
