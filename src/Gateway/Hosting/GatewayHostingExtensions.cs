using Microsoft.Extensions.DependencyInjection.Extensions;
using VendorGrid.Grains;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;

namespace VendorGrid.Gateway.Hosting;

/// <summary>Settings, the database handle and the Orleans client of the gateway.</summary>
public static class GatewayHostingExtensions
{
    public static WebApplicationBuilder AddVendorGridCluster(this WebApplicationBuilder builder)
    {
        // appsettings.json (log levels: Microsoft.AspNetCore at Warning) is read from the content root, which is the
        // working directory; `./vg up` and most launchers start the gateway elsewhere, and the gateway then logged
        // nine Information lines per request (a third of its CPU in the issue 4 benchmark). The copy beside the
        // assembly is added as the lowest-priority source, so the content root's file, environment variables and
        // command-line arguments still override it.
        var besideAssembly = Path.Combine(AppContext.BaseDirectory, "appsettings.json");
        if (File.Exists(besideAssembly))
            builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Json.JsonConfigurationSource
            {
                Path = "appsettings.json", Optional = true, ReloadOnChange = false,
                FileProvider = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(AppContext.BaseDirectory),
            });
        // Settings are read when first needed, after every configuration source (tests included) is in place.
        builder.Services.AddOptions<GatewaySettings>()
            .Configure<IConfiguration>((settings, config) => settings.Read(config))
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<GatewaySettings>, GatewaySettingsValidator>();
        builder.Services.AddSingleton(sp => sp.GetRequiredService<IOptions<GatewaySettings>>().Value);
        builder.Services.AddSingleton(sp => NpgsqlDataSource.Create(sp.GetRequiredService<GatewaySettings>().ConnectionString));
        builder.Services.AddSingleton<VendorGrid.Gateway.Contracts.ContractViewCache>();
        builder.Services.AddSingleton<VendorGrid.Gateway.Contracts.EvidenceStore>();
        // The app's one clock (accounts, sessions, failover, token lifetimes); a test host replaces it with its own.
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<SiloFailover>();

        builder.UseOrleansClient(client =>
        {
            client.Services.AddVendorGridSerialization();
            client.Services.AddOptions<ClusterOptions>().Configure<GatewaySettings>((o, s) => (o.ClusterId, o.ServiceId) = (s.ClusterId, s.ServiceId));
            // Failover knobs (docs/PERFORMANCE.md, issue 8): unset, Orleans' own defaults apply.
            client.Services.AddOptions<ClientMessagingOptions>().Configure<GatewaySettings>((o, s) =>
            {
                if (s.ResponseTimeout is { } timeout) o.ResponseTimeout = timeout;
            });
            client.Services.AddOptions<GatewayOptions>().Configure<GatewaySettings>((o, s) =>
            {
                if (s.GatewayListRefresh is { } refresh) o.GatewayListRefreshPeriod = refresh;
            });
            client.UseAdoNetClustering(options => options.Configure<GatewaySettings>((o, s) =>
                (o.Invariant, o.ConnectionString) = ("Npgsql", s.ConnectionString)));
            // Keep trying while the silos start (they may come up after the gateway); stop only on shutdown.
            client.UseConnectionRetryFilter(async (_, cancel) =>
            {
                await Task.Delay(TimeSpan.FromSeconds(1), cancel);
                return !cancel.IsCancellationRequested;
            });
        });
        return builder;
    }
}
