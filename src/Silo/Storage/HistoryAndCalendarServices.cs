using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using VendorGrid.Domain.Calendar;
using VendorGrid.Grains;
using VendorGrid.Grains.Calendar;
using VendorGrid.Grains.Contracts;
using VendorGrid.Grains.Jobs;
using VendorGrid.Grains.Platform;
using VendorGrid.Grains.Reminders;
using VendorGrid.Grains.Statements;
using VendorGrid.Silo.Jobs;

namespace VendorGrid.Silo.Storage;

/// <summary>What contract grains need besides their state: history tables, calendars, the clock, the JSON codec.</summary>
public static class HistoryAndCalendarServices
{
    /// <summary>The shipped national calendar, copied next to the binaries from data/calendar.</summary>
    public static string ShippedCalendarFile => Path.Combine(AppContext.BaseDirectory, "data", "calendar", "cn-holidays.json");

    public static IServiceCollection AddContractHistoryAndCalendars(this IServiceCollection services, string connectionString)
    {
        services.TryAddSingleton(_ => NpgsqlDataSource.Create(connectionString));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IContractHistory, PostgresContractHistory>();
        services.TryAddSingleton<IDeadlineIndex, PostgresDeadlineIndex>();
        services.TryAddSingleton<INotificationStore, PostgresNotificationStore>();
        services.TryAddSingleton<IStatementStore, PostgresStatementStore>();
        services.TryAddSingleton<IJobAdministration, JobAdministration>();
        services.TryAddSingleton<IIdsBeforeRegistry, PostgresIdsBeforeRegistry>();
        services.TryAddSingleton(_ => HolidayCalendarData.Parse(File.ReadAllText(ShippedCalendarFile)));
        services.TryAddSingleton<PostgresCalendarSource>();
        services.TryAddSingleton<ICalendarSource>(sp => sp.GetRequiredService<PostgresCalendarSource>());
        services.AddHostedService(sp => sp.GetRequiredService<PostgresCalendarSource>());
        services.AddVendorGridSerialization();
        return services;
    }
}
