using System.Net;
using System.Text.Json;

namespace VendorGrid.Tests.Gateway;

/// <summary>
/// DOMAIN.md §5 through the real gateway, cluster and PostgreSQL: facts posted as JSON against the seeded
/// contract definitions, results read back to the fen and the second.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class WorkedExamplesApiTests(GatewayFixture fixture)
{
    private Task<ContractApiClient> Copy(string seed) => ContractApiClient.CopyOfSeedAsync(fixture, seed);

    [Fact]
    public async Task Example1_C2LiveFiveDaysLate_Is22125()
    {
        var c2 = await Copy("c2-chaoyang-his-2026");
        await c2.RecordAsync("""{ "id": "live", "type": "obligation-met", "occurredAt": "2026-03-27T10:00:00+08:00", "obligationId": "c2-go-live" }""");
        var goLive = (await c2.GetAsync("obligations", "2026-04-10")).EnumerateArray().Single(o => o.GetProperty("id").GetString() == "c2-go-live");
        Assert.Equal("2026-03-22T23:59:59+08:00", goLive.GetProperty("dueAt").GetString());
        Assert.Equal(("met", 5), (goLive.GetProperty("status").GetString(), goLive.GetProperty("lateDays").GetInt32()));
        Assert.Equal(22125.00m, await c2.PostedAsync("c2-late-performance", "2026-04-10"));
    }

    [Fact]
    public async Task Example1_C2LiveTenDaysLate_AddsTenPercentAndATerminationRight()
    {
        var c2 = await Copy("c2-chaoyang-his-2026");
        await c2.RecordAsync("""{ "id": "live", "type": "obligation-met", "occurredAt": "2026-04-01T10:00:00+08:00", "obligationId": "c2-go-live" }""");
        var ledger = await c2.GetAsync("ledger", "2026-04-10");
        var entries = ledger.GetProperty("entries").EnumerateArray().Where(e => e.GetProperty("clauseId").GetString() == "c2-late-performance").ToList();
        Assert.Equal([44250.00m, 147500.00m], entries.Select(e => e.GetProperty("amount").GetDecimal()));
        var right = ledger.GetProperty("terminationRights").EnumerateArray().Single(r => r.GetProperty("clauseId").GetString() == "c2-late-performance");
        Assert.StartsWith("第八条第4款", right.GetProperty("basis").GetString());
        Assert.Equal("2026-04-01T00:00:00+08:00", right.GetProperty("since").GetString());
    }

    [Fact]
    public async Task Example2_C1ServiceTwelveDaysLate_IsCappedAt194400()
    {
        var c1 = await Copy("c1-childrens-internet-hospital-2016");
        var due = (await c1.GetAsync("obligations", "2016-05-01")).EnumerateArray().Single(o => o.GetProperty("id").GetString() == "c1-staff-onsite-start");
        var dueDate = DateOnly.FromDateTime(due.GetProperty("dueAt").GetDateTimeOffset().DateTime);
        await c1.RecordAsync($$"""{ "id": "onsite", "type": "obligation-met", "occurredAt": "{{dueDate.AddDays(12):yyyy-MM-dd}}T10:00:00+08:00", "obligationId": "c1-staff-onsite-start" }""");
        Assert.Equal(194400.00m, await c1.PostedAsync("c1-late-service", "2016-06-30"));
        var rights = (await c1.GetAsync("ledger", "2016-06-30")).GetProperty("terminationRights").EnumerateArray();
        Assert.Contains(rights, r => r.GetProperty("clauseId").GetString() == "c1-late-service" && r.GetProperty("basis").GetString()!.StartsWith("第八条第13款"));
    }

    [Theory]
    [InlineData(7, 600.00)]
    [InlineData(13, 1000.00)]
    public async Task Example3_C3LineItemDelay(int days, decimal expected)
    {
        var c3 = await Copy("c3-medical-registration-ops-2024");
        await c3.RecordAsync($$"""{ "id": "delay", "type": "occurrence", "occurredAt": "2024-09-30T10:00:00+08:00", "clauseId": "c3-vendor-delay", "lineItemId": "doctor-5-3", "days": {{days}} }""");
        Assert.Equal(expected, await c3.PostedAsync("c3-vendor-delay", "2024-10-31"));
    }

    [Theory]
    [InlineData(7, 22341.00)]
    [InlineData(12, 37235.00)]
    public async Task Example4_C4MaintenanceLate(int days, decimal expected)
    {
        var c4 = await Copy("c4-health-commission-medadmin-ops-2024");
        await c4.RecordAsync($$"""{ "id": "delay", "type": "occurrence", "occurredAt": "2024-09-30T10:00:00+08:00", "clauseId": "c4-vendor-delay", "days": {{days}} }""");
        Assert.Equal(expected, await c4.PostedAsync("c4-vendor-delay", "2024-10-31"));
    }

    [Fact]
    public async Task Example5_C5FortyHourOutage_Is190000()
    {
        var c5 = await Copy("c5-booking-platform-2024");
        await c5.RecordAsync("""{ "id": "outage", "type": "outage", "occurredAt": "2024-03-01T08:00:00+08:00", "startedAt": "2024-03-01T08:00:00+08:00", "endedAt": "2024-03-03T00:00:00+08:00", "vendorCaused": true }""");
        Assert.Equal(190000.00m, await c5.PostedAsync("c5-outage", "2024-04-01"));
    }

    [Fact]
    public async Task Example6_C5FirstHalfYear_Is8540000()
    {
        var c5 = await Copy("c5-booking-platform-2024");
        var months = new[] { "2024-02", "2024-03", "2024-04", "2024-05", "2024-06", "2024-07" };
        for (var i = 0; i < months.Length; i++)
            await c5.RecordAsync($$"""{ "id": "usage-{{months[i]}}", "type": "usage-verified", "occurredAt": "{{months[i]}}-28T10:00:00+08:00", "month": "{{months[i]}}", "online": {{(i < 4 ? 1666667 : 1666666)}}, "phone": {{(i < 4 ? 166667 : 166666)}} }""");
        var first = (await c5.GetAsync("payments", "2024-08-15")).EnumerateArray().Single(p => p.GetProperty("id").GetString() == "c5-pay-1");
        Assert.Equal(8540000.00m, first.GetProperty("gross").GetDecimal());
    }

    [Fact]
    public async Task Example7_C3QuarterlyReport_DeemedApprovedAtTheEndOf20241125()
    {
        var c3 = await Copy("c3-medical-registration-ops-2024");
        await c3.RecordAsync("""{ "id": "q1", "type": "obligation-met", "occurredAt": "2024-11-11T15:00:00+08:00", "obligationId": "c3-quarterly-report@2024-08-11" }""");
        JsonElement Review(JsonElement list) => list.EnumerateArray().Single(o => o.GetProperty("clauseId").GetString() == "c3-quarterly-review");
        var before = Review(await c3.GetAsync("obligations", "2024-11-25T23:59:59+08:00"));
        var after = Review(await c3.GetAsync("obligations", "2024-11-26T00:00:00+08:00"));
        Assert.Equal("2024-11-25T23:59:59+08:00", after.GetProperty("dueAt").GetString());
        Assert.Equal(("open", "deemed-approved"), (before.GetProperty("status").GetString(), after.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Example8_C1TwoSeatsVacantOverMidAutumn_Is12000()
    {
        var c1 = await Copy("c1-childrens-internet-hospital-2016");
        await c1.RecordAsync("""{ "id": "v-open", "type": "vacancy-opened", "occurredAt": "2016-09-14T09:00:00+08:00", "role": "customer-service", "people": 2 }""");
        await c1.RecordAsync("""{ "id": "v-fill", "type": "vacancy-filled", "occurredAt": "2016-09-22T09:00:00+08:00", "role": "customer-service", "people": 2 }""");
        Assert.Equal(12000.00m, await c1.PostedAsync("c1-vacancy-refill", "2016-10-01"));
    }

    [Fact]
    public async Task Example9_C2ConfirmedPenalty_IsNettedAgainstTheFinalPayment_InvoiceStaysGross()
    {
        var c2 = await Copy("c2-chaoyang-his-2026");
        await c2.RecordAsync("""{ "id": "live", "type": "obligation-met", "occurredAt": "2026-03-27T10:00:00+08:00", "obligationId": "c2-go-live" }""");
        await c2.RecordAsync("""{ "id": "inv-1", "type": "invoice-received", "occurredAt": "2026-02-10T10:00:00+08:00", "paymentId": "c2-pay-advance" }""");
        await c2.RecordAsync("""{ "id": "pay-1", "type": "payment-made", "occurredAt": "2026-03-01T10:00:00+08:00", "paymentId": "c2-pay-advance", "amount": 737500 }""");
        var vendor = c2.As("vendor");
        // The hospital's report of its own payment, recorded months late, counts once the vendor acknowledges it.
        Assert.Equal(HttpStatusCode.OK, (await vendor.PostAsync($"/api/contracts/{c2.Id}/events/pay-1/acknowledge", ContractApiClient.Json("{}"))).StatusCode);
        // 第八条第11款: the vendor confirms the deduction; the hospital cannot confirm it for the vendor.
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await c2.Admin.PostAsync($"/api/contracts/{c2.Id}/ledger/c2-late-performance:c2-go-live/confirm", ContractApiClient.Json("{}"))).StatusCode);
        var confirm = await vendor.PostAsync($"/api/contracts/{c2.Id}/ledger/c2-late-performance:c2-go-live/confirm", ContractApiClient.Json("{}"));
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        var final = (await c2.GetAsync("payments", "2027-03-10")).EnumerateArray().Single(p => p.GetProperty("id").GetString() == "c2-pay-final");
        Assert.Equal((737500.00m, 22125.00m, 715375.00m),
            (final.GetProperty("gross").GetDecimal(), final.GetProperty("deductions").GetDecimal(), final.GetProperty("net").GetDecimal()));
    }
}
