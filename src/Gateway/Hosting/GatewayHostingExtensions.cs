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
        // Settings are read when first needed, after every configuration source (tests included) is in place.
        builder.Services.AddOptions<GatewaySettings>()
            .Configure<IConfiguration>((settings, config) => settings.Read(config))
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<GatewaySettings>, GatewaySettingsValidator>();
        builder.Services.AddSingleton(sp => sp.GetRequiredService<IOptions<GatewaySettings>>().Value);
        builder.Services.AddSingleton(sp => NpgsqlDataSource.Create(sp.GetRequiredService<GatewaySettings>().ConnectionString));

        builder.UseOrleansClient(client =>
        {
            client.Services.AddVendorGridSerialization();
            client.Services.AddOptions<ClusterOptions>().Configure<GatewaySettings>((o, s) => (o.ClusterId, o.ServiceId) = (s.ClusterId, s.ServiceId));
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
