using VendorGrid.Domain.Money;
using VendorGrid.Domain.Statements;
using static VendorGrid.Domain.Statements.StatementText;

namespace VendorGrid.Gateway.Statements;

/// <summary>One part of a printed statement, in reading order; the HTML and PDF renderers each draw every kind.</summary>
public abstract record StatementBlock;

public sealed record TitleBlock(string Title, string Subtitle) : StatementBlock;

/// <summary>Label–value lines (the parties, the contract): a two-column table without a heading row.</summary>
public sealed record FactsBlock(IReadOnlyList<(string Label, string Value)> Lines) : StatementBlock;

public sealed record HeadingBlock(string Text) : StatementBlock;

/// <param name="Weight">Share of the page width.</param>
/// <param name="Figure">Right-aligned and never wrapped inside a number (amounts, day counts).</param>
public sealed record TableColumn(string Header, double Weight, bool Figure = false);

public sealed record TableBlock(IReadOnlyList<TableColumn> Columns, IReadOnlyList<string[]> Rows) : StatementBlock
{
    public const string EmptyText = StatementText.None;
}

/// <summary>签字盖章: a box per party with its name, room for the seal, and lines for the signature and the date.</summary>
public sealed record SignaturesBlock(IReadOnlyList<(string Role, string Name)> Parties) : StatementBlock;

/// <summary>
/// What a printed monthly statement says, in order: the parties and period, each obligation and ledger movement with
/// the clause (article) it comes from, the totals in figures and in 大写, the next payment, and the 签字盖章 block for
/// both parties. A pure function of the statement, shared by <see cref="StatementHtml"/> and <see cref="StatementPdf"/>
/// so the print view and the PDF cannot drift apart.
/// </summary>
public static class StatementLayout
{
    public const string SignatureHeading = "签字盖章";

    public static IReadOnlyList<StatementBlock> Blocks(PrintableStatement printable)
    {
        var s = printable.Statement;
        var h = s.Header;
        string Clause(string clauseId) => StatementText.Clause(printable.ArticleOf(clauseId), clauseId);
        return
        [
            new TitleBlock(Title, $"对账期间：{Period(s.Month)}"),
            new FactsBlock(
            [
                ("甲方", Party(h.Institution, printable.InstitutionId)),
                ("乙方", Party(h.Vendor, printable.VendorId)),
                ("合同名称", h.Title),
                ("合同编号", h.Number.Length > 0 ? h.Number : h.ContractId),
                ("合同金额", $"{Cny.Format(h.Total)}（大写：{ChineseCapitalNumerals.Format(h.Total)}）"),
            ]),
            new HeadingBlock($"一、{MetSection}"),
            new TableBlock(
                [new("序号", 0.75, true), new("义务", 2.9), new("条款", 2.3), new("责任方", 0.9), new("截止时间", 1.75), new("完成时间", 1.75), new("逾期天数", 1.15, true)],
                [.. s.Met.Select((o, i) => new[] { Number(i), o.Title, Clause(o.ClauseId), StatementText.Party(o.Party), Instant(o.DueAt), Instant(o.MetAt), Days(o.LateDays) })]),
            new HeadingBlock($"二、{MissedSection}"),
            new TableBlock(
                [new("序号", 0.75, true), new("义务", 3.1), new("条款", 2.3), new("责任方", 0.9), new("截止时间", 1.75), new("状态", 1.05), new("逾期天数", 1.15, true)],
                [.. s.Missed.Select((o, i) => new[] { Number(i), o.Title, Clause(o.ClauseId), StatementText.Party(o.Party), Instant(o.DueAt), Status(o.Status), Days(o.LateDays) })]),
            new HeadingBlock($"三、{MovementsSection}"),
            new TableBlock(
                [new("序号", 0.75, true), new("条款", 2.2), new("依据", 3.2), new("变动", 1.8), new("金额", 1.6, true), new("大写", 2.4)],
                [.. s.Movements.Select((m, i) => new[] { Number(i), Clause(m.ClauseId), m.Basis, Change(m), Cny.Format(m.Amount), ChineseCapitalNumerals.Format(m.Amount) })]),
            new HeadingBlock($"四、{TotalsSection}"),
            new TableBlock([new("项目", 2), new("金额", 2, true), new("大写", 4)],
                [.. Totals(s.Totals).Select(t => new[] { t.Label, Cny.Format(t.Amount), ChineseCapitalNumerals.Format(t.Amount) })]),
            new HeadingBlock($"五、{PaymentSection}"),
            s.NextPayment is { } p
                ? new TableBlock([new("项目", 2), new("金额", 2, true), new("大写", 4)],
                [
                    [$"款项：{p.Label}（{Status(p.Status)}，到期 {Instant(p.DueAt)}）", Cny.Format(p.Gross), ChineseCapitalNumerals.Format(p.Gross)],
                    ["扣除违约金", Cny.Format(p.Deductions), ChineseCapitalNumerals.Format(p.Deductions)],
                    ["实付金额", Cny.Format(p.Net), ChineseCapitalNumerals.Format(p.Net)],
                ])
                : new TableBlock([new("项目", 1)], []),
            new HeadingBlock($"六、{SignatureHeading}"),
            new SignaturesBlock([("甲方", h.Institution), ("乙方", h.Vendor)]),
        ];
    }

    /// <summary>The lines inside each party's 签字盖章 box, after its role and name.</summary>
    public static readonly string[] SignatureLines = ["（盖章）", "授权代表（签字）：", "日期：        年      月      日"];

    /// <summary>A party by name and id: an 18-character id is its unified social credit code, anything else a platform slug.</summary>
    private static string Party(string name, string id) =>
        id.Length == 0 ? name : $"{name}（{(id.Length == 18 && id.All(char.IsAsciiLetterOrDigit) ? "统一社会信用代码" : "编号")}：{id}）";

    private static string Number(int index) => (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>File names that no file system or Content-Disposition parser chokes on.</summary>
public static class FileNames
{
    public static string Safe(string text) => new([.. text.Select(c => char.IsControl(c) || "\\/:*?\"<>|;".Contains(c) ? '_' : c)]);
}
