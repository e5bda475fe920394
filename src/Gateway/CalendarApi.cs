using System.Collections.Immutable;
using Microsoft.AspNetCore.Http.HttpResults;
using VendorGrid.Gateway.Api;
using VendorGrid.Gateway.Tenancy;
using VendorGrid.Grains;

namespace VendorGrid.Gateway;

/// <summary>An institution's own calendar: extra closures on top of the national one, and its working hours.</summary>
public sealed record InstitutionCalendarRequest(ImmutableArray<DateOnly>? Closures, TimeOnly? WorkStarts, TimeOnly? WorkEnds);

/// <summary>
/// Working-day calendars. A platform admin adds a year's State Council notice (deadlines in that year stop being
/// provisional); an institution admin sets the institution's closures and hours. Everyone may read.
/// </summary>
public static class CalendarApi
{
    public static IEndpointRouteBuilder MapCalendar(this IEndpointRouteBuilder app)
    {
        var calendar = app.MapGroup("/api/calendar").RequireAuthorization(TenancyExtensions.CallerPolicy).WithTags("Calendar");
        calendar.MapGet("/", DescribeAsync).WithName("GetCalendar")
            .Documented("The caller's working-day calendar: announced holidays and make-up working days by name (an institution's also its closures and hours)", "every role");
        calendar.MapGet("/today", TodayAsync).WithName("GetServerToday")
            .Documented("The server's now and today's date in Asia/Shanghai (the silos' clock): what deadlines and asOf are measured " +
                "against; the portal takes its 'today' from here, never from the browser", "every role");
        calendar.MapPost("/years", AddYearAsync).WithName("AddHolidayYear")
            .Documented("Add a year's State Council holiday notice as data", "platform-admin", $"{EndpointDocs.Invalid}; {EndpointDocs.Posted}")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        calendar.MapPut("/institution", SetInstitutionCalendarAsync).WithName("SetInstitutionCalendar")
            .Documented("Set the caller institution's closures and working hours", "institution-admin (its own institution)",
                $"{EndpointDocs.Invalid}; {EndpointDocs.Posted}");
        return app;
    }

    public static async Task<Ok<CalendarInfo>> DescribeAsync(CurrentCaller caller, IGrainFactory grains) =>
        TypedResults.Ok(await Grain(grains).DescribeAsync(caller.IsInstitutionMember ? caller.InstitutionId : null));

    public static async Task<Ok<ServerToday>> TodayAsync(IGrainFactory grains) => TypedResults.Ok(await Grain(grains).TodayAsync());

    public static async Task<Results<Created<CalendarInfo>, ProblemHttpResult>> AddYearAsync(
        HttpRequest request, CurrentCaller caller, IGrainFactory grains)
    {
        if (!caller.IsPlatformAdmin) return Problems.Refused("Only platform administrators add national holiday years.");
        var errors = await Grain(grains).AddYearAsync(await new StreamReader(request.Body).ReadToEndAsync(), caller.Name);
        if (!errors.IsDefaultOrEmpty) return Problems.Invalid(errors);
        return TypedResults.Created("/api/calendar", await Grain(grains).DescribeAsync(null));
    }

    public static async Task<Results<Ok<CalendarInfo>, ProblemHttpResult>> SetInstitutionCalendarAsync(
        InstitutionCalendarRequest body, CurrentCaller caller, IGrainFactory grains)
    {
        if (caller.Role != CallerRoles.InstitutionAdmin) return Problems.Refused("Only an institution's administrators set its calendar.");
        var (starts, ends) = (body.WorkStarts ?? new TimeOnly(8, 0), body.WorkEnds ?? new TimeOnly(17, 0));
        if (ends <= starts) return Problems.Invalid("workEnds", "must be after workStarts");
        await Grain(grains).SetInstitutionCalendarAsync(caller.InstitutionId!, body.Closures ?? [], starts, ends);
        return TypedResults.Ok(await Grain(grains).DescribeAsync(caller.InstitutionId));
    }

    private static ICalendarGrain Grain(IGrainFactory grains) => grains.GetGrain<ICalendarGrain>(GrainKeys.NationalCalendar);
}
