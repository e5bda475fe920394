using Microsoft.Extensions.DependencyInjection.Extensions;
using VendorGrid.Gateway.Security;

namespace VendorGrid.Gateway.Accounts;

/// <summary>Local accounts, sessions and invitations: the services and the /api/auth and /api/users endpoints.</summary>
public static class AccountsExtensions
{
    public static IServiceCollection AddVendorGridAccounts(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<AccountSettings>().Configure<IConfiguration>((settings, config) => settings.Read(config));
        services.AddSingleton(sp => sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<AccountSettings>>().Value);
        services.AddSingleton<Security.SessionCache>();
        services.AddSingleton<AccountStore>();
        return services;
    }

    public static IEndpointRouteBuilder MapAccounts(this IEndpointRouteBuilder app) => app.MapAuth().MapUsers();
}
