using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Domain.Contracts.Ledger;
using VendorGrid.Gateway.Tenancy;

namespace VendorGrid.Gateway.Contracts;

/// <summary>
/// Which role may report which kind of fact (issue 15, item 8). The institution's staff report what they observe; only
/// its admins accept deliverables, terminate, assign staff, consent to changes and release obligations; the vendor
/// reports what it did itself. Evaluations are recorded through their own endpoint, which scores them.
/// </summary>
public static class FactPermissions
{
    private const string Admin = CallerRoles.InstitutionAdmin, Staff = CallerRoles.InstitutionStaff, Vendor = CallerRoles.Vendor;

    /// <summary>Every kind and the roles that may post it to /events; a kind with none is recorded elsewhere.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Matrix = new Dictionary<string, string[]>
    {
        [FactTypes.ObligationMet] = [Admin, Staff, Vendor],
        [FactTypes.DeliverableReviewed] = [Admin, Staff],
        [FactTypes.Accepted] = [Admin],
        [FactTypes.Occurrence] = [Admin, Staff],
        [FactTypes.VacancyOpened] = [Admin, Staff],
        [FactTypes.VacancyFilled] = [Admin, Staff],
        [FactTypes.Outage] = [Admin, Staff],
        [FactTypes.UsageVerified] = [Admin, Staff],
        [FactTypes.InvoiceReceived] = [Admin, Staff],
        [FactTypes.PaymentMade] = [Admin, Staff],
        [FactTypes.PaymentReminderSent] = [Admin, Staff, Vendor],
        [FactTypes.Milestone] = [Admin, Staff, Vendor],
        [FactTypes.ChangeRequested] = [Admin, Staff],
        [FactTypes.SupplementalAgreement] = [Admin],
        [FactTypes.FundsReceived] = [Admin, Staff],
        [FactTypes.Terminated] = [Admin],
        [FactTypes.ObligationWaived] = [Admin],
        [FactTypes.IncidentOpened] = [Admin, Staff],
        [FactTypes.IncidentEvent] = [Admin, Staff, Vendor],
        [FactTypes.StaffAssigned] = [Admin, Vendor],
        [FactTypes.StaffReleased] = [Admin, Staff, Vendor],
        [FactTypes.StaffQualified] = [Admin, Staff, Vendor],
        [FactTypes.OnsiteAttendance] = [Admin, Staff, Vendor],
        [FactTypes.StaffChangeNoticed] = [Vendor],
        [FactTypes.StaffChangeApproved] = [Admin],
        [FactTypes.ServiceLevelReported] = [Admin, Staff],
        [FactTypes.EvaluationRecorded] = [],
        [FactTypes.RectificationRequested] = [Admin, Staff],
        [FactTypes.Rectified] = [Admin, Staff, Vendor],
        [FactTypes.ForceMajeure] = [Admin, Staff],
    };

    /// <summary>
    /// The incident steps a vendor reports: that it answered, arrived, restored service, gave online support or started
    /// its emergency plan. Escalating and closing an incident are the institution's calls.
    /// </summary>
    private static readonly HashSet<string> VendorIncidentSteps = ["responded", "onsite", "restored", "remote-support", "emergency-plan-started"];

    /// <summary>Null when the caller may report the fact; otherwise why not (403).</summary>
    public static string? Refusal(CurrentCaller caller, ContractFact fact)
    {
        var allowed = Matrix[fact.Type];
        if (allowed.Length == 0) return $"'{fact.Type}' facts are recorded through their own endpoint.";
        if (!allowed.Contains(caller.Role)) return $"A {caller.Role} may not report '{fact.Type}' facts.";
        if (fact is IncidentStepRecorded step && !MayRecordIncidentStep(caller, step.Name))
            return $"A vendor reports what it did (responded, onsite, restored, remote-support, emergency-plan-started), not '{step.Name}'.";
        return null;
    }

    public static bool MayRecordIncidentStep(CurrentCaller caller, string? step) =>
        caller.IsInstitutionMember || (caller.IsVendor && step is not null && VendorIncidentSteps.Contains(step));

    /// <summary>Who reports: the caller's side and name, never taken from the body.</summary>
    public static Reporter ReporterOf(CurrentCaller caller) =>
        new(caller.IsVendor ? ReportingParty.Vendor : ReportingParty.Institution, caller.Name);
}
