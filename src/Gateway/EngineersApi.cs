using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Domain.Contracts.Ledger;
using VendorGrid.Domain.Staffing;
using VendorGrid.Domain.Time;
using VendorGrid.Gateway.Api;
using VendorGrid.Gateway.Contracts;
using VendorGrid.Gateway.Tenancy;
using VendorGrid.Grains;

namespace VendorGrid.Gateway;

/// <summary>An engineer as the caller may see them. Personal fields (ID number, phone) only for the employer and platform admins.</summary>
public sealed record EngineerView(
    string Id, PartyItem Vendor, string Name, string? Education, int? Years, ImmutableArray<HeldCertificate> Certificates,
    BackgroundCheck BackgroundCheck, string? IdNumber, string? Phone, ImmutableArray<EngineerAssignmentView> Assignments)
{
    public string Key => GrainKeys.Engineer(Vendor.Id, Id);
}

public sealed record EngineerAssignmentView(string Institution, string Contract, string Role, string? Campus, DateTimeOffset From, DateTimeOffset? To);

/// <summary>One attendance day: on site at the contract's institution or not (C1: 驻场人员每周至少出勤一天).</summary>
public sealed record AttendanceRequest(string Contract, DateOnly Date, bool OnSite);

/// <summary>
/// /api/engineers: a vendor manages its own engineers; an institution sees the engineers assigned to its contracts (never
/// the vendor's other staff, never their personal fields); a platform admin reads them all. Engineers are addressed by
/// the vendor's own id for them, resolved from the caller's tenancy, so another tenant's engineer is a 404 like a missing one.
/// </summary>
public static class EngineersApi
{
    public static IEndpointRouteBuilder MapEngineers(this IEndpointRouteBuilder app)
    {
        var engineers = app.MapGroup("/api/engineers").RequireAuthorization(TenancyExtensions.CallerPolicy).WithTags("Engineers");
        engineers.MapPost("/", SaveAsync).WithName("SaveEngineer")
            .Documented("Create or update one of the calling vendor's engineers (qualifications, certificates, background check)", "vendor",
                $"{EndpointDocs.Invalid} (e.g. certificates[0].expiresOn before issuedOn); 409 ({EngineerIdTaken}) when another vendor's " +
                $"engineer has the id (engineer ids are unique across the platform); {EndpointDocs.Posted}");
        engineers.MapGet("/", ListAsync).WithName("ListEngineers")
            .Documented("Engineers the caller may see (paged): a vendor its own, an institution those assigned to its contracts, platform-admin all",
                "platform-admin, institution-admin, institution-staff, vendor", $"{EndpointDocs.Invalid} (limit, cursor)");
        engineers.MapGet("/{id}", GetAsync).WithName("GetEngineer")
            .Documented("One engineer; an institution gets no ID number or phone and only the assignments to its own contracts",
                "platform-admin; vendor its own; institution roles engineers assigned to their contracts",
                "404 (urn:vendorgrid:problem:engineer-not-found) when there is no such engineer *or it is not visible to the caller* — the same answer");
        engineers.MapPost("/{id}/attendance", AttendanceAsync).WithName("RecordAttendance")
            .Documented("Record one day of an engineer's on-site attendance under a contract the engineer is assigned to (once per day)",
                "vendor (its own engineers); institution-admin, institution-staff (engineers on their contracts)",
                $"404 (contract-not-found, engineer-not-found) also for another tenant's; {EndpointDocs.Invalid}; {EndpointDocs.Posted}");
        return app;
    }

    public const string EngineerIdTaken = "urn:vendorgrid:problem:engineer-id-taken";

