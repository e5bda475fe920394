using System.Collections.Immutable;
using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using VendorGrid.Gateway.Api;
using VendorGrid.Gateway.Tenancy;
using VendorGrid.Grains;

namespace VendorGrid.Gateway;

/// <summary>
/// Platform administration of background jobs (issue 5): run a recurring job now, list deliveries parked after
/// their last retry, replay one. Platform admins only. The Hangfire dashboard is <see cref="JobsDashboard"/>.
/// </summary>
public static class JobsApi
{
    public static IEndpointRouteBuilder MapAdminJobs(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/admin").RequireAuthorization(TenancyExtensions.CallerPolicy).WithTags("Jobs");
        admin.MapPost("/jobs/{id}/trigger", TriggerAsync).WithName("TriggerRecurringJob")
            .WithSummary("Run a recurring job now: deadline-sweep, notification-dispatch, daily-digest, monthly-statements, platform-heartbeat (platform-admin)");
        admin.MapGet("/deliveries/failed", ListFailedAsync).WithName("ListFailedDeliveries")
            .Documented($"E-mails and webhooks parked after their last retry, newest first ({EndpointDocs.Paged})", "platform-admin",
                $"{EndpointDocs.Invalid} (limit, cursor)");
        admin.MapPost("/deliveries/{id:long}/replay", ReplayAsync).WithName("ReplayDelivery")
            .WithSummary("Queue a parked delivery again (platform-admin)");
        return app;
    }

    public static async Task<Results<Accepted, ProblemHttpResult>> TriggerAsync(string id, CurrentCaller caller, IGrainFactory grains)
    {
        if (!caller.IsPlatformAdmin) return Problems.Refused("Only platform administrators run jobs.");
        return await Grain(grains).TriggerAsync(id) ? TypedResults.Accepted((string?)null) : Problems.Missing("recurring job", id);
    }

    /// <summary>Newest first; the cursor is the last id served.</summary>
    public static async Task<Results<Ok<ImmutableArray<FailedDelivery>>, ProblemHttpResult>> ListFailedAsync(
        string? limit, string? cursor, HttpContext http, CurrentCaller caller, IGrainFactory grains)
    {
        if (!caller.IsPlatformAdmin) return Problems.Refused("Only platform administrators see failed deliveries.");
        if (PageRequest.TryRead(limit, cursor, out var problem) is not { } page) return Problems.Invalid(problem.Path, problem.Message);
        long? before = null;
        if (page.After is not null)
        {
            if (!long.TryParse(page.After, NumberStyles.None, CultureInfo.InvariantCulture, out var id)) return Problems.Invalid("cursor", "is not a cursor this API returned");
            before = id;
        }
        var listed = await Grain(grains).ListFailedDeliveriesAsync(before, page.Limit + 1);
        if (listed.Length <= page.Limit) return TypedResults.Ok(listed);
        var shown = listed[..page.Limit];
        page.Link(http, shown[^1].Id.ToString(CultureInfo.InvariantCulture));
        return TypedResults.Ok(shown);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> ReplayAsync(long id, CurrentCaller caller, IGrainFactory grains)
    {
        if (!caller.IsPlatformAdmin) return Problems.Refused("Only platform administrators replay deliveries.");
        return await Grain(grains).ReplayDeliveryAsync(id)
            ? TypedResults.NoContent()
            : Problems.Missing("failed delivery", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static IJobsAdminGrain Grain(IGrainFactory grains) => grains.GetGrain<IJobsAdminGrain>(GrainKeys.Platform);
}
