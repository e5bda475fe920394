using VendorGrid.Grains.Jobs;
using Hangfire;
using Hangfire.PostgreSql;
using VendorGrid.Silo.Notifications;
using VendorGrid.Hosting;

namespace VendorGrid.Silo.Jobs;

/// <summary>Hangfire server hosted by the silo, storing its queue in schema "hangfire" of the same database.</summary>
public static class JobServerExtensions
{
    public static IServiceCollection AddVendorGridJobs(this IServiceCollection services, string connectionString)
    {
        services.AddVendorGridJobClient(connectionString);
        // Jobs trigger sweeps, never one job per contract, so two workers per silo are plenty.
        services.AddHangfireServer(o => o.WorkerCount = 2);
        services.AddTransient<HeartbeatJob>();
        services.AddTransient(sp => new DeadlineSweepJob(sp.GetRequiredService<Npgsql.NpgsqlDataSource>(),
            sp.GetRequiredService<IGrainFactory>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<DeadlineSweepJob>>(),
            DeadlineSweepJob.ParallelismFrom(sp.GetRequiredService<IConfiguration>())));
        services.AddSingleton(sp => SmtpSettings.Read(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton<EmailChannel>();
        services.AddSingleton<INotificationChannel>(sp => sp.GetRequiredService<EmailChannel>());
        services.AddSingleton(sp => new EmailVerification(sp.GetRequiredService<Npgsql.NpgsqlDataSource>(), sp.GetRequiredService<EmailChannel>(),
            EmailVerification.PublicUrl(sp.GetRequiredService<IConfiguration>())));
        services.AddSingleton<DeliveryGate>();
        services.AddSingleton(sp => WebhookEgress.Read(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton<INotificationChannel, WebhookChannel>();
        services.AddTransient<NotificationDispatchJob>();
        services.AddTransient<DailyDigestJob>();
        services.AddTransient<MonthlyStatementJob>();
        services.AddTransient<HousekeepingJob>();
        services.AddTransient<IHeartbeatJob>(sp => sp.GetRequiredService<HeartbeatJob>());
        services.AddTransient<IDeadlineSweepJob>(sp => sp.GetRequiredService<DeadlineSweepJob>());
        services.AddTransient<INotificationDispatchJob>(sp => sp.GetRequiredService<NotificationDispatchJob>());
        services.AddTransient<IDailyDigestJob>(sp => sp.GetRequiredService<DailyDigestJob>());
        services.AddTransient<IMonthlyStatementJob>(sp => sp.GetRequiredService<MonthlyStatementJob>());
        services.AddTransient<IHousekeepingJob>(sp => sp.GetRequiredService<HousekeepingJob>());
        services.AddHostedService<RecurringJobRegistrar>();
        return services;
    }

    /// <summary>The job storage and client without a server: enough to trigger recurring jobs (admin API, tests).</summary>
    public static IServiceCollection AddVendorGridJobClient(this IServiceCollection services, string connectionString)
    {
        var storage = new PostgreSqlStorageOptions
        {
            SchemaName = "hangfire",
            // Installed by the migration step (JobSchema), as the owner role: the silo's own role may not create tables.
            PrepareSchemaIfNecessary = false,
            // A killed worker's job becomes visible again soon after its heartbeat stops, not after a fixed 30 min.
            UseSlidingInvisibilityTimeout = true,
            // A killed process can leave a lock row behind; waiters give up quickly and the job retries.
            DistributedLockTimeout = TimeSpan.FromSeconds(30),
            QueuePollInterval = TimeSpan.FromSeconds(5),
        };
        services.AddHangfire(config => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UsePostgreSqlStorage(o => o.UseNpgsqlConnection(connectionString), storage));
        return services;
    }
}
