using Microsoft.AspNetCore.Http.HttpResults;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Vendors;
using VendorGrid.Gateway.Api;
using VendorGrid.Gateway.Contracts;
using VendorGrid.Gateway.Tenancy;
using VendorGrid.Grains;

namespace VendorGrid.Gateway;

/// <summary>One of a vendor's obligations, with the institution and contract it belongs to.</summary>
public sealed record VendorObligation(
    PartyItem Institution, string ContractId, string Id, string ClauseId, string Title,
    DateTimeOffset? DueAt, ObligationStatus Status, DateTimeOffset? MetAt, int LateDays, bool Provisional)
{
    /// <summary>Sort key and cursor: unique across institutions, since contract ids only are unique within one.</summary>
    public string Key => $"{Institution.Id}/{ContractId}/{Id}";
}

/// <summary>GET /api/vendors/me: the vendor's own profile (统一社会信用代码, name, contacts by role) and its exposure.</summary>
public sealed record VendorMe(string Id, string? Name, System.Collections.Immutable.ImmutableArray<PartyContact> Contacts, VendorExposureView Exposure);

/// <summary>
/// /api/vendors: a platform admin onboards a vendor (乙方); a vendor's single login sees its obligations across every
/// institution it serves. The list is built from the caller's own vendor grain, so no other vendor's contract is reachable.
/// </summary>
public static class VendorsApi
{
    public static IEndpointRouteBuilder MapVendors(this IEndpointRouteBuilder app)
    {
        var vendors = app.MapGroup("/api/vendors").RequireAuthorization(TenancyExtensions.CallerPolicy).WithTags("Vendors")
            .AddEndpointFilter<VendorInstantBounds>();
        vendors.MapPost("/", OnboardAsync).WithName("OnboardVendor")
            .Documented("Onboard a vendor (id, name, contacts); repeating it is harmless", "platform-admin",
                $"{EndpointDocs.Invalid} (id: an 18-character id must carry the USCC check character); 409 ({OnboardingRules.NameDiffers}) " +
                $"when the vendor is onboarded under another name (onboarding never renames); {EndpointDocs.Posted}");
        vendors.MapGet("/me", MeAsync).WithName("GetVendorExposure")
            .Documented("The calling vendor's profile and live exposure across every institution: open and late obligations, penalties by " +
                "status, next payments with deductions (asOf optional)", "vendor", $"{EndpointDocs.Invalid} (asOf)");
        vendors.MapGet("/me/obligations", ObligationsAsync).WithName("ListVendorObligations")
            .Documented("The calling vendor's own obligations across every institution it serves (paged; filter by status, dueBefore)",
                "vendor", $"{EndpointDocs.Invalid} (asOf, status, dueBefore, limit, cursor)");
        return app;
    }

    public static async Task<Results<Created<PartyProfile>, Ok<PartyProfile>, ProblemHttpResult>> OnboardAsync(
        OnboardRequest body, CurrentCaller caller, IGrainFactory grains)
    {
        if (!caller.IsPlatformAdmin) return Problems.Refused("Only platform administrators onboard vendors.");
        if (body.Validate(out var problem) is not { } profile) return Problems.Invalid(problem.Path, problem.Message);
        var vendor = grains.GetGrain<IVendorGrain>(profile.Id);
        var existing = await vendor.GetProfileAsync();
        if (OnboardingRules.RenameRefused("vendor", profile.Id, existing?.Name, profile.Name) is { } refused) return refused;
        var existed = existing is not null;
        await vendor.SetProfileAsync(profile);
        return existed ? TypedResults.Ok(profile) : TypedResults.Created($"/api/vendors/{profile.Id}", profile);
    }

