namespace VendorGrid.Domain.Contracts.Facts;

/// <summary>
/// Something that happened under a contract, recorded once (idempotent by <see cref="Id"/>). The engine
/// derives every obligation status and ledger entry from the definition and the facts known at an instant,
/// so "what if nothing happens until X" is just an evaluation at X. Flat on purpose: one shape to store,
/// validate and serialize; each <see cref="Type"/> reads the fields listed in <see cref="FactTypes"/>.
/// </summary>
public sealed record ContractFact
{
    public required string Id { get; init; }
    public required string Type { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    /// <summary>When the platform learned of it; ledger decisions count from here.</summary>
    public DateTimeOffset? RecordedAt { get; init; }
    public string? ObligationId { get; init; }
    /// <summary>approved | objection, for deliverable-reviewed.</summary>
    public string? Outcome { get; init; }
    public string? ClauseId { get; init; }
    public int? Count { get; init; }
    public int? People { get; init; }
    public int? Days { get; init; }
    public string? LineItemId { get; init; }
    public string? Role { get; init; }
    public DateTimeOffset? StartedAt { get; init; }
    public DateTimeOffset? EndedAt { get; init; }
    public bool? VendorCaused { get; init; }
    /// <summary>yyyy-MM of a usage verification.</summary>
    public string? Month { get; init; }
    public long? Online { get; init; }
    public long? Phone { get; init; }
    public string? PaymentId { get; init; }
    public decimal? Amount { get; init; }
    /// <summary>A milestone or activity name (inspection, training, go-live...).</summary>
    public string? Name { get; init; }
    public string? EntryId { get; init; }
    public string? Reason { get; init; }
    public decimal? PersonDays { get; init; }
    /// <summary>The incident an incident fact belongs to (incident-opened, incident-event).</summary>
    public string? IncidentId { get; init; }
    /// <summary>normal | major | emergency, for incident-opened.</summary>
    public string? Severity { get; init; }
    /// <summary>The engineer a staffing fact is about: the vendor's own id for the person (EngineerGrain key suffix).</summary>
    public string? Engineer { get; init; }
    /// <summary>The engineer an assignment replaces (staff-assigned), ending that engineer's assignment in the role.</summary>
    public string? Replaces { get; init; }
    public string? Campus { get; init; }
    /// <summary>Qualification snapshot at assignment (staff-assigned, staff-qualified): what the staffing rules check.</summary>
    public string? Education { get; init; }
    public int? Years { get; init; }
    public System.Collections.Immutable.ImmutableArray<Staffing.HeldCertificate>? Certificates { get; init; }
    /// <summary>Whether the engineer was on site that day (onsite-attendance).</summary>
    public bool? OnSite { get; init; }
    /// <summary>What happened, in the reporter's words, for incident-opened.</summary>
    public string? Summary { get; init; }
    /// <summary>phone | online: the channel an outage took down, or a service level's counts are for (C5).</summary>
    public string? Channel { get; init; }
    /// <summary>Calls answered in time (or bookings served) in a service-level report's period.</summary>
    public long? Achieved { get; init; }
    /// <summary>All calls (or bookings) in a service-level report's period.</summary>
    public long? OutOf { get; init; }
    /// <summary>Points per scorecard section id, for evaluation-recorded.</summary>
    public System.Collections.Immutable.ImmutableSortedDictionary<string, decimal>? Scores { get; init; }
    /// <summary>A free remark with a submission or an evaluation.</summary>
    public string? Note { get; init; }
    /// <summary>The end of the rectification period the institution set with its objection (整改期限), for rectification-requested.</summary>
    public DateTimeOffset? RectifyBy { get; init; }
    /// <summary>The obligation clauses a force-majeure event affects; absent: every dated obligation of the contract.</summary>
    public System.Collections.Immutable.ImmutableArray<string>? AffectedObligations { get; init; }
    /// <summary>The rectification-requested fact a rectified fact answers.</summary>
    public string? ObjectionId { get; init; }
    /// <summary>Who recorded it (subject of the token), for the audit and ledger history. Set by the platform.</summary>
    public string? RecordedBy { get; init; }
    /// <summary>Which side reported it: vendor or institution. Set by the platform from the caller's role.</summary>
    public string? ReportedBy { get; init; }
}

/// <summary>The fact types the engine understands and the fields each requires.</summary>
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
    /// <summary>The budget for a payment has arrived (C3, C4 「待财政资金到位后」); paymentId optional: all payments when absent.</summary>
    public const string FundsReceived = "funds-received";
    public const string Terminated = "terminated";
    public const string ObligationWaived = "obligation-waived";
    public const string IncidentOpened = "incident-opened";
    /// <summary>A step of an incident (responded, escalated-onsite, onsite, restored, closed...), named in <c>name</c>.</summary>
    public const string IncidentEvent = "incident-event";
    /// <summary>An engineer starts in a staffing role (occurredAt = from; endedAt = a planned end), with a qualification snapshot.</summary>
    public const string StaffAssigned = "staff-assigned";
    /// <summary>An engineer leaves a role (resigned, moved, removed); vacancies are derived from it.</summary>
    public const string StaffReleased = "staff-released";
    /// <summary>An engineer's qualifications as of occurredAt (a renewed certificate, a new degree).</summary>
    public const string StaffQualified = "staff-qualified";
    /// <summary>One day of an engineer's attendance: on site or not (occurredAt is the day).</summary>
    public const string OnsiteAttendance = "onsite-attendance";
    /// <summary>The vendor gives notice that it wants to change an on-site engineer (C1: one month ahead).</summary>
    public const string StaffChangeNoticed = "staff-change-noticed";
    /// <summary>The institution consents to a noticed change.</summary>
    public const string StaffChangeApproved = "staff-change-approved";
    /// <summary>Counts for one month of a service-level clause (named in obligationId): achieved of outOf.</summary>
    public const string ServiceLevelReported = "service-level-reported";
    /// <summary>
    /// The institution's score for one period of a scorecard obligation (obligationId = that period's instance, month =
    /// yyyy-MM): meets the instance; a total below the pass mark is an occurrence of the scorecard's penalty clause.
    /// </summary>
    public const string EvaluationRecorded = "evaluation-recorded";
    /// <summary>
    /// The institution objects (异议) under a rectification-first clause and sets the period to rectify (整改期限,
    /// rectifyBy): the clause charges, once per objection, only if that period ends unrectified (C2 第八条第2款、第3款).
    /// </summary>
    public const string RectificationRequested = "rectification-requested";
    /// <summary>The defect an objection named was rectified (objectionId); in time when it occurred by the objection's rectifyBy.</summary>
    public const string Rectified = "rectified";
    /// <summary>
    /// The milestone name of the institution's claim notice (索赔通知) for a ledger entry (entryId): the claim window
    /// (claimWindowDays, C1 第八条第6款 7 days) runs from it.
    /// </summary>
    public const string ClaimNotice = "claim-notice";
    /// <summary>
    /// A force-majeure event (startedAt, endedAt while it lasts unknown): the deadlines of affectedObligations move by its
    /// duration; it is also the <c>force-majeure</c> anchor of the notice and proof duties.
    /// </summary>
    public const string ForceMajeure = "force-majeure";
    public const string LedgerConfirmed = "ledger-confirmed";
    public const string LedgerWaived = "ledger-waived";
    public const string LedgerDisputed = "ledger-disputed";
    public const string LedgerReversed = "ledger-reversed";

