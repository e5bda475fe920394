using ClosedXML.Excel;
using VendorGrid.Domain.Money;
using VendorGrid.Domain.Statements;
using static VendorGrid.Domain.Statements.StatementText;

namespace VendorGrid.Grains.Statements;

/// <summary>
/// Writes a <see cref="MonthlyStatement"/> as one worksheet (ClosedXML), headed in Chinese like the printed statement
/// (<see cref="StatementText"/>). Amounts are numbers with a yuan format (<see cref="CurrencyFormat"/>), so finance can
/// sum and filter them; their 大写 (<see cref="ChineseCapitalNumerals"/>) stands beside them as text. Column widths are
/// fixed: ClosedXML's AdjustToContents measures text with System.Drawing (GDI+), which the statements never touch.
/// </summary>
public static partial class StatementWorkbook
{
    public const string SheetName = "对账单";

    /// <summary>Shows 12000 as ¥12,000.00, the statement form of <see cref="Cny.Format"/>.</summary>
    public const string CurrencyFormat = "\"¥\"#,##0.00";

    public static byte[] Write(MonthlyStatement statement)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(SheetName);
        var writer = new Writer(sheet);
        var h = statement.Header;

        writer.Title($"{Title} {statement.Month}");
        writer.Pair("合同名称", h.Title);
        writer.Pair("合同编号", h.Number.Length > 0 ? h.Number : h.ContractId);
        writer.Pair("甲方", h.Institution);
        writer.Pair("乙方", h.Vendor);
        writer.Pair("对账期间", Period(statement.Month));
        writer.AmountRow("合同金额", h.Total, bold: true);

        writer.Section(MetSection, "义务", "条款", "责任方", "截止时间", "完成时间", "逾期天数");
        foreach (var o in statement.Met)
            writer.Row(o.Title, o.ClauseId, Party(o.Party), Instant(o.DueAt), Instant(o.MetAt), Days(o.LateDays));
        writer.NoneIf(statement.Met.Length == 0);

        writer.Section(MissedSection, "义务", "条款", "责任方", "截止时间", "状态", "逾期天数");
        foreach (var o in statement.Missed)
            writer.Row(o.Title, o.ClauseId, Party(o.Party), Instant(o.DueAt), Status(o.Status), Days(o.LateDays));
        writer.NoneIf(statement.Missed.Length == 0);

        writer.Section(MovementsSection, "条目", "条款", "依据", "变动", "金额", "大写");
        foreach (var m in statement.Movements)
            writer.Movement(m);
        writer.NoneIf(statement.Movements.Length == 0);

        writer.Section(TotalsSection, "项目", "金额", "大写");
        foreach (var (label, amount) in Totals(statement.Totals)) writer.AmountRow(label, amount);

        writer.Section(PaymentSection, "项目", "金额", "大写");
        if (statement.NextPayment is { } p)
        {
            writer.Row("款项", p.Label, $"{Status(p.Status)}；到期 {Instant(p.DueAt)}");
            writer.AmountRow("应付金额（发票）", p.Gross);
            writer.AmountRow("扣除违约金", p.Deductions);
            writer.AmountRow("实付金额", p.Net);
        }
        writer.NoneIf(statement.NextPayment is null);
        if (statement.Settlement is { } settlement)
        {
            writer.Section(SettlementSection, "项目", "金额", "大写");
            writer.AmountRow("乙方应退还", settlement.OwedByVendor);
        }

        double[] widths = [34, 28, 40, 26, 22, 36];
        for (var c = 0; c < widths.Length; c++) sheet.Column(c + 1).Width = widths[c];
        // The document's dates are the month's end, never the clock: the same statement is the same bytes (issue 15,
        // knownAt = the issue time reproduces the issued workbook).
        var stamp = statement.Month.End.ToOffset(TimeSpan.FromHours(8)).DateTime;
        workbook.Properties.Created = stamp;
        workbook.Properties.Modified = stamp;
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return Stamped(stream, statement.Month.End);
    }

    /// <summary>
    /// The package again, the same bytes for the same statement: every part dated <paramref name="at"/> (a zip entry
    /// otherwise carries the time it was written), and the random names the Open XML SDK gives relationships and parts
    /// (R + 16 hex digits, GUIDs) replaced by names numbered in order of appearance.
    /// </summary>
    private static byte[] Stamped(MemoryStream saved, DateTimeOffset at)
    {
        saved.Position = 0;
        var parts = new List<(string Name, byte[] Content)>();
        using (var source = new System.IO.Compression.ZipArchive(saved, System.IO.Compression.ZipArchiveMode.Read))
            foreach (var part in source.Entries)
            {
                using var from = part.Open();
                using var copy = new MemoryStream();
                from.CopyTo(copy);
                parts.Add((part.FullName, copy.ToArray()));
            }
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        string Renamed(string text) => RandomName().Replace(text, m =>
            names.TryGetValue(m.Value, out var name) ? name : names[m.Value] = $"vg{names.Count + 1:D4}");
        using var output = new MemoryStream();
        using (var target = new System.IO.Compression.ZipArchive(output, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in parts)
            {
                var entry = target.CreateEntry(Renamed(name), System.IO.Compression.CompressionLevel.Optimal);
                entry.LastWriteTime = at;
                using var to = entry.Open();
                var text = name.EndsWith(".xml", StringComparison.Ordinal) || name.EndsWith(".rels", StringComparison.Ordinal);
                to.Write(text ? System.Text.Encoding.UTF8.GetBytes(Renamed(System.Text.Encoding.UTF8.GetString(content))) : content);
            }
        return output.ToArray();
    }

    [System.Text.RegularExpressions.GeneratedRegex("\\bR[0-9a-f]{16}\\b|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\\b[0-9a-f]{32}\\b")]
    private static partial System.Text.RegularExpressions.Regex RandomName();

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
            Text(++row, 1, label);
            sheet.Cell(row, 1).Style.Font.Bold = true;
            Text(row, 2, value);
        }

        public void Section(string title, params string[] headings)
        {
            row++;
            Text(++row, 1, title);
            sheet.Cell(row, 1).Style.Font.Bold = true;
            sheet.Cell(row, 1).Style.Font.FontSize = 12;
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

        public void Movement(StatementMovement m)
        {
            Row(m.EntryId, m.ClauseId, m.Basis, Change(m));
            Money(row, 5, m.Amount);
            Text(row, 6, ChineseCapitalNumerals.Format(m.Amount));
        }

        public void AmountRow(string label, decimal amount, bool bold = false)
        {
            Row(label);
            sheet.Cell(row, 1).Style.Font.Bold = bold;
            Money(row, 2, amount);
            Text(row, 3, ChineseCapitalNumerals.Format(amount));
        }

        public void NoneIf(bool empty)
        {
            if (empty) Row(None);
        }

        private void Money(int r, int c, decimal amount)
        {
            var cell = sheet.Cell(r, c);
            cell.SetValue(amount);
            cell.Style.NumberFormat.Format = CurrencyFormat;
        }

        /// <summary>Always a string cell: "2026-03" or an entry id must not be re-read as a number or a date.</summary>
        private void Text(int r, int c, string value)
        {
            var cell = sheet.Cell(r, c);
            cell.SetValue(value);
            cell.DataType = XLDataType.Text;
        }
    }
}
