using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace VendorGrid.Gateway.Tenancy;

/// <summary>A role a policy refuses gets the API's 403 problem (urn:vendorgrid:problem:forbidden), not an empty response.</summary>
public sealed class ForbiddenAsProblem : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler fallback = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        if (result.Forbidden && context.User.Identity?.IsAuthenticated == true)
        {
            var role = CurrentCaller.From(context.User)?.Role ?? "this token";
            await Problems.Refused($"A {role} may not do this ({context.Request.Method} {context.Request.Path}).").ExecuteAsync(context);
            return;
        }
        await fallback.HandleAsync(next, context, policy, result);
    }
}
