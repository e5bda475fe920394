namespace VendorGrid.Portal.Tests;

/// <summary>The seeded tenants' demo sign-ins (password: VG_DEMO_PASSWORD).</summary>
public static class DemoAccounts
{
    public const string Platform = "admin@platform.local";
    public const string ChaoyangInstitution = "121100004006863122";
    public const string ChaoyangVendor = "91110106MA01A51E7B";
    public static string InstitutionAdmin(string institution) => $"admin@{institution}.local";
    public static string Vendor(string vendor) => $"vendor@{vendor}.local";

    public static Task EnsureAsync(PortalFixture fixture) => Task.CompletedTask;
}
