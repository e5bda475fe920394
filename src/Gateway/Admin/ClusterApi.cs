using Microsoft.AspNetCore.Http.HttpResults;
using VendorGrid.Gateway.Api;
using VendorGrid.Gateway.Tenancy;
using VendorGrid.Grains;

namespace VendorGrid.Gateway.Admin;

/// <summary>
/// The Orleans cluster for platform admins (issue 8): its silos with their load, and drain — the graceful
/// shutdown of one silo, whose grains move to the others before its process exits.
/// </summary>
public static class ClusterApi
{
    public const string LastSiloProblem = "urn:vendorgrid:problem:last-active-silo";

    public static IEndpointRouteBuilder MapAdminCluster(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/admin/cluster").RequireAuthorization(TenancyExtensions.CallerPolicy).WithTags("Cluster");
        admin.MapGet("", DescribeAsync).WithName("DescribeCluster")
            .Documented("Silos with address, status, start time, activations by grain type, CPU and memory", "platform-admin");
        admin.MapPost("/silos/{address}/drain", DrainAsync).WithName("DrainSilo")
            .Documented("Stop one silo gracefully: its grains deactivate and are re-placed on the other silos, then the process exits (202)",
                "platform-admin",
                "404 (urn:vendorgrid:problem:silo-not-found) when no active silo has that address (ip:port@generation, as listed); " +
                $"409 ({LastSiloProblem}) when it is the last active silo");
        return app;
    }

    public static async Task<Results<Ok<ClusterView>, ProblemHttpResult>> DescribeAsync(CurrentCaller caller, IGrainFactory grains)
    {
        if (!caller.IsPlatformAdmin) return Problems.Refused("Only platform administrators see the cluster.");
        return TypedResults.Ok(await Grain(grains).DescribeAsync());
    }

    public static async Task<Results<Accepted, ProblemHttpResult>> DrainAsync(string address, CurrentCaller caller, IGrainFactory grains)
    {
        if (!caller.IsPlatformAdmin) return Problems.Refused("Only platform administrators drain silos.");
        return await Grain(grains).DrainAsync(address) switch
        {
            DrainOutcome.Started => TypedResults.Accepted("/api/admin/cluster"),
            DrainOutcome.LastActiveSilo => Problems.InConflict(
                "This is the last active silo: draining it would stop the platform. Start another silo first.", LastSiloProblem),
            _ => Problems.Missing("silo", address),
        };
    }

    private static IClusterAdminGrain Grain(IGrainFactory grains) => grains.GetGrain<IClusterAdminGrain>(GrainKeys.Platform);
}