    public static async Task<Results<Created<EngineerView>, Ok<EngineerView>, ProblemHttpResult>> SaveAsync(
        HttpRequest request, CurrentCaller caller, IGrainFactory grains)
    {
        if (!caller.IsVendor) return Problems.Refused("Only a vendor records its own engineers.");
        EngineerProfile? profile;
        try { profile = JsonSerializer.Deserialize<EngineerProfile>(await new StreamReader(request.Body).ReadToEndAsync(), ContractJson.Options); }
        catch (JsonException e) { return Problems.Invalid(ContractJson.JsonPath(e.Path), ContractJson.Describe(e)); }
        if (profile is null) return Problems.Invalid("$", "an engineer object is required");
        var errors = EngineerValidator.Validate(profile);
        if (errors.Count > 0) return Problems.Invalid(errors);

        var grain = grains.GetGrain<IEngineerGrain>(GrainKeys.Engineer(caller.VendorId!, profile.Id));
        var outcome = await grain.SaveProfileAsync(profile);
        // Nothing about the engineer who holds the id: not the vendor, not whether the caller could see them.
        if (outcome == EngineerSaveOutcome.IdTaken)
            return Problems.InConflict("An engineer with this id already exists on the platform; choose another id.", EngineerIdTaken);
        var view = View((await grain.GetAsync())!, caller);
        return outcome == EngineerSaveOutcome.Created ? TypedResults.Created($"/api/engineers/{profile.Id}", view) : TypedResults.Ok(view);
    }

    public static async Task<Results<Ok<EngineerView[]>, ProblemHttpResult>> ListAsync(
        string? limit, string? cursor, HttpContext http, CurrentCaller caller, IGrainFactory grains)
    {
        if (PageRequest.TryRead(limit, cursor, out var problem) is not { } page) return Problems.Invalid(problem.Path, problem.Message);
        var keys = await VisibleEngineers.KeysAsync(caller, grains);
        var records = await Task.WhenAll(keys.Select(k => grains.GetGrain<IEngineerGrain>(k).GetAsync()));
        var views = records.OfType<EngineerRecord>().Select(r => View(r, caller)).OrderBy(v => v.Key, StringComparer.Ordinal);
        return TypedResults.Ok(page.Apply(views, v => v.Key, http));
    }

    public static async Task<Results<Ok<EngineerView>, ProblemHttpResult>> GetAsync(string id, CurrentCaller caller, IGrainFactory grains)
    {
        var record = await VisibleEngineers.FindAsync(caller, id, grains);
        return record is null ? Problems.Missing("engineer", id) : TypedResults.Ok(View(record, caller));
    }

    public static async Task<Results<Created<ContractFact>, Ok<ContractFact>, ProblemHttpResult>> AttendanceAsync(
        string id, HttpRequest request, CurrentCaller caller, IGrainFactory grains)
    {
        if (caller.IsPlatformAdmin) return Problems.Refused("Platform administrators read engineers; they do not record attendance.");
        AttendanceRequest? body;
        try { body = JsonSerializer.Deserialize<AttendanceRequest>(await new StreamReader(request.Body).ReadToEndAsync(), ContractJson.Options); }
        catch (JsonException e) { return Problems.Invalid(ContractJson.JsonPath(e.Path), ContractJson.Describe(e)); }
        if (body is null || string.IsNullOrWhiteSpace(body.Contract)) return Problems.Invalid("contract", "is required");

        var access = await ContractAccess.FindAsync(caller, body.Contract, grains);
        if (access is null) return Problems.Missing("contract", body.Contract);
        if (!(await access.Grain.ListEngineersAsync()).Contains(id)) return Problems.Missing("engineer", id);
        AuditTrail.FileUnder(request.HttpContext, access.InstitutionId);

        var fact = new AttendanceRecorded { Id = $"attendance-{id}-{body.Date:yyyyMMdd}", OccurredAt = Deadlines.StartOfDay(body.Date), Engineer = id, OnSite = body.OnSite };
        var result = await access.Grain.ExecuteAsync(new RecordFacts([fact], FactPermissions.ReporterOf(caller)));
        return result.Outcome switch
        {
            CommandOutcome.Recorded => TypedResults.Created($"/api/contracts/{body.Contract}/staffing", (ContractFact)result.Subject!),
            CommandOutcome.Duplicate => TypedResults.Ok((ContractFact)result.Subject!),
            CommandOutcome.Rejected => Problems.Invalid(result.Errors),
            _ => Problems.Missing("contract", body.Contract),
        };
    }

