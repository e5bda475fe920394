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
        [FactTypes.ObligationMet, FactTypes.Milestone, FactTypes.PaymentReminderSent];

    /// <summary>
    /// Members the platform sets itself; a body that carries them is refused (mass assignment). A fact's own
    /// <c>role</c> is a staffing role (客服及医生助理), not the caller's, so it is allowed here.
    /// </summary>
    public static readonly string[] PlatformOwned = ["recordedAt", "recordedBy", "reportedBy", "institution", "vendor", "status", "version"];

    public static bool MayRecord(CurrentCaller caller, string type) =>
        caller.IsInstitutionMember || (caller.IsVendor && VendorReported.Contains(type));
}
