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
        [FactTypes.ObligationMet, FactTypes.Milestone, FactTypes.PaymentReminderSent, FactTypes.StaffReleased, FactTypes.StaffQualified, FactTypes.StaffChangeNoticed];

    public static bool MayRecord(CurrentCaller caller, string type) =>
        caller.IsInstitutionMember || (caller.IsVendor && VendorReported.Contains(type));
}
