using System.Collections.Immutable;
using Orleans.Concurrency;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Ledger;
using VendorGrid.Domain.Money;
using VendorGrid.Domain.Statements;
using VendorGrid.Grains.Reminders;

namespace VendorGrid.Grains.Statements;

/// <inheritdoc cref="IContractStatementsGrain"/>
[StatelessWorker, GrainType("contract-statements")]
public sealed class ContractStatementsGrain(IStatementStore store, IDeadlineIndex notifications, TimeProvider clock) : Grain, IContractStatementsGrain
{
    public const string ObligationId = "statement";

    private string ContractKey => this.GetPrimaryKeyString();

    public Task<ImmutableArray<string>> ListMonthsAsync() => store.ListMonthsAsync(ContractKey);

    public async Task<StatementFile?> GetAsync(string month, DateTimeOffset? knownAt = null)
    {
        if (!StatementMonth.TryParse(month, out var period)) return null;
        var summary = await Contract.GetSummaryAsync();
        if (summary is null || !Covers(summary, period)) return null;
        if (knownAt is null && await store.ReadAsync(ContractKey, period.ToString()) is { } stored) return File(summary, period, stored, issued: true);
        return await BuildAsync(summary, period, knownAt) is { } statement ? File(summary, period, StatementWorkbook.Write(statement), issued: false) : null;
    }

    public async Task<PrintableStatement?> GetPrintableAsync(string month)
    {
        if (!StatementMonth.TryParse(month, out var period)) return null;
        var summary = await Contract.GetSummaryAsync();
        if (summary is null || !Covers(summary, period) || await BuildAsync(summary, period) is not { } statement) return null;
        var definition = ContractJson.ParseDefinition(await Contract.GetDefinitionAsync() ?? "");
        // A stored definition a later validator would refuse still prints, only without its articles.
        return definition.IsValid ? PrintableStatement.For(statement, summary.Institution.Id, summary.Vendor.Id, definition.Value)
            : new(statement, summary.Institution.Id, summary.Vendor.Id, ImmutableSortedDictionary<string, string>.Empty);
    }

    public async Task<bool> IssueAsync(string month)
    {
        if (!StatementMonth.TryParse(month, out var period)) return false;
        var summary = await Contract.GetSummaryAsync();
        if (summary is null || !Covers(summary, period)) return false;
        // Recorded in the contract's history first (posting what became final by then): the workbook is the ledger as
        // known at that instant, so knownAt = the issue time reproduces it, and later changes land in the next month.
        var issued = await Contract.ExecuteAsync(new IssueStatement(period.ToString()));
        if (issued.Subject is not StatementIssued { RecordedAt: { } issuedAt }) return false;
        if (await BuildAsync(summary, period, issuedAt) is not { } statement) return false;
        var now = clock.GetUtcNow();
        // Stored before the notifications: a crash in between leaves a stored statement whose notifications the
        // job's retry creates; the notifications' operation keys make that retry add nothing twice.
        var stored = await store.SaveAsync(ContractKey, period.ToString(), StatementWorkbook.Write(statement), now);
        await notifications.NotifyAsync(ContractKey, [.. Notifications(summary, statement, now)]);
        return stored;
    }

    private IContractGrain Contract => GrainFactory.GetGrain<IContractGrain>(ContractKey);

    /// <summary>A month is reportable once it has ended, from the month the term starts in (later months too: payments and penalties outlive the term).</summary>
    private bool Covers(ContractSummary summary, StatementMonth period) =>
        period.End <= clock.GetUtcNow() && new DateOnly(period.Year, period.Month, 1) >= new DateOnly(summary.Start.Year, summary.Start.Month, 1);

    private Task<MonthlyStatement?> BuildAsync(ContractSummary summary, StatementMonth period, DateTimeOffset? knownAt = null) =>
        Contract.GetStatementAsync(
            new StatementHeader(summary.Id, summary.Number, summary.Title, summary.Institution.Name, summary.Vendor.Name, summary.Total), period, knownAt);

    private static StatementFile File(ContractSummary summary, StatementMonth period, byte[] content, bool issued) => new()
    {
        Month = period.ToString(),
        FileName = $"对账单-{SafeName(summary.Number.Length > 0 ? summary.Number : summary.Id)}-{period}.xlsx",
        AsciiFileName = $"statement-{summary.Id}-{period}.xlsx",
        Content = content,
        Issued = issued,
    };

    /// <summary>Characters no file system or Content-Disposition parser chokes on.</summary>
    private static string SafeName(string text) =>
        new([.. text.Select(c => char.IsControl(c) || "\\/:*?\"<>|;".Contains(c) ? '_' : c)]);

    /// <summary>One inbox notification for the institution and one for the vendor, keyed {contract}:statement:statement-{yyyy-MM}:{inbox}:inbox.</summary>
    private IEnumerable<NewNotification> Notifications(ContractSummary summary, MonthlyStatement statement, DateTimeOffset now)
    {
        var point = $"statement-{statement.Month}";
        var title = $"{statement.Month} 月度对账单已生成 / Monthly statement ready";
        var next = statement.NextPayment is { } p
            ? $"下一笔付款“{p.Label}”应付 {Cny.Format(p.Gross)}，扣除违约金 {Cny.Format(p.Deductions)}，实付 {Cny.Format(p.Net)}。"
            : "无待付款项。";
        var body = $"合同《{summary.Title}》（{summary.Number}）{statement.Month} 对账单：本月履行 {statement.Met.Length} 项，"
            + $"未按期履行 {statement.Missed.Length} 项，违约金变动 {statement.Movements.Length} 笔；{next}"
            + $"下载：/api/contracts/{summary.Id}/statements/{statement.Month}";
        foreach (var inbox in new[] { NotificationInboxes.Institution(summary.Institution.Id), NotificationInboxes.Vendor(summary.Vendor.Id) })
            yield return new NewNotification(
                ReminderNotifications.OperationKey(ContractKey, ObligationId, point, inbox, ReminderNotifications.InboxChannel),
                ObligationId, point, inbox, ReminderNotifications.InboxChannel, null, title, body, statement.Month.End, now);
    }
}
