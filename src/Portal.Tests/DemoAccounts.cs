using Microsoft.Extensions.DependencyInjection;
using VendorGrid.Gateway.Accounts;

namespace VendorGrid.Portal.Tests;

/// <summary>
/// Sign-ins for the seeded tenants under the demo names `./vg up` uses (admin@platform.local, admin@ID.local,
/// vendor@ID.local), all with the fixture's password, created through the gateway's own account store.
/// </summary>
public static class DemoAccounts
{
    public const string Platform = "admin@platform.local";
    public const string ChaoyangInstitution = "121100004006863122";
    public const string ChaoyangVendor = "91110106MA01A51E7B";
    /// <summary>C1's parties: the contract with a monthly scorecard and an acceptance checklist.</summary>
    public const string ChildrensInstitution = "12110000400686566Y", ChildrensVendor = "911100006336972074";
    /// <summary>C3's parties (slugs: the contract prints no 统一社会信用代码): the contract editor drafts C3 from its text.</summary>
    public const string RegistrationInstitution = "bj-health-data-center", RegistrationVendor = "minke-medical";
    public static string InstitutionAdmin(string institution) => $"admin@{institution}.local";
    public static string Vendor(string vendor) => $"vendor@{vendor}.local";

    public static async Task EnsureAsync(PortalFixture fixture)
    {
        var store = fixture.Services.GetRequiredService<AccountStore>();
        // false when it exists already (demo seeding got there first): the password is the same VG_DEMO_PASSWORD.
        await store.CreateAccountAsync(Platform, "平台管理员", "platform-admin", null, null, PortalFixture.DemoPassword, "portal-tests");
        await store.CreateAccountAsync(InstitutionAdmin(ChaoyangInstitution), "刘丹", "institution-admin", ChaoyangInstitution, null, PortalFixture.DemoPassword, "portal-tests");
        await store.CreateAccountAsync(Vendor(ChaoyangVendor), "韩昭东", "vendor", null, ChaoyangVendor, PortalFixture.DemoPassword, "portal-tests");
        await store.CreateAccountAsync(InstitutionAdmin(ChildrensInstitution), "周敏", "institution-admin", ChildrensInstitution, null, PortalFixture.DemoPassword, "portal-tests");
        await store.CreateAccountAsync(Vendor(ChildrensVendor), "孙立", "vendor", null, ChildrensVendor, PortalFixture.DemoPassword, "portal-tests");
        await store.CreateAccountAsync(InstitutionAdmin(RegistrationInstitution), "崔硕", "institution-admin", RegistrationInstitution, null, PortalFixture.DemoPassword, "portal-tests");
        await store.CreateAccountAsync(Vendor(RegistrationVendor), "王敏", "vendor", null, RegistrationVendor, PortalFixture.DemoPassword, "portal-tests");
    }
}
