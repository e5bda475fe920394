using System.Globalization;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Time;

namespace VendorGrid.Domain.Statements;

/// <summary>
/// The words and formats every statement document shares (workbook, print view, PDF), in Chinese: finance offices
/// file these, and one wording across the three keeps a printed page and its spreadsheet comparable line by line.
/// </summary>
public static class StatementText
{
    public const string Title = "合同月度对账单";
    public const string MetSection = "本月履行的义务", MissedSection = "本月未按期履行的义务", MovementsSection = "本月违约金变动",
        TotalsSection = "月末违约金合计", PaymentSection = "下一笔付款", None = "无";

    /// <summary>Ledger totals at month end, in the order they are printed.</summary>
    public static IReadOnlyList<(string Label, decimal Amount)> Totals(LedgerTotals totals) =>
    [
        ("待确认", totals.Proposed), ("已确认", totals.Confirmed), ("有异议", totals.Disputed), ("已免除", totals.Waived),
    ];

    /// <summary>"2016-09-01 至 2016-09-30（北京时间）"</summary>
    public static string Period(StatementMonth month) => $"{Date(month.Start)} 至 {Date(month.End.AddDays(-1))}（北京时间）";

    public static string Date(DateTimeOffset instant) => ShanghaiTime.LocalDate(instant).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Instant(DateTimeOffset? instant) =>
        instant is { } t ? ShanghaiTime.ToLocal(t).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "—";

    public static string Days(int days) => days.ToString(CultureInfo.InvariantCulture);

    public static string Party(ObligationParty party) => party == ObligationParty.Vendor ? "乙方" : "甲方";

    /// <summary>"第三条2.3（c1-vacancy-refill）", or the id alone when the article is unknown.</summary>
    public static string Clause(string article, string clauseId) => article.Length > 0 ? $"{article}（{clauseId}）" : clauseId;

    public static string Change(StatementMovement m) =>
        m.StatusBefore is { } was ? $"{Status(was)} → {Status(m.Status)}" : $"新增：{Status(m.Status)}";

    public static string Status(ObligationStatus status) => status switch
    {
        ObligationStatus.Open => "未到期",
        ObligationStatus.Met => "已履行",
        ObligationStatus.Late => "逾期",
        ObligationStatus.Breached => "违约",
        ObligationStatus.DeemedApproved => "视为认可",
        ObligationStatus.Waived => "已豁免",
        _ => status.ToString(),
    };

    public static string Status(LedgerStatus status) => status switch
    {
        LedgerStatus.Proposed => "待确认",
        LedgerStatus.Confirmed => "已确认",
        LedgerStatus.DeemedConfirmed => "视为确认",
        LedgerStatus.Disputed => "有异议",
        LedgerStatus.Waived => "已免除",
        _ => status.ToString(),
    };

    public static string Status(PaymentStatus status) => status switch
    {
        PaymentStatus.Scheduled => "未到期",
        PaymentStatus.AwaitingInvoice => "待开票",
        PaymentStatus.Due => "应付",
        PaymentStatus.Overdue => "逾期未付",
        PaymentStatus.Paid => "已付",
        _ => status.ToString(),
    };
}
