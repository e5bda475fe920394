using System.Globalization;
using ClosedXML.Excel;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Money;
using VendorGrid.Domain.Statements;
using VendorGrid.Domain.Time;

namespace VendorGrid.Grains.Statements;

/// <summary>
/// Writes a <see cref="MonthlyStatement"/> as one worksheet (ClosedXML). Amounts are text in the statement form
/// (<c>¥1,475,000.00</c>, <see cref="Cny.Format"/>) with their 大写 (<see cref="ChineseCapitalNumerals"/>) beside
/// them, so what is printed is exactly what the ledger says. Column widths are fixed: ClosedXML's
/// AdjustToContents measures text with System.Drawing, which does not run on Linux.
/// </summary>
public static class StatementWorkbook
{
    public const string SheetName = "对账单";

    /// <summary>Section titles, the first cell of their row; tests and readers find sections by them.</summary>
    public const string MetSection = "本月履行的义务 / Obligations met", MissedSection = "本月未按期履行的义务 / Obligations missed",
        MovementsSection = "本月违约金变动 / Ledger movements", TotalsSection = "月末违约金合计 / Ledger totals at month end",
        PaymentSection = "下一笔付款 / Next payment", SettlementSection = "结算 / Settlement";

    public static byte[] Write(MonthlyStatement statement)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(SheetName);
        var writer = new Writer(sheet);
        var h = statement.Header;

        writer.Title($"合同月度对账单 / Monthly statement {statement.Month}");
        writer.Pair("合同 / Contract", h.Title);
        writer.Pair("合同编号 / Number", h.Number.Length > 0 ? h.Number : h.ContractId);
        writer.Pair("甲方 / Institution", h.Institution);
        writer.Pair("乙方 / Vendor", h.Vendor);
        writer.Pair("期间 / Period", $"{Date(statement.Month.Start)} 至 {Date(statement.Month.End.AddDays(-1))}（北京时间）");
        writer.Amount("合同金额 / Contract total", h.Total);

        writer.Section(MetSection, "义务 / Obligation", "责任方 / Party", "截止 / Due", "完成 / Met", "逾期天数 / Days late");
        foreach (var o in statement.Met)
            writer.Row(o.Title, Party(o.Party), Instant(o.DueAt), Instant(o.MetAt), Days(o.LateDays));
        writer.NoneIf(statement.Met.Length == 0);

        writer.Section(MissedSection, "义务 / Obligation", "责任方 / Party", "截止 / Due", "状态 / Status", "逾期天数 / Days late");
        foreach (var o in statement.Missed)
            writer.Row(o.Title, Party(o.Party), Instant(o.DueAt), Status(o.Status), Days(o.LateDays));
        writer.NoneIf(statement.Missed.Length == 0);

        writer.Section(MovementsSection, "条目 / Entry", "依据 / Basis", "变动 / Change", "金额 / Amount", "大写 / In words");
        foreach (var m in statement.Movements)
            writer.Row(m.EntryId, m.Basis,
                m.StatusBefore is { } was ? $"{Status(was)} → {Status(m.Status)}" : $"新增 / new: {Status(m.Status)}",
                Cny.Format(m.Amount), ChineseCapitalNumerals.Format(m.Amount));
        writer.NoneIf(statement.Movements.Length == 0);

        writer.Section(TotalsSection, "项目 / Item", "金额 / Amount", "大写 / In words");
        writer.AmountRow("待确认 / Proposed", statement.Totals.Proposed);
        writer.AmountRow("已确认 / Confirmed", statement.Totals.Confirmed);
        writer.AmountRow("有异议 / Disputed", statement.Totals.Disputed);
        writer.AmountRow("已免除 / Waived", statement.Totals.Waived);

        writer.Section(PaymentSection, "项目 / Item", "金额 / Amount", "大写 / In words");
        if (statement.NextPayment is { } p)
        {
            writer.Row("款项 / Payment", p.Label, $"{PaymentStatus(p.Status)}；到期 / due {Instant(p.DueAt)}");
            writer.AmountRow("应付金额（发票）/ Gross", p.Gross);
            writer.AmountRow("扣除违约金 / Deductions", p.Deductions);
            writer.AmountRow("实付金额 / Net", p.Net);
        }
        writer.NoneIf(statement.NextPayment is null);
        if (statement.Settlement is { } settlement)
        {
            writer.Section(SettlementSection, "项目 / Item", "金额 / Amount", "大写 / In words");
            writer.AmountRow("乙方应退还 / Owed by the vendor", settlement.OwedByVendor);
        }

