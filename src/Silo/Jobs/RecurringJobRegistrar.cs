using VendorGrid.Grains.Jobs;
using Hangfire;

namespace VendorGrid.Silo.Jobs;

/// <summary>
/// Registers recurring jobs by stable id at start-up. AddOrUpdate is idempotent, so every silo doing it is fine.
/// Schedules are in Asia/Shanghai, the time zone of every contract deadline. Jobs are registered by their interface
/// (Grains.Abstractions), so the gateway's dashboard can load every job type it shows.
/// </summary>
public sealed class RecurringJobRegistrar(IRecurringJobManager jobs, IConfiguration configuration) : IHostedService
{
    public static readonly TimeZoneInfo ChinaStandardTime = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>Every recurring job id, for the admin trigger endpoint.</summary>
    public static readonly IReadOnlySet<string> Ids = new HashSet<string>(StringComparer.Ordinal)
    {
        HeartbeatJob.RecurringId, DeadlineSweepJob.RecurringId, NotificationDispatchJob.RecurringId, DailyDigestJob.RecurringId,
        MonthlyStatementJob.RecurringId, HousekeepingJob.RecurringId,
    };

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var options = new RecurringJobOptions { TimeZone = ChinaStandardTime };
        jobs.AddOrUpdate<IHeartbeatJob>(HeartbeatJob.RecurringId, job => job.BeatAsync(), Cron.Minutely(), options);
        // Every minute unless VG_SWEEP_CRON says otherwise; a sweep with nothing due costs one indexed query.
        var sweepCron = configuration["VG_SWEEP_CRON"] is { Length: > 0 } cron ? cron : Cron.Minutely();
        jobs.AddOrUpdate<IDeadlineSweepJob>(DeadlineSweepJob.RecurringId, job => job.SweepAsync(), sweepCron, options);
        jobs.AddOrUpdate<INotificationDispatchJob>(NotificationDispatchJob.RecurringId, job => job.DispatchAsync(), Cron.Minutely(), options);
        jobs.AddOrUpdate<IDailyDigestJob>(DailyDigestJob.RecurringId, job => job.RunAsync(), DailyDigestJob.Cron, options);
        jobs.AddOrUpdate<IMonthlyStatementJob>(MonthlyStatementJob.RecurringId, job => job.RunAsync(), MonthlyStatementJob.Cron, options);
        jobs.AddOrUpdate<IHousekeepingJob>(HousekeepingJob.RecurringId, job => job.RunAsync(), HousekeepingJob.Cron, options);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