    public static async Task<Results<Ok<VendorMe>, ProblemHttpResult>> MeAsync(string? asOf, CurrentCaller caller, IGrainFactory grains)
    {
        if (!caller.IsVendor) return Problems.Refused("Only a vendor has an exposure of its own; institutions read it per contract.");
        if (!AsOfQuery.TryRead(asOf, out var instant)) return Problems.Invalid("asOf", AsOfQuery.Problem);
        var vendor = grains.GetGrain<IVendorGrain>(caller.VendorId!);
        var contracts = (await vendor.ListContractsAsync()).Where(c => c.Vendor.Id == caller.VendorId).ToList();
        var evaluated = await Task.WhenAll(contracts.Select(async c =>
            (Contract: c, Evaluation: await grains.GetGrain<IContractGrain>(GrainKeys.Contract(c.Institution.Id, c.Id)).EvaluateAsync(instant))));
        // Without a contract to evaluate, "now" is still the silos' clock, never the gateway's.
        var at = evaluated.Select(e => e.Evaluation?.AsOf).FirstOrDefault(a => a is not null) ?? instant
            ?? (await grains.GetGrain<ICalendarGrain>(GrainKeys.NationalCalendar).TodayAsync()).Now;
        var exposure = VendorExposure.Summarize(at, evaluated.Where(e => e.Evaluation is not null).Select(e =>
            new ExposureSource(e.Contract.Institution.Id, e.Contract.Institution.Name, e.Contract.Id, e.Contract.Title, e.Evaluation!)));
        var profile = await vendor.GetProfileAsync();
        return TypedResults.Ok(new VendorMe(caller.VendorId!, profile?.Name, profile?.Contacts ?? [], exposure));
    }

    public static async Task<Results<Ok<VendorObligation[]>, ProblemHttpResult>> ObligationsAsync(
        string? asOf, string? status, string? dueBefore, string? limit, string? cursor,
        HttpContext http, CurrentCaller caller, IGrainFactory grains)
    {
        if (!caller.IsVendor) return Problems.Refused("Only a vendor has obligations of its own; institutions read them per contract.");
        if (!AsOfQuery.TryRead(asOf, out var instant)) return Problems.Invalid("asOf", AsOfQuery.Problem);
        if (!AsOfQuery.TryRead(dueBefore, out var dueLimit)) return Problems.Invalid("dueBefore", AsOfQuery.Problem);
        ObligationStatus? wanted = null;
        if (status is not null)
        {
            if (!Enum.GetValues<ObligationStatus>().Any(s => Kebab(s) == status))
                return Problems.Invalid("status", $"must be one of {string.Join(", ", Enum.GetValues<ObligationStatus>().Select(Kebab))}");
            wanted = Enum.GetValues<ObligationStatus>().First(s => Kebab(s) == status);
        }
        if (PageRequest.TryRead(limit, cursor, out var pageProblem) is not { } page) return Problems.Invalid(pageProblem.Path, pageProblem.Message);

        var contracts = await grains.GetGrain<IVendorGrain>(caller.VendorId!).ListContractsAsync();
        var evaluated = await Task.WhenAll(contracts.Select(async c =>
            (Contract: c, Evaluation: await grains.GetGrain<IContractGrain>(GrainKeys.Contract(c.Institution.Id, c.Id)).EvaluateAsync(instant))));
        var items = evaluated
            .Where(e => e.Evaluation is not null && e.Contract.Vendor.Id == caller.VendorId)
            .SelectMany(e => e.Evaluation!.Obligations.Where(o => o.Party == ObligationParty.Vendor).Select(o => new VendorObligation(
                new(e.Contract.Institution.Id, e.Contract.Institution.Name), e.Contract.Id, o.Id, o.ClauseId, o.Title,
                o.DueAt, o.Status, o.MetAt, o.LateDays, o.Provisional)))
            .Where(o => wanted is null || o.Status == wanted)
            .Where(o => dueLimit is null || (o.DueAt is { } due && due <= dueLimit));
        return TypedResults.Ok(page.Apply(items, o => o.Key, http));
    }

    private static string Kebab(ObligationStatus status) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(status.ToString());
}
