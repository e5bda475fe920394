using Hangfire;
using Hangfire.Dashboard;
using Hangfire.PostgreSql;
using VendorGrid.Gateway.Hosting;
using VendorGrid.Gateway.Tenancy;

namespace VendorGrid.Gateway;

/// <summary>
/// The Hangfire dashboard at /admin/jobs (issue 5), reading the silo's job storage (schema "hangfire") without
/// running a Hangfire server here: the gateway never executes jobs. Every dashboard request — its pages, its
/// JSON polling and its own POSTs (trigger, requeue, delete) — passes <see cref="PlatformAdminDashboardFilter"/>.
/// </summary>
public static class JobsDashboard
{
    public const string Path = "/admin/jobs";

    public static IServiceCollection AddVendorGridJobsDashboard(this IServiceCollection services)
    {
        services.AddHangfire((sp, config) => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UsePostgreSqlStorage(o => o.UseNpgsqlConnection(sp.GetRequiredService<GatewaySettings>().ConnectionString),
                // The silo owns the schema; installing it from here too would race the silo's migration of it.
                new PostgreSqlStorageOptions { SchemaName = "hangfire", PrepareSchemaIfNecessary = false }));
        // The dashboard's POSTs carry an antiforgery token from its pages, so a cookie session cannot be ridden by another site.
        services.AddAntiforgery();
        return services;
    }

    public static IEndpointRouteBuilder MapJobsDashboard(this IEndpointRouteBuilder app)
    {
        app.MapHangfireDashboard(Path, new DashboardOptions
        {
            // Replaces Hangfire's default local-requests-only filter: access is the gateway's own authentication.
            Authorization = [],
            AsyncAuthorization = [new PlatformAdminDashboardFilter()],
            DashboardTitle = "VendorGrid 定时任务 / Jobs",
            AppPath = null,
            DisplayStorageConnectionString = false,
        });
        return app;
    }
}

/// <summary>
/// Only an authenticated platform-admin opens the dashboard. The principal is whatever the gateway's
/// authentication put on the request (a bearer token, or a cookie session once the gateway issues one);
/// Hangfire answers 401 when it is anonymous and 403 when it is someone else.
/// </summary>
public sealed class PlatformAdminDashboardFilter : IDashboardAsyncAuthorizationFilter
{
    public Task<bool> AuthorizeAsync(DashboardContext context) =>
        Task.FromResult(CurrentCaller.From(context.GetHttpContext().User) is { IsPlatformAdmin: true });
}
