using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace VendorGrid.Tests.Gateway;

/// <summary>Service levels through the API: counts reported as events, outages by channel, one month read back with its ledger occurrence.</summary>
[Collection(GatewayCollection.Name)]
public sealed class ServiceLevelsApiTests(GatewayFixture fixture)
{
    [Fact]
    public async Task AMonthBelowTarget_ShowsMeasuredAndMet_AndProposesTheClausesOccurrence()
    {
        var c5 = await ContractApiClient.CopyOfSeedAsync(fixture, "c5-booking-platform-2024");
        await c5.RecordAsync("""{ "id": "o1", "type": "outage", "occurredAt": "2024-03-10T10:00:00+08:00", "startedAt": "2024-03-10T10:00:00+08:00", "endedAt": "2024-03-10T16:00:00+08:00", "vendorCaused": true, "channel": "phone" }""");
        await c5.RecordAsync("""{ "id": "r1", "type": "service-level-reported", "occurredAt": "2024-04-02T10:00:00+08:00", "obligationId": "c5-booking-service-level", "month": "2024-03", "achieved": 950, "outOf": 1000 }""");

        var march = (await c5.Admin.GetFromJsonAsync<JsonElement>($"/api/contracts/{c5.Id}/service-levels?period=2024-03&asOf=2024-04-05")).EnumerateArray().ToArray();
        Assert.Equal(3, march.Length);
        var phone = march.Single(p => p.GetProperty("clauseId").GetString() == "c5-phone-availability");
        Assert.Equal((0.995, 0.991935, false), (phone.GetProperty("target").GetDouble(), phone.GetProperty("measured").GetDouble(), phone.GetProperty("met").GetBoolean()));
        Assert.True(march.Single(p => p.GetProperty("clauseId").GetString() == "c5-booking-service-level").GetProperty("met").GetBoolean());
        Assert.Equal(38_000.00m, await c5.PostedAsync("c5-requirement-not-met", "2024-04-05"));
    }

    [Fact]
    public async Task BadInput_Is422NamingTheField()
    {
        var c5 = await ContractApiClient.CopyOfSeedAsync(fixture, "c5-booking-platform-2024");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await c5.Admin.GetAsync($"/api/contracts/{c5.Id}/service-levels?period=March")).StatusCode);
        var report = await c5.PostEventAsync("""{ "id": "r1", "type": "service-level-reported", "occurredAt": "2024-04-02T10:00:00+08:00", "obligationId": "c5-booking-service-level", "month": "2024-03", "achieved": 1200, "outOf": 1000 }""");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, report.StatusCode);
        Assert.True((await report.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("achieved", out _));
    }
}
