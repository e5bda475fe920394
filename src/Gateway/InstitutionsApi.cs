using System.Collections.Immutable;
using Microsoft.AspNetCore.Http.HttpResults;
using VendorGrid.Gateway.Api;
using VendorGrid.Gateway.Tenancy;
using VendorGrid.Grains;

namespace VendorGrid.Gateway;

/// <summary>What a platform admin sends to onboard an institution or a vendor.</summary>
public sealed record OnboardRequest(string? Id, string? Name, ImmutableArray<PartyContact>? Contacts)
{
    /// <summary>The profile to store, or the first field at fault.</summary>
    public PartyProfile? Validate(out (string Path, string Message) problem)
    {
        var contacts = Contacts ?? [];
        var missing = contacts.Select((c, i) => (c, i)).Where(x => x.c is null || string.IsNullOrWhiteSpace(x.c.Name)).Select(x => x.i);
        problem = !GrainKeys.IsPartyId(Id)
                ? ("id", "must be an 18-character USCC or a lower-case slug with a hyphen, e.g. bj-health-data-center")
            : OnboardingRules.IdProblem(Id!) is { } idProblem ? ("id", idProblem)
            : string.IsNullOrWhiteSpace(Name) || Name.Length > 200 ? ("name", "is required (at most 200 characters)")
            : missing.Any() ? ($"contacts[{missing.First()}].name", "is required")
            : default;
        return problem == default ? new PartyProfile { Id = Id!, Name = Name!.Trim(), Contacts = contacts } : null;
    }
}

/// <summary>POST /api/institutions: a platform admin onboards a tenant (甲方) into the platform directory.</summary>
public static class InstitutionsApi
{
    public static IEndpointRouteBuilder MapInstitutions(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/institutions").RequireAuthorization(TenancyExtensions.CallerPolicy).WithTags("Onboarding")
            .MapPost("/", OnboardAsync).WithName("OnboardInstitution")
            .Documented("Onboard an institution (id, name, contacts); repeating it is harmless", "platform-admin",
                $"{EndpointDocs.Invalid} (id: an 18-character id must carry the USCC check character); 409 ({OnboardingRules.NameDiffers}) " +
                $"when the institution is onboarded under another name (onboarding never renames); {EndpointDocs.Posted}");
        return app;
    }

    public static async Task<Results<Created<PartyProfile>, Ok<PartyProfile>, ProblemHttpResult>> OnboardAsync(
        OnboardRequest body, CurrentCaller caller, IGrainFactory grains)
    {
        if (!caller.IsPlatformAdmin) return Problems.Refused("Only platform administrators onboard institutions.");
        if (body.Validate(out var problem) is not { } profile) return Problems.Invalid(problem.Path, problem.Message);
        var directory = grains.GetGrain<IPlatformDirectoryGrain>(GrainKeys.Platform);
        var existing = await directory.GetInstitutionProfileAsync(profile.Id);
        if (OnboardingRules.RenameRefused("institution", profile.Id, existing?.Name, profile.Name) is { } refused) return refused;
        var existed = existing is not null;
        await directory.OnboardInstitutionAsync(profile);
        return existed ? TypedResults.Ok(profile) : TypedResults.Created($"/api/institutions/{profile.Id}", profile);
    }
}
