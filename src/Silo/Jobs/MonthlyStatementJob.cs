using VendorGrid.Grains.Jobs;
using VendorGrid.Domain.Statements;
using VendorGrid.Grains;

namespace VendorGrid.Silo.Jobs;

/// <summary>
/// On the 1st at 06:00 (Asia/Shanghai): the statement of the month before for every contract whose term reached
/// that month, stored once and announced in the institution's and the vendor's inbox (operation keys), so a retry,
/// a second silo or a manual trigger the same day adds nothing. Contracts come from the institutions' indexes;
/// a failing contract is logged and counted, and the rest still get theirs.
/// </summary>
public sealed class MonthlyStatementJob(IGrainFactory grains, TimeProvider clock, ILogger<MonthlyStatementJob> logger) : IMonthlyStatementJob
{
    Task IMonthlyStatementJob.RunAsync() => RunAsync();

    public const string RecurringId = "monthly-statements";
    public const string Cron = "0 6 1 * *";

    public Task<StatementRunResult> RunAsync() => RunAsync(StatementMonth.Before(clock.GetUtcNow()));

    public async Task<StatementRunResult> RunAsync(StatementMonth month)
    {
        var (issued, failed) = (0, 0);
        var first = new DateOnly(month.Year, month.Month, 1);
        foreach (var institution in await grains.GetGrain<IPlatformDirectoryGrain>(GrainKeys.Platform).ListInstitutionsAsync())
        foreach (var contract in await grains.GetGrain<IInstitutionGrain>(institution.Id).ListContractsAsync())
        {
            // The term must have begun by the month's end; months after the term still matter while payments remain,
            // but a contract ended more than a year before has nothing left to report.
            if (contract.Start > first.AddMonths(1).AddDays(-1) || contract.End < first.AddYears(-1)) continue;
            try
            {
                if (await grains.GetGrain<IContractStatementsGrain>(GrainKeys.Contract(institution.Id, contract.Id)).IssueAsync(month.ToString()))
                    issued++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Monthly statement {Month}: contract {Institution}/{Contract} failed", month, institution.Id, contract.Id);
                failed++;
            }
        }
        logger.LogInformation("Monthly statements {Month}: {Issued} issued, {Failed} failed", month, issued, failed);
        return new StatementRunResult(issued, failed);
    }
}

public readonly record struct StatementRunResult(int Issued, int Failed);
