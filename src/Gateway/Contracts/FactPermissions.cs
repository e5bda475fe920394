using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Gateway.Tenancy;

namespace VendorGrid.Gateway.Contracts;

/// <summary>
/// Which side may report which fact. A vendor reports what it did (a deliverable submitted, an inspection or
/// training held, a reminder sent); everything the institution observes or decides is the institution's.
/// </summary>
public static class FactPermissions
{
    private static readonly HashSet<string> VendorReported =
        [FactTypes.ObligationMet, FactTypes.Milestone, FactTypes.PaymentReminderSent, FactTypes.StaffReleased, FactTypes.StaffQualified, FactTypes.StaffChangeNoticed,
            FactTypes.Rectified];

    /// <summary>
    /// The incident steps a vendor reports: that it answered, arrived, restored service, gave online support or
    /// started its emergency plan. Escalating and closing an incident are the institution's calls.
    /// </summary>
    private static readonly HashSet<string> VendorIncidentSteps = ["responded", "onsite", "restored", "remote-support", "emergency-plan-started"];

    public static bool MayRecord(CurrentCaller caller, string type) =>
        caller.IsInstitutionMember || (caller.IsVendor && VendorReported.Contains(type));

    public static bool MayRecord(CurrentCaller caller, ContractFact fact) =>
        (MayRecord(caller, fact.Type) && !(caller.IsVendor && IsClaimNotice(fact)))
        || (caller.IsVendor && fact.Type == FactTypes.IncidentEvent && MayRecordIncidentStep(caller, fact.Name));

    /// <summary>A claim notice (索赔通知) starts the vendor's answer window: only the institution gives one.</summary>
    private static bool IsClaimNotice(ContractFact fact) =>
        fact.Type == FactTypes.Milestone && fact.Name == FactTypes.ClaimNotice;

    public static bool MayRecordIncidentStep(CurrentCaller caller, string? step) =>
        caller.IsInstitutionMember || (caller.IsVendor && step is not null && VendorIncidentSteps.Contains(step));
}
