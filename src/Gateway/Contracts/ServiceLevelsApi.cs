using System.Globalization;
using System.Text.Json;
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
    public static RouteGroupBuilder MapServiceLevels(this RouteGroupBuilder contract)
    {
        contract.MapGet("/service-levels", ListAsync).WithName("ListServiceLevels").Produces<ServiceLevelPeriod[]>()
            .Documented($"Service levels per period as of an instant: target, measured, met (`?period=yyyy-MM` keeps the periods containing that month; {EndpointDocs.Paged})",
                EndpointDocs.Readers, $"{EndpointDocs.NotFound}; {EndpointDocs.Invalid} (asOf, period, limit, cursor)");
        return contract;
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ListAsync(
        string id, string? asOf, string? knownAt, string? period, string? limit, string? cursor, HttpContext http, ContractViewCache views)
    {
        if (period is null) return await ContractLedgerApi.ListViewAsync(id, asOf, knownAt, limit, cursor, http, views, ContractView.ServiceLevels);
        if (!DateOnly.TryParseExact(period + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
            return Problems.Invalid("period", "must be a month as yyyy-MM");
        // Periods are whole months or longer, so a period holds the month when it holds the month's first day.
        var day = first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return await ContractLedgerApi.ListViewAsync(id, asOf, knownAt, limit, cursor, http, views, ContractView.ServiceLevels,
            index => Enumerable.Range(0, index.Count).Where(i => HoldsDay(index.Item(i), day)).ToArray());
    }

    private static bool HoldsDay(ReadOnlyMemory<byte> item, string day)
    {
        using var period = JsonDocument.Parse(item);
        return string.CompareOrdinal(period.RootElement.GetProperty("periodStart").GetString()![..7], day[..7]) <= 0
            && string.CompareOrdinal(period.RootElement.GetProperty("periodEnd").GetString(), day) >= 0;
    }
}
