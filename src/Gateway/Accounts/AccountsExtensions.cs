namespace VendorGrid.Gateway.Accounts;

/// <summary>Local accounts, sessions, invitations and password resets: the services and the /api/auth and /api/users endpoints.</summary>
public static class AccountsExtensions
{
    public static IServiceCollection AddVendorGridAccounts(this IServiceCollection services)
    {
        services.AddOptions<AccountSettings>().Configure<IConfiguration>((settings, config) => settings.Read(config));
        services.AddSingleton(sp => sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<AccountSettings>>().Value);
        services.AddSingleton<Security.SessionCache>();
        services.AddSingleton(sp => MailSettings.Read(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton<AccountMail>();
        services.AddHostedService(sp => sp.GetRequiredService<AccountMail>());
        services.AddSingleton<AccountStore>();
        services.AddSingleton<SignInBackoff>();
        services.AddSingleton<PasswordSignIn>();
        services.AddSingleton<InvitationStore>();
        services.AddSingleton<InvitationLinks>();
        services.AddSingleton<PasswordResets>();
        services.AddSingleton<AccountIdentities>();
        return services;
    }

    public static IEndpointRouteBuilder MapAccounts(this IEndpointRouteBuilder app) =>
        app.MapAuth().MapAccountLinks().MapUsers().MapPendingInvitations();
}