        sheet.Column(1).Width = 34;
        sheet.Column(2).Width = 40;
        sheet.Column(3).Width = 30;
        sheet.Column(4).Width = 22;
        sheet.Column(5).Width = 36;
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private sealed class Writer(IXLWorksheet sheet)
    {
        private int row;

        public void Title(string text)
        {
            var cell = sheet.Cell(++row, 1);
            cell.Value = text;
            cell.Style.Font.Bold = true;
            cell.Style.Font.FontSize = 14;
            row++;
        }

        public void Pair(string label, string value)
        {
            sheet.Cell(++row, 1).Value = label;
            sheet.Cell(row, 1).Style.Font.Bold = true;
            Text(row, 2, value);
        }

        public void Amount(string label, decimal amount)
        {
            Pair(label, Cny.Format(amount));
            Text(row, 3, ChineseCapitalNumerals.Format(amount));
        }

        public void Section(string title, params string[] headings)
        {
            row++;
            var cell = sheet.Cell(++row, 1);
            cell.Value = title;
            cell.Style.Font.Bold = true;
            cell.Style.Font.FontSize = 12;
            row++;
            for (var i = 0; i < headings.Length; i++)
            {
                Text(row, i + 1, headings[i]);
                sheet.Cell(row, i + 1).Style.Font.Bold = true;
                sheet.Cell(row, i + 1).Style.Fill.BackgroundColor = XLColor.LightGray;
            }
        }

        public void Row(params string[] values)
        {
            row++;
            for (var i = 0; i < values.Length; i++) Text(row, i + 1, values[i]);
        }

        public void AmountRow(string label, decimal amount) => Row(label, Cny.Format(amount), ChineseCapitalNumerals.Format(amount));

        public void NoneIf(bool empty)
        {
            if (empty) Row("无 / none");
        }

        /// <summary>Always a string cell: "¥22,125.00" and "2026-03" must not be re-read as a number or a date.</summary>
        private void Text(int r, int c, string value)
        {
            var cell = sheet.Cell(r, c);
            cell.SetValue(value);
            cell.DataType = XLDataType.Text;
        }
    }

    private static string Date(DateTimeOffset instant) => ShanghaiTime.LocalDate(instant).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Instant(DateTimeOffset? instant) =>
        instant is { } t ? ShanghaiTime.ToLocal(t).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "—";

    private static string Days(int days) => days.ToString(CultureInfo.InvariantCulture);

    private static string Party(ObligationParty party) => party == ObligationParty.Vendor ? "乙方 / vendor" : "甲方 / institution";

    private static string Status(ObligationStatus status) => status switch
    {
        ObligationStatus.Open => "未到期 / open",
        ObligationStatus.Met => "已履行 / met",
        ObligationStatus.Late => "逾期 / late",
        ObligationStatus.Breached => "违约 / breached",
        ObligationStatus.DeemedApproved => "视为认可 / deemed approved",
        ObligationStatus.Waived => "已豁免 / waived",
        _ => status.ToString(),
    };

    private static string Status(LedgerStatus status) => status switch
    {
        LedgerStatus.Proposed => "待确认 / proposed",
        LedgerStatus.Confirmed => "已确认 / confirmed",
        LedgerStatus.DeemedConfirmed => "视为确认 / deemed confirmed",
        LedgerStatus.Disputed => "有异议 / disputed",
        LedgerStatus.Waived => "已免除 / waived",
        _ => status.ToString(),
    };

    private static string PaymentStatus(PaymentStatus status) => status switch
    {
        Domain.Contracts.Engine.PaymentStatus.Scheduled => "未到期 / scheduled",
        Domain.Contracts.Engine.PaymentStatus.AwaitingInvoice => "待开票 / awaiting invoice",
        Domain.Contracts.Engine.PaymentStatus.Due => "应付 / due",
        Domain.Contracts.Engine.PaymentStatus.Overdue => "逾期未付 / overdue",
        Domain.Contracts.Engine.PaymentStatus.Paid => "已付 / paid",
        _ => status.ToString(),
    };
}
