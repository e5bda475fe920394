using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;
using VendorGrid.Domain.Statements;
using VendorGrid.Gateway.Contracts;
using VendorGrid.Grains;
using VendorGrid.Grains.Statements;

namespace VendorGrid.Tests.Gateway;

/// <summary>
/// Issue 5, monthly statements: the workbook of DOMAIN.md §5 example 8 (C1 two seats vacant over Mid-Autumn 2016 →
/// ¥12,000, deemed confirmed 7 days after C1's claim notice and deducted from the next payment), read back with ClosedXML.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class StatementsApiTests(GatewayFixture fixture)
{
    /// <summary>DOMAIN.md example 8 on a copy of C1, with the claim notice that starts the vendor's 7 days.</summary>
    internal static async Task<ContractApiClient> C1WithExample8Async(GatewayFixture fixture)
    {
        var c1 = await ContractApiClient.CopyOfSeedAsync(fixture, "c1-childrens-internet-hospital-2016", edit: ContractApiClient.WithLegacyClaimWindow);
        await c1.RecordAsync("""{ "id": "v-open", "type": "vacancy-opened", "occurredAt": "2016-09-14T09:00:00+08:00", "role": "customer-service", "people": 2 }""");
        await c1.RecordAsync("""{ "id": "v-fill", "type": "vacancy-filled", "occurredAt": "2016-09-22T09:00:00+08:00", "role": "customer-service", "people": 2 }""");
        return c1;
    }

    /// <summary>Rows of the sheet as text, by section title.</summary>
    private static List<string[]> Section(IXLWorksheet sheet, string title)
    {
        var rows = sheet.RowsUsed().Select(r => Enumerable.Range(1, 6).Select(c => Shown(r.Cell(c))).ToArray()).ToList();
        var start = rows.FindIndex(r => r[0] == title);
        Assert.True(start >= 0, $"no section '{title}'");
        string[] titles = [StatementText.MetSection, StatementText.MissedSection, StatementText.MovementsSection,
            StatementText.TotalsSection, StatementText.PaymentSection];
        // Its column headings follow the title; its rows run until the next section's title.
        return rows.Skip(start + 2).TakeWhile(r => !titles.Contains(r[0])).ToList();
    }

    /// <summary>The cell as Excel shows it: amounts (numbers in the yuan format) as ¥12,000.00, everything else as stored.</summary>
    private static string Shown(IXLCell cell) =>
        cell.DataType == XLDataType.Number && cell.Style.NumberFormat.Format == StatementWorkbook.CurrencyFormat
            ? VendorGrid.Domain.Money.Cny.Format(cell.GetValue<decimal>()) : cell.GetString();

    [Fact]
    public async Task AVendor_DownloadsSeptember2016_WithThePenaltyInFiguresAndCapitals_AndItsDeduction()
    {
        var c1 = await C1WithExample8Async(fixture);
        var payments = await c1.GetAsync("payments", "2016-10-01T00:00:00+08:00");
        var next = payments.EnumerateArray().First(p => p.GetProperty("status").GetString() != "paid");

        var response = await c1.As("vendor").GetAsync($"/api/contracts/{c1.Id}/statements/2016-09");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ContractStatementsApi.XlsxContentType, response.Content.Headers.ContentType!.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal($"statement-{c1.Id}-2016-09.xlsx", disposition.FileName!.Trim('"'));
        Assert.StartsWith("对账单-", disposition.FileNameStar, StringComparison.Ordinal);
        Assert.EndsWith("-2016-09.xlsx", disposition.FileNameStar, StringComparison.Ordinal);

        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var sheet = workbook.Worksheet(StatementWorkbook.SheetName);
        Assert.Equal("¥972,000.00", Shown(sheet.Cell(8, 2)));
        Assert.Equal("玖拾柒万贰仟元整", sheet.Cell(8, 3).GetString());

        var movement = Assert.Single(Section(sheet, StatementText.MovementsSection), r => r[0].StartsWith("c1-vacancy-refill", StringComparison.Ordinal));
        Assert.Equal(("c1-vacancy-refill", "¥12,000.00", "壹万贰仟元整"), (movement[1], movement[4], movement[5]));
        Assert.Contains("视为确认", movement[3], StringComparison.Ordinal);

        var payment = Section(sheet, StatementText.PaymentSection);
        Assert.Equal(next.GetProperty("label").GetString(), payment[0][1]);
        string[] Row(string label) => payment.Single(r => r[0].StartsWith(label, StringComparison.Ordinal));
        var deductions = next.GetProperty("deductions").GetDecimal();
        Assert.True(deductions >= 12000m, $"the ¥12,000 deemed confirmed is deducted, got {deductions}");
        Assert.Equal(VendorGrid.Domain.Money.Cny.Format(deductions), Row("扣除违约金")[1]);
        Assert.Equal(VendorGrid.Domain.Money.ChineseCapitalNumerals.Format(deductions), Row("扣除违约金")[2]);
        Assert.Equal(VendorGrid.Domain.Money.Cny.Format(next.GetProperty("net").GetDecimal()), Row("实付金额")[1]);
        Assert.Equal(VendorGrid.Domain.Money.Cny.Format(next.GetProperty("gross").GetDecimal()), Row("应付金额")[1]);
    }

    [Fact]
    public async Task AMonthNotEnded_IsNotFound_AndABadMonthIs422()
    {
        var c1 = await C1WithExample8Async(fixture);
        var current = $"{fixture.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)):yyyy-MM}";

        var notEnded = await c1.Admin.GetAsync($"/api/contracts/{c1.Id}/statements/{current}");
        var beforeTerm = await c1.Admin.GetAsync($"/api/contracts/{c1.Id}/statements/2010-01");
        var bad = await c1.Admin.GetAsync($"/api/contracts/{c1.Id}/statements/2016-9");

        Assert.Equal(HttpStatusCode.NotFound, notEnded.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, beforeTerm.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.True((await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("month", out _));
    }

    [Fact]
    public async Task IssuingAMonth_StoresItOnce_ListsIt_AndNotifiesBothPartiesExactlyOnce()
    {
        var c1 = await C1WithExample8Async(fixture);
        var statements = fixture.Cluster.Grains.GetGrain<IContractStatementsGrain>(GrainKeys.Contract(c1.Institution, c1.Id));

        var first = await statements.IssueAsync("2016-09");
        var again = await statements.IssueAsync("2016-09");
        var listed = await c1.As("institution-staff").GetFromJsonAsync<JsonElement>($"/api/contracts/{c1.Id}/statements");
        var issued = await c1.As("vendor").GetAsync($"/api/contracts/{c1.Id}/statements/2016-09");

        Assert.True(first);
        Assert.False(again);
        Assert.Equal(["2016-09"], listed.EnumerateArray().Select(m => m.GetProperty("month").GetString()));
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        var key = $"{c1.Institution}/{c1.Id}";
        Assert.Equal(1L, await fixture.Cluster.Database.ScalarAsync<long>($"SELECT count(*) FROM vg.contract_statements WHERE contract_key = '{key}'"));
        Assert.Equal(2L, await fixture.Cluster.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM vg.notifications WHERE contract_key = '{key}' AND point = 'statement-2016-09'"));
        var vendorInbox = await PagedLists.AllAsArrayAsync(c1.As("vendor"), "/api/notifications?limit=200");
        Assert.Contains(vendorInbox.EnumerateArray(), n => n.GetProperty("point").GetString() == "statement-2016-09"
            && n.GetProperty("contractKey").GetString() == key);
    }
}