    /// <summary>Fields (JSON names) each type must carry besides id, type and occurredAt.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> RequiredFields = new Dictionary<string, string[]>
    {
        [ObligationMet] = ["obligationId"],
        [DeliverableReviewed] = ["obligationId", "outcome"],
        [Accepted] = [],
        [Occurrence] = ["clauseId"],
        [VacancyOpened] = ["role", "people"],
        [VacancyFilled] = ["role", "people"],
        [Outage] = ["startedAt", "endedAt", "vendorCaused"],
        [UsageVerified] = ["month", "online", "phone"],
        [InvoiceReceived] = ["paymentId"],
        [PaymentMade] = ["paymentId", "amount"],
        [PaymentReminderSent] = ["paymentId"],
        [Milestone] = ["name"],
        [ChangeRequested] = ["personDays"],
        [SupplementalAgreement] = [],
        [FundsReceived] = [],
        [RectificationRequested] = ["clauseId", "rectifyBy"],
        [Rectified] = ["objectionId"],
        [ForceMajeure] = ["startedAt"],
        [Terminated] = ["clauseId"],
        [ObligationWaived] = ["obligationId", "reason"],
        [IncidentOpened] = ["incidentId", "severity"],
        [IncidentEvent] = ["incidentId", "name"],
        [StaffAssigned] = ["engineer", "role"],
        [StaffReleased] = ["engineer", "role"],
        [StaffQualified] = ["engineer"],
        [OnsiteAttendance] = ["engineer", "onSite"],
        [StaffChangeNoticed] = ["engineer", "role"],
        [StaffChangeApproved] = ["engineer", "role"],
        [ServiceLevelReported] = ["obligationId", "month", "achieved", "outOf"],
        [EvaluationRecorded] = ["obligationId", "month", "scores"],
        [LedgerConfirmed] = ["entryId"],
        [LedgerWaived] = ["entryId", "reason"],
        [LedgerDisputed] = ["entryId", "reason"],
        [LedgerReversed] = ["entryId", "reason"],
    };

    public static bool IsStaffing(string type) =>
        type is StaffAssigned or StaffReleased or StaffQualified or OnsiteAttendance or StaffChangeNoticed or StaffChangeApproved;

    /// <summary>
    /// The steps of an incident every contract knows (issue 6); a contract's clocks may name further steps
    /// (C2's remote-support, C1's emergency-plan-started), which are then valid for that contract too.
    /// </summary>
    public static readonly string[] IncidentSteps = ["responded", "escalated-onsite", "onsite", "restored", "closed"];

    public static bool IsLedgerDecision(string type) =>
        type is LedgerConfirmed or LedgerWaived or LedgerDisputed or LedgerReversed;
}
