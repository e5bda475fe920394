using Npgsql;
using VendorGrid.Silo.Configuration;
using VendorGrid.Silo.Database;
using VendorGrid.Silo.Hosting;
using VendorGrid.Silo.Jobs;
using VendorGrid.Silo.Seeding;
using VendorGrid.Hosting;

// Silo host: migrates the database, then runs the Orleans silo, the Hangfire server and seed loading, with a small
// operators' HTTP endpoint (health, metrics) beside it.
var builder = WebApplication.CreateBuilder(args);
try
{
    builder.AddVendorGridLogging();
    var settings = SiloSettings.From(builder.Configuration);
    builder.Services.AddSingleton(settings);
    builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(settings.ConnectionString));
    builder.Services.AddHostedService<MigrateOnStartup>();
    if (builder.Configuration["VG_MIGRATE_ONLY"] == "1")
    {
        // Kubernetes runs this as the silo pod's init container: migrate, then exit so the silo can start.
        await builder.Build().Services.GetServices<IHostedService>().OfType<MigrateOnStartup>().Single().StartAsync(default);
        return 0;
    }
    builder.AddVendorGridTelemetry();
    builder.AddVendorGridSiloHttp();
    builder.AddShutdownDeadline();
    builder.Services.AddDemoAccounts();
    builder.Services.AddSingleton<SeedRuns>();
    builder.Services.AddHostedService<SeedRequestOnStartup>();
    builder.UseOrleans(silo =>
    {
        silo.AddVendorGridDiagnostics();
        silo.UseVendorGridCluster(settings);
        silo.UseVendorGridScaleOut(ScaleOutSettings.From(builder.Configuration));
        // Inside Kubernetes the pod's labels and downward-API variables name the silo and prune dead pods' rows.
        if (Environment.GetEnvironmentVariable("KUBERNETES_SERVICE_HOST") is { Length: > 0 }) silo.UseKubernetesHosting();
    });
    builder.Services.AddVendorGridJobs(settings.ConnectionString);
    builder.Services.AddSingleton<SeedLoader>();
    builder.Services.AddSingleton(sp => new DemoHistorySeeder(sp.GetRequiredService<IGrainFactory>(),
        sp.GetRequiredService<VendorGrid.Grains.Calendar.ICalendarSource>().ForInstitution, sp.GetRequiredService<TimeProvider>(),
        sp.GetRequiredService<ILogger<DemoHistorySeeder>>()));
    builder.Services.AddHostedService<SeedOnStartup>();
    var app = builder.Build();
    app.MapVendorGridSiloHealth();
    app.MapVendorGridMetrics();
    await app.RunAsync();
    return 0;
}
catch (StartupException e)
{
    Console.Error.WriteLine($"vendorgrid-silo: {e.Message}");
    return 1;
}
