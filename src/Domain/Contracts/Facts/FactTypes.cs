namespace VendorGrid.Domain.Contracts.Facts;

/// <summary>The JSON discriminators (<c>type</c>) of the fact kinds.</summary>
public static class FactTypes
{
    public const string ObligationMet = "obligation-met";
    public const string DeliverableReviewed = "deliverable-reviewed";
    public const string Accepted = "accepted";
    public const string Occurrence = "occurrence";
    public const string VacancyOpened = "vacancy-opened";
    public const string VacancyFilled = "vacancy-filled";
    public const string Outage = "outage";
    public const string UsageVerified = "usage-verified";
    public const string InvoiceReceived = "invoice-received";
    public const string PaymentMade = "payment-made";
    public const string PaymentReminderSent = "payment-reminder-sent";
    public const string Milestone = "milestone";
    public const string ChangeRequested = "change-requested";
    public const string SupplementalAgreement = "supplemental-agreement";
    public const string FundsReceived = "funds-received";
    public const string Terminated = "terminated";
    public const string ObligationWaived = "obligation-waived";
    public const string IncidentOpened = "incident-opened";
    public const string IncidentEvent = "incident-event";
    public const string StaffAssigned = "staff-assigned";
    public const string StaffReleased = "staff-released";
    public const string StaffQualified = "staff-qualified";
    public const string OnsiteAttendance = "onsite-attendance";
    public const string StaffChangeNoticed = "staff-change-noticed";
    public const string StaffChangeApproved = "staff-change-approved";
    public const string ServiceLevelReported = "service-level-reported";
    public const string EvaluationRecorded = "evaluation-recorded";
    public const string RectificationRequested = "rectification-requested";
    public const string Rectified = "rectified";
    /// <summary>A force-majeure event; also the name of the anchor of the notice and proof duties it starts.</summary>
    public const string ForceMajeure = "force-majeure";

    /// <summary>Every kind, in the order the API documents them.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        ObligationMet, DeliverableReviewed, Accepted, Occurrence, VacancyOpened, VacancyFilled, Outage, UsageVerified, InvoiceReceived,
        PaymentMade, PaymentReminderSent, Milestone, ChangeRequested, SupplementalAgreement, FundsReceived, Terminated, ObligationWaived, IncidentOpened,
        IncidentEvent, StaffAssigned, StaffReleased, StaffQualified, OnsiteAttendance, StaffChangeNoticed, StaffChangeApproved,
        ServiceLevelReported, EvaluationRecorded, RectificationRequested, Rectified, ForceMajeure,
    ];

    public static bool IsStaffing(string type) =>
        type is StaffAssigned or StaffReleased or StaffQualified or OnsiteAttendance or StaffChangeNoticed or StaffChangeApproved;

    /// <summary>
    /// The steps of an incident every contract knows (issue 6); a contract's clocks may name further steps
    /// (C2's remote-support, C1's emergency-plan-started), which are then valid for that contract too.
    /// </summary>
    public static readonly string[] IncidentSteps = ["responded", "escalated-onsite", "onsite", "restored", "closed"];
}
