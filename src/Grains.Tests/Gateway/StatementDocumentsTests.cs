using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using UglyToad.PdfPig;
using VendorGrid.Domain.Money;
using VendorGrid.Domain.Statements;
using VendorGrid.Gateway.Contracts;
using VendorGrid.Grains.Statements;

namespace VendorGrid.Tests.Gateway;

/// <summary>
/// Issue 19, printable statements: DOMAIN.md §5 example 8 (C1, two customer-service seats vacant over Mid-Autumn 2016 →
/// ¥12,000 under 第三条2.3) as the A4 PDF a finance office signs and stamps, its HTML print view, and the workbook with
/// real numbers under Chinese headings.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class StatementDocumentsTests(GatewayFixture fixture)
{
    private const string Penalty = "壹万贰仟元整";

    private static Task<ContractApiClient> C1WithExample8Async(GatewayFixture fixture) => StatementsApiTests.C1WithExample8Async(fixture);

    [Fact]
    public async Task ThePdf_IsA4_AndReads_TheParties_TheClause_TheTotalsInCapitals_AndTheSignatureBlockOfBothParties()
    {
        var c1 = await C1WithExample8Async(fixture);
        var ledger = await c1.GetAsync("ledger", "2016-10-01T00:00:00+08:00");
        var confirmed = ledger.GetProperty("totals").GetProperty("confirmed").GetDecimal();
        var contract = await c1.Admin.GetFromJsonAsync<JsonElement>($"/api/contracts/{c1.Id}");

        var response = await c1.As("vendor").GetAsync($"/api/contracts/{c1.Id}/statements/2016-09.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"statement-{c1.Id}-2016-09.pdf", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var page = pdf.GetPage(1);
        Assert.Equal((595, 842), ((int)Math.Round(page.Width), (int)Math.Round(page.Height)));
        var text = string.Concat(pdf.GetPages().Select(p => p.Text));

        Assert.Contains("合同月度对账单", text);
        Assert.Contains("对账期间：2016-09-01至2016-09-30（北京时间）", Regex.Replace(text, @"\s", ""));
        Assert.Contains($"甲方{contract.GetProperty("institution").GetProperty("name").GetString()}", text);
        Assert.Contains($"乙方{contract.GetProperty("vendor").GetProperty("name").GetString()}", text);
        Assert.Contains("第三条2.3（c1-vacancy-refill）", text);
        Assert.Contains($"¥12,000.00{Penalty}", text);
        // 月末违约金合计: the confirmed total as the ledger API states it, in figures and in 大写, on one line.
        Assert.True(confirmed >= 12000m, $"the ¥12,000 is deemed confirmed by the month's end, got {confirmed}");
        Assert.Contains($"已确认{Cny.Format(confirmed)}{ChineseCapitalNumerals.Format(confirmed)}", text);
        Assert.Contains("六、签字盖章", text);
        Assert.Equal(2, Regex.Matches(text, "授权代表（签字）").Count);
        Assert.Equal(2, Regex.Matches(text, "（盖章）").Count);
        Assert.Contains($"第 {pdf.NumberOfPages} 页 共 {pdf.NumberOfPages} 页", text);
    }

    [Fact]
    public async Task ThePrintView_IsAnA4Page_WithTheSameContent_AndLinksThePdf()
    {
        var c1 = await C1WithExample8Async(fixture);

        var response = await c1.As("institution-staff").GetAsync($"/api/contracts/{c1.Id}/statements/2016-09.html");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(("text/html", "utf-8"), (response.Content.Headers.ContentType!.MediaType, response.Content.Headers.ContentType.CharSet));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("@page { size: A4 portrait;", html);
        Assert.Contains("<td>第三条2.3（c1-vacancy-refill）</td>", html);
        Assert.Contains($"<td class=\"figure\">¥12,000.00</td><td>{Penalty}</td>", html);
        Assert.Contains("<h2>六、签字盖章</h2>", html);
        Assert.Contains($"href=\"/api/contracts/{c1.Id}/statements/2016-09.pdf\"", html);
        Assert.DoesNotContain("<script", html);
    }

    [Fact]
    public async Task PrintedStatements_AnswerLikeTheWorkbook_ForAMonthNotEnded_AndABadMonth()
    {
        var c1 = await C1WithExample8Async(fixture);
        var current = $"{fixture.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)):yyyy-MM}";

        foreach (var format in new[] { "pdf", "html" })
        {
            var notEnded = await c1.Admin.GetAsync($"/api/contracts/{c1.Id}/statements/{current}.{format}");
            var bad = await c1.Admin.GetAsync($"/api/contracts/{c1.Id}/statements/2016-9.{format}");
            var hidden = await c1.Admin.GetAsync($"/api/contracts/no-such-contract/statements/2016-09.{format}");

            Assert.Equal(HttpStatusCode.NotFound, notEnded.StatusCode);
            Assert.Equal("urn:vendorgrid:problem:statement-not-found", (await notEnded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString());
            Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
            Assert.True((await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("month", out _));
            Assert.Equal("urn:vendorgrid:problem:contract-not-found", (await hidden.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString());
        }
    }

    [Fact]
    public async Task TheWorkbook_KeepsAmountsAsNumbersInAYuanFormat_UnderChineseHeadings()
    {
        var c1 = await C1WithExample8Async(fixture);

        var response = await c1.As("vendor").GetAsync($"/api/contracts/{c1.Id}/statements/2016-09");

        Assert.Equal(ContractStatementsApi.XlsxContentType, response.Content.Headers.ContentType!.MediaType);
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var sheet = workbook.Worksheet(StatementWorkbook.SheetName);
        var total = sheet.Cell(8, 2);
        Assert.Equal((XLDataType.Number, 972000m, StatementWorkbook.CurrencyFormat),
            (total.DataType, total.GetValue<decimal>(), total.Style.NumberFormat.Format));
        var movement = sheet.RowsUsed().Single(r => r.Cell(1).GetString().StartsWith("c1-vacancy-refill", StringComparison.Ordinal));
        Assert.Equal((XLDataType.Number, 12000m, StatementWorkbook.CurrencyFormat, Penalty),
            (movement.Cell(5).DataType, movement.Cell(5).GetValue<decimal>(), movement.Cell(5).Style.NumberFormat.Format, movement.Cell(6).GetString()));
        // Every bold cell is a title, a label or a column heading: all Chinese, no English beside it any more.
        var headings = sheet.CellsUsed().Where(c => c.Style.Font.Bold).Select(c => c.GetString()).ToList();
        Assert.Contains("条款", headings);
        Assert.Contains(StatementText.TotalsSection, headings);
        Assert.DoesNotContain(headings, h => Regex.IsMatch(h, "[A-Za-z]"));
    }
}