    /// <summary>An institution sees what its contracts need: no ID number or phone, and only its own assignments.</summary>
    public static EngineerView View(EngineerRecord r, CurrentCaller caller)
    {
        var personal = caller.IsPlatformAdmin || caller.VendorId == r.VendorId;
        var assignments = r.Assignments.Where(a => personal || a.InstitutionId == caller.InstitutionId)
            .Select(a => new EngineerAssignmentView(a.InstitutionId, a.ContractId, a.Role, a.Campus, a.From, a.To)).ToImmutableArray();
        var p = r.Profile;
        return new EngineerView(p.Id, new PartyItem(r.VendorId, r.VendorId), p.Name, p.Education, p.Years, p.Certificates, p.BackgroundCheck,
            personal ? p.IdNumber : null, personal ? p.Phone : null, assignments);
    }
}

/// <summary>Which engineers a caller may see, found from its tenancy: never by trusting an id from the request.</summary>
public static class VisibleEngineers
{
    /// <summary>Engineer grain keys: a vendor's own staff; an institution's assigned engineers; for platform admins every vendor's staff.</summary>
    public static async Task<IReadOnlyList<string>> KeysAsync(CurrentCaller caller, IGrainFactory grains)
    {
        if (caller.IsVendor)
            return [.. (await grains.GetGrain<IVendorGrain>(caller.VendorId!).ListEngineersAsync()).Select(e => GrainKeys.Engineer(caller.VendorId!, e))];
        var contracts = await VisibleContracts.ListAsync(caller, grains);
        var assigned = await Task.WhenAll(contracts.Select(async c =>
            (await grains.GetGrain<IContractGrain>(GrainKeys.Contract(c.Institution.Id, c.Id)).ListEngineersAsync()).Select(e => GrainKeys.Engineer(c.Vendor.Id, e))));
        var keys = assigned.SelectMany(k => k).ToHashSet(StringComparer.Ordinal);
        if (caller.IsPlatformAdmin)
            foreach (var vendor in contracts.Select(c => c.Vendor.Id).Distinct())
                keys.UnionWith((await grains.GetGrain<IVendorGrain>(vendor).ListEngineersAsync()).Select(e => GrainKeys.Engineer(vendor, e)));
        return [.. keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// The engineer with this id that the caller may see, or null. A vendor's id is its own; for an institution (or a platform
    /// admin) the id names the engineer of the vendor holding it platform-wide. Only ids two vendors used before the registry
    /// existed can match several visible engineers: then the holder's, or the one the caller sees, or none when that is ambiguous.
    /// </summary>
    public static async Task<EngineerRecord?> FindAsync(CurrentCaller caller, string id, IGrainFactory grains)
    {
        if (!EngineerValidator.IsEngineerId(id)) return null;
        if (caller.IsVendor) return await grains.GetGrain<IEngineerGrain>(GrainKeys.Engineer(caller.VendorId!, id)).GetAsync();
        var visible = (await KeysAsync(caller, grains)).Where(k => k.EndsWith("/" + id, StringComparison.Ordinal)).ToList();
        if (visible.Count == 0) return null;
        var holder = await grains.GetGrain<IPlatformIdGrain>(GrainKeys.PlatformId(PlatformIdKinds.Engineer, id)).HolderAsync();
        var key = holder is not null && visible.Contains(GrainKeys.Engineer(holder, id)) ? GrainKeys.Engineer(holder, id)
            : visible.Count == 1 ? visible[0] : null;
        return key is null ? null : await grains.GetGrain<IEngineerGrain>(key).GetAsync();
    }
}
