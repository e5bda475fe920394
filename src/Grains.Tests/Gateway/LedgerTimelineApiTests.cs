using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;
using VendorGrid.Domain.Money;
using VendorGrid.Domain.Statements;
using VendorGrid.Grains.Statements;

namespace VendorGrid.Tests.Gateway;

/// <summary>
/// Issue 15's "Show it" where the server's clock matters, through HTTP: a deemed acknowledgment at the end of a window
/// that crosses Mid-Autumn and National Day, a statement reproduced as known at its issue after a later change (which
/// the next statement shows), and closed periods — signed off by both sides, or deemed after a window across Labour
/// Day's make-up Saturday. Each test runs its own gateway and cluster, whose clock starts on the day it needs.
/// </summary>
public sealed class LedgerTimelineApiTests
{
    private const string Seed = "c2-chaoyang-his-2026";
    private const string GoLiveLine = "c2-late-performance:c2-go-live";

    private static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture);

    private static JsonElement FactIn(JsonElement events, string id) =>
        events.EnumerateArray().Single(e => e.GetProperty("fact").GetProperty("id").GetString() == id);

    private static async Task<JsonElement> Statements(ContractApiClient contract) =>
        await contract.Admin.GetFromJsonAsync<JsonElement>($"/api/contracts/{contract.Id}/statements");

    private static JsonElement Month(JsonElement statements, string month) =>
        statements.EnumerateArray().Single(m => m.GetProperty("month").GetString() == month);

    private static DateTimeOffset? Instant(JsonElement e, string name) =>
        e.GetProperty(name).ValueKind == JsonValueKind.Null ? null : e.GetProperty(name).GetDateTimeOffset();

    private static async Task<HttpStatusCode> PostAsync(HttpClient client, string path) =>
        (await client.PostAsync(path, ContractApiClient.Json("{}"))).StatusCode;

    private static JsonElement Entry(JsonElement ledger, Func<JsonElement, bool> which) => ledger.GetProperty("entries").EnumerateArray().Single(which);

    /// <summary>
    /// A vendor's report recorded on Thursday 2026-09-24 is deemed acknowledged at the end of the 5th working day after it:
    /// 09-28, 09-29, 09-30, 10-08, 10-09 (09-25…27 Mid-Autumn and 10-01…07 National Day are off). Five calendar days would
    /// end on 09-29, five weekdays on 10-01.
    /// </summary>
    [Fact]
    public async Task AVendorReport_IsDeemedAcknowledgedExactlyAtTheEndOfTheFifthWorkingDay_AcrossMidAutumnAndNationalDay()
    {
        await using var gateway = await GatewayFixture.StartAtAsync(At("2026-09-24T10:00:00+08:00"));
        var c2 = await ContractApiClient.CopyOfSeedAsync(gateway, Seed);
        var reported = await c2.PostEventAsync("""{ "id": "training-1", "type": "milestone", "occurredAt": "2026-09-24T09:00:00+08:00", "name": "training" }""",
            c2.As("vendor"));
        Assert.True(reported.StatusCode == HttpStatusCode.Created, await reported.Content.ReadAsStringAsync());

        var calendarDaysEnd = FactIn(await c2.GetAsync("events", "2026-09-30T00:00:00+08:00"), "training-1");
        var lastInstant = FactIn(await c2.GetAsync("events", "2026-10-09T23:59:59+08:00"), "training-1");
        var after = FactIn(await c2.GetAsync("events", "2026-10-10T00:00:00+08:00"), "training-1");

        Assert.Equal(("reported", At("2026-10-09T23:59:59+08:00")), (calendarDaysEnd.GetProperty("status").GetString(), Instant(calendarDaysEnd, "deemedAt")));
        Assert.Equal("reported", lastInstant.GetProperty("status").GetString());
        Assert.Equal(("deemed", JsonValueKind.Null), (after.GetProperty("status").GetString(), after.GetProperty("answer").ValueKind));
    }

    /// <summary>
    /// Issue 15, item 4: March's statement issued on 1 April is reproduced byte for byte by knownAt = its issue time after
    /// the go-live penalty (¥22,125, 5 days × 0.3 % × ¥1,475,000) was waived on 10 April; April's statement shows the
    /// waiver's −¥22,125 adjustment.
    /// </summary>
    [Fact]
    public async Task AnIssuedStatement_IsReproducedByteForByteByKnownAt_AndTheNextStatementShowsTheAdjustment()
    {
        await using var gateway = await GatewayFixture.StartAtAsync(At("2026-04-01T06:00:00+08:00"));
        var c2 = await ContractApiClient.CopyOfSeedAsync(gateway, Seed);
        await c2.RecordAsync("""{ "id": "live", "type": "obligation-met", "occurredAt": "2026-03-27T10:00:00+08:00", "obligationId": "c2-go-live" }""");
        Assert.Equal(HttpStatusCode.Created, await PostAsync(c2.Admin, $"/api/contracts/{c2.Id}/statements/2026-03/issue"));
        var issuedAt = Instant(Month(await Statements(c2), "2026-03"), "issuedAt");
        Assert.Equal(At("2026-04-01T06:00:00+08:00"), issuedAt);
        var issued = await c2.Admin.GetByteArrayAsync($"/api/contracts/{c2.Id}/statements/2026-03");

        gateway.Clock.SetUtcNow(At("2026-04-10T10:00:00+08:00"));
        await c2.RecordAsync("""{ "id": "waive-live", "type": "obligation-waived", "occurredAt": "2026-04-10T09:00:00+08:00", "obligationId": "c2-go-live", "reason": "甲方环境延误" }""");

        var knownAtIssue = Uri.EscapeDataString("2026-04-01T06:00:00+08:00");
        Assert.Equal(issued, await c2.As("vendor").GetByteArrayAsync($"/api/contracts/{c2.Id}/statements/2026-03?knownAt={knownAtIssue}"));
        var entry = Entry(await c2.GetAsync("ledger", "2026-04-11T00:00:00+08:00"), e => e.GetProperty("id").GetString() == GoLiveLine);
        Assert.Equal((22_125.00m, 0m), (entry.GetProperty("amount").GetDecimal(), entry.GetProperty("net").GetDecimal()));

        gateway.Clock.SetUtcNow(At("2026-05-01T06:00:00+08:00"));
        Assert.Equal(HttpStatusCode.Created, await PostAsync(c2.Admin, $"/api/contracts/{c2.Id}/statements/2026-04/issue"));
        using var april = new XLWorkbook(new MemoryStream(await c2.Admin.GetByteArrayAsync($"/api/contracts/{c2.Id}/statements/2026-04")));
        var movement = Assert.Single(StatementsApiTests.Section(april.Worksheet(StatementWorkbook.SheetName), StatementText.MovementsSection));
        Assert.Equal((GoLiveLine + ":adj-1", "c2-late-performance", Cny.Format(-22_125.00m)), (movement[0], movement[1], movement[4]));
        using var march = new XLWorkbook(new MemoryStream(issued));
        var original = Assert.Single(StatementsApiTests.Section(march.Worksheet(StatementWorkbook.SheetName), StatementText.MovementsSection));
        Assert.Equal((GoLiveLine, Cny.Format(22_125.00m)), (original[0], original[4]));
    }

    /// <summary>
    /// Issue 15, item 5. March is closed when the second side signs it off; a ¥50,000 subcontracting breach (第八条第9款) that
    /// happened on 20 March but is recorded on 2 April is booked in April, and March's go-live posting stays as it was.
    /// April's statement, issued on Labour Day, is signed by nobody: its window is 05-06, 05-07, 05-08, the make-up
    /// Saturday 05-09 and 05-11, so it is deemed closed at 2026-05-11 23:59:59 and an April breach recorded after that
    /// is booked in May.
    /// </summary>
    [Fact]
    public async Task AClosedMonth_KeepsItsEntries_AndLaterChangesLandInTheNextOpenMonth_SignedOffByBothOrDeemed()
    {
        await using var gateway = await GatewayFixture.StartAtAsync(At("2026-04-01T06:00:00+08:00"));
        var c2 = await ContractApiClient.CopyOfSeedAsync(gateway, Seed);
        await c2.RecordAsync("""{ "id": "live", "type": "obligation-met", "occurredAt": "2026-03-27T10:00:00+08:00", "obligationId": "c2-go-live" }""");
        var march = $"/api/contracts/{c2.Id}/statements/2026-03";
        Assert.Equal(HttpStatusCode.Created, await PostAsync(c2.Admin, march + "/issue"));

        Assert.Equal(HttpStatusCode.Created, await PostAsync(c2.As("vendor"), march + "/sign-off"));
        var oneSide = Month(await Statements(c2), "2026-03");
        Assert.Equal((JsonValueKind.Null, "vendor"), (oneSide.GetProperty("closedAt").ValueKind,
            Assert.Single(oneSide.GetProperty("signedOff").EnumerateArray()).GetProperty("party").GetString()));
        gateway.Clock.SetUtcNow(At("2026-04-01T09:30:00+08:00"));
        Assert.Equal(HttpStatusCode.Created, await PostAsync(c2.Admin, march + "/sign-off"));
        var closed = Month(await Statements(c2), "2026-03");
        Assert.Equal((At("2026-04-01T09:30:00+08:00"), "signed-off"), (Instant(closed, "closedAt"), closed.GetProperty("closedBy").GetString()));

        gateway.Clock.SetUtcNow(At("2026-04-02T10:00:00+08:00"));
        await c2.RecordAsync("""{ "id": "sub-march", "type": "occurrence", "occurredAt": "2026-03-20T10:00:00+08:00", "clauseId": "c2-subcontracting" }""");
        var ledger = await c2.GetAsync("ledger", "2026-04-03T00:00:00+08:00");
        var goLive = Entry(ledger, e => e.GetProperty("id").GetString() == GoLiveLine);
        Assert.Equal((22_125.00m, "2026-03", 0), (goLive.GetProperty("amount").GetDecimal(), goLive.GetProperty("period").GetString(), goLive.GetProperty("adjustments").GetArrayLength()));
        var subcontracting = Entry(ledger, e => e.GetProperty("clauseId").GetString() == "c2-subcontracting");
        Assert.Equal((50_000.00m, "2026-04"), (subcontracting.GetProperty("amount").GetDecimal(), subcontracting.GetProperty("period").GetString()));

        gateway.Clock.SetUtcNow(At("2026-05-01T06:00:00+08:00"));
        Assert.Equal(HttpStatusCode.Created, await PostAsync(c2.Admin, $"/api/contracts/{c2.Id}/statements/2026-04/issue"));
        var open = Month(await Statements(c2), "2026-04");
        Assert.Equal((At("2026-05-11T23:59:59+08:00"), JsonValueKind.Null), (Instant(open, "signOffDueAt"), open.GetProperty("closedAt").ValueKind));

        gateway.Clock.SetUtcNow(At("2026-05-12T00:00:00+08:00"));
        var deemed = Month(await Statements(c2), "2026-04");
        Assert.Equal((At("2026-05-11T23:59:59+08:00"), "deemed"), (Instant(deemed, "closedAt"), deemed.GetProperty("closedBy").GetString()));
        await c2.RecordAsync("""{ "id": "sub-april", "type": "occurrence", "occurredAt": "2026-04-20T10:00:00+08:00", "clauseId": "c2-subcontracting" }""");
        var later = (await c2.GetAsync("ledger", "2026-05-13T00:00:00+08:00")).GetProperty("entries").EnumerateArray()
            .Where(e => e.GetProperty("clauseId").GetString() == "c2-subcontracting").Select(e => (e.GetProperty("amount").GetDecimal(), e.GetProperty("period").GetString()));
        Assert.Equal([(50_000.00m, "2026-04"), (50_000.00m, "2026-05")], later.Order());
    }
}
