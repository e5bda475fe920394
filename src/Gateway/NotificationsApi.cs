using System.Collections.Immutable;
using Microsoft.AspNetCore.Http.HttpResults;
using VendorGrid.Gateway.Tenancy;
using VendorGrid.Grains;

namespace VendorGrid.Gateway;

/// <summary>
/// The in-portal inbox (issue 5). The inbox comes from the token, never from the URL: institution users see
/// their institution's reminders, vendor users their vendor's. Platform admins have no inbox.
/// </summary>
public static class NotificationsApi
{
    public static IEndpointRouteBuilder MapNotifications(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/notifications").RequireAuthorization(TenancyExtensions.CallerPolicy).WithTags("Notifications");
        group.MapGet("/", ListAsync).WithName("ListNotifications")
            .WithSummary("The caller's inbox, newest first; ?unread=true for unread ones only");
        group.MapPost("/{id:long}/read", MarkReadAsync).WithName("MarkNotificationRead")
            .WithSummary("Mark one of the caller's notifications read (idempotent)");
        group.MapPost("/feeds", CreateFeedAsync).WithName("CreateCalendarFeed")
            .WithSummary("A secret iCalendar URL of the caller's party's open deadlines");
        group.MapDelete("/feeds/{token}", RevokeFeedAsync).WithName("RevokeCalendarFeed")
            .WithSummary("Revoke one of the caller's party's iCalendar URLs");
        // Calendar apps send no credentials: the secret token in the URL is the credential, until revoked.
        app.MapGet("/api/notifications/feeds/{token}.ics", FeedAsync).AllowAnonymous().WithTags("Notifications")
            .WithName("GetCalendarFeed").WithSummary("The iCalendar feed behind a secret URL (no token needed)");
        return app;
    }

    public sealed record CalendarFeedCreated(string Token, string Url);

    public static async Task<Results<Created<CalendarFeedCreated>, ProblemHttpResult>> CreateFeedAsync(CurrentCaller caller, IGrainFactory grains)
    {
        if (Inbox(caller) is not { } inbox) return Problems.Refused("Platform administrators have no deadlines of their own.");
        var token = await grains.GetGrain<INotificationInboxGrain>(inbox).CreateCalendarFeedAsync(caller.Name);
        var url = $"/api/notifications/feeds/{token}.ics";
        return TypedResults.Created(url, new CalendarFeedCreated(token, url));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RevokeFeedAsync(string token, CurrentCaller caller, IGrainFactory grains)
    {
        if (Inbox(caller) is not { } inbox) return Problems.Refused("Platform administrators have no deadlines of their own.");
        return await grains.GetGrain<INotificationInboxGrain>(inbox).RevokeCalendarFeedAsync(token)
            ? TypedResults.NoContent()
            : Problems.Missing("calendar feed", token);
    }

    public static async Task<IResult> FeedAsync(string token, IGrainFactory grains) =>
        token.Length is >= 40 and <= 64 && await grains.GetGrain<ICalendarFeedGrain>(token).GetIcsAsync() is { } ics
            ? TypedResults.Text(ics, "text/calendar; charset=utf-8")
            : TypedResults.NotFound();

    public static async Task<Results<Ok<ImmutableArray<NotificationView>>, ProblemHttpResult>> ListAsync(
        CurrentCaller caller, IGrainFactory grains, bool? unread, int? limit)
    {
        if (Inbox(caller) is not { } inbox) return Problems.Refused("Platform administrators have no notification inbox.");
        return TypedResults.Ok(await grains.GetGrain<INotificationInboxGrain>(inbox).ListAsync(unread ?? false, limit ?? 100));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> MarkReadAsync(long id, CurrentCaller caller, IGrainFactory grains)
    {
        if (Inbox(caller) is not { } inbox) return Problems.Refused("Platform administrators have no notification inbox.");
        return await grains.GetGrain<INotificationInboxGrain>(inbox).MarkReadAsync(id)
            ? TypedResults.NoContent()
            : Problems.Missing("notification", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static string? Inbox(CurrentCaller caller) =>
        caller.IsInstitutionMember ? NotificationInboxes.Institution(caller.InstitutionId!)
        : caller.IsVendor ? NotificationInboxes.Vendor(caller.VendorId!)
        : null;
}
