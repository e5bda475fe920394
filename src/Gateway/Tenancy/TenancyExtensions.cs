namespace VendorGrid.Gateway.Tenancy;

/// <summary>The "caller" policy every API route requires, and the scoped <see cref="CurrentCaller"/>.</summary>
public static class TenancyExtensions
{
    public const string CallerPolicy = "caller";

    public static IServiceCollection AddTenancy(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddAuthorizationBuilder().AddPolicy(CallerPolicy, policy => policy
            .RequireAuthenticatedUser()
            .RequireAssertion(context => CurrentCaller.From(context.User) is not null))
            .AddRolePolicies();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, ForbiddenAsProblem>();
        // Only resolved behind the policy above, so the claims are known to be complete.
        services.AddScoped(sp => CurrentCaller.From(sp.GetRequiredService<IHttpContextAccessor>().HttpContext!.User)
            ?? throw new InvalidOperationException("CurrentCaller requested outside the caller policy"));
        return services;
    }
}
