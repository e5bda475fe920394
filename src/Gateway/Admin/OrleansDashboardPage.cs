using Orleans.Dashboard;
using VendorGrid.Gateway.Tenancy;

namespace VendorGrid.Gateway.Admin;

/// <summary>
/// The Orleans Dashboard (grain types, call rates, silo counters; its collectors run in the silos) at /admin/orleans,
/// for platform admins only: anonymous 401, any other role 403, like the Hangfire dashboard at /admin/jobs. The
/// portal's cluster page (集群) is the first stop; this is the detail behind it.
/// </summary>
public static class OrleansDashboardPage
{
    public const string Path = "/admin/orleans";
    public const string PlatformAdminPolicy = "platform-admin";

    public static WebApplicationBuilder AddVendorGridOrleansDashboard(this WebApplicationBuilder builder)
    {
        // Its live log stream would show every silo's log lines to the browser; the logs have their own place.
        builder.UseOrleansClient(client => client.AddDashboard(o => o.HideTrace = true));
        builder.Services.AddAuthorizationBuilder().AddPolicy(PlatformAdminPolicy, policy => policy
            .RequireAuthenticatedUser()
            .RequireAssertion(context => CurrentCaller.From(context.User) is { IsPlatformAdmin: true }));
        return builder;
    }

    public static IEndpointRouteBuilder MapOrleansDashboardForAdmins(this IEndpointRouteBuilder app)
    {
        app.MapOrleansDashboard(Path).RequireAuthorization(PlatformAdminPolicy).ExcludeFromDescription();
        return app;
    }
}
