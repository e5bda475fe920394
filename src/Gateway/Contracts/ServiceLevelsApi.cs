using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Gateway.Api;
using VendorGrid.Gateway.Tenancy;
using VendorGrid.Grains;

namespace VendorGrid.Gateway.Contracts;

/// <summary>
/// GET /api/contracts/{id}/service-levels: each service-level clause per period with target, measured and met.
/// Counts are reported as <c>service-level-reported</c> facts through POST /api/contracts/{id}/events; availability
/// comes from the vendor-caused <c>outage</c> facts of the clause's channel.
/// </summary>
public static class ServiceLevelsApi
{
    public static RouteGroupBuilder MapServiceLevels(this RouteGroupBuilder contracts)
    {
        contracts.MapGet("/{id}/service-levels", ListAsync).WithName("ListServiceLevels").Produces<ServiceLevelPeriod[]>()
            .Documented("Service levels per period as of an instant: target, measured, met (`?period=yyyy-MM` keeps the periods containing that month)",
                EndpointDocs.Readers, $"{EndpointDocs.NotFound}; {EndpointDocs.Invalid} (asOf, period)");
        return contracts;
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ListAsync(
        string id, string? asOf, string? period, CurrentCaller caller, IGrainFactory grains)
    {
        if (!AsOfQuery.TryRead(asOf, out var instant)) return Problems.Invalid("asOf", AsOfQuery.Problem);
        DateOnly? month = null;
        if (period is not null)
        {
            if (!DateOnly.TryParseExact(period + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
                return Problems.Invalid("period", "must be a month as yyyy-MM");
            month = first;
        }
        var grain = await ContractAccess.GrainAsync(caller, id, grains);
        var json = grain is null ? null : await grain.GetViewJsonAsync(ContractView.ServiceLevels, instant);
        if (json is null) return Problems.Missing("contract", id);
        if (month is not { } wanted) return TypedResults.Bytes(json, "application/json");
        // Periods are whole months or longer, so a period holds the month when it holds the month's first day.
        var day = wanted.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var kept = new JsonArray([.. JsonNode.Parse(json)!.AsArray()
            .Where(p => string.CompareOrdinal(p!["periodStart"]!.GetValue<string>()[..7], day[..7]) <= 0 && string.CompareOrdinal(p["periodEnd"]!.GetValue<string>(), day) >= 0)
            .Select(p => p!.DeepClone())]);
        return TypedResults.Bytes(System.Text.Encoding.UTF8.GetBytes(kept.ToJsonString()), "application/json");
    }
}
