using System.Collections.Immutable;
using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using VendorGrid.Gateway.Api;
using VendorGrid.Gateway.Tenancy;
using VendorGrid.Domain.Reminders;
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
            .Documented($"The caller's inbox, newest first; ?unread=true for the ones this user has not read ({EndpointDocs.Paged})",
                Inboxes, $"{EndpointDocs.Invalid} (unread, limit, cursor)");
        group.MapPost("/{id:long}/read", MarkReadAsync).WithName("MarkNotificationRead")
            .Documented("Mark one of the caller's party's notifications read for this user only (idempotent; colleagues still see it unread)",
                Inboxes, "404 (urn:vendorgrid:problem:notification-not-found) when it does not exist *or is another party's* — the same answer");
        group.MapPost("/feeds", CreateFeedAsync).WithName("CreateCalendarFeed").AnswersWithSecret()
            .WithSummary("A secret iCalendar URL of the caller's party's open deadlines (Idempotency-Key is not honoured: the URL is never stored)");
        group.MapDelete("/feeds/{token}", RevokeFeedAsync).WithName("RevokeCalendarFeed").KeepsRouteValuesSecret("token")
            .WithSummary("Revoke one of the caller's party's iCalendar URLs");
        group.MapGet("/webhooks", ListWebhooksAsync).WithName("ListWebhooks")
            .Documented($"The caller's party's webhooks, oldest first ({EndpointDocs.Paged})", "institution-admin, vendor", $"{EndpointDocs.Invalid} (limit, cursor)");
        group.MapPost("/webhooks", AddWebhookAsync).WithName("AddWebhook")
            .WithSummary("Add a webhook: generic (HMAC-signed JSON), wecom or dingtalk robot (institution-admin, vendor)")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapDelete("/webhooks/{id:long}", RemoveWebhookAsync).WithName("RemoveWebhook")
            .WithSummary("Deactivate one of the party's webhooks (institution-admin, vendor)");
        group.MapGet("/policy", GetPolicyAsync).WithName("GetReminderPolicy")
            .WithSummary("The institution's reminder policy (institution roles)");
        group.MapPut("/policy", SetPolicyAsync).WithName("SetReminderPolicy")
            .WithSummary("Set the institution's reminder policy (institution-admin)")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        // Calendar apps send no credentials: the secret token in the URL is the credential, until revoked.
        app.MapGet("/api/notifications/feeds/{token}.ics", FeedAsync).AllowAnonymous().WithTags("Notifications")
            .WithName("GetCalendarFeed").WithSummary("The iCalendar feed behind a secret URL (no token needed)");
        return app;
    }

    private const string Inboxes = "institution-admin, institution-staff (their institution's inbox), vendor (its own); not platform-admin";

    public sealed record CalendarFeedCreated(string Token, string Url);

    public sealed record WebhookRequest(string? Url, string? Format, string? Secret);

    public sealed record ReminderOffsetRequest(int Amount, ReminderUnit Unit);

    public sealed record ReminderPolicyRequest(ImmutableArray<ReminderOffsetRequest>? Before, bool? AtDue, bool? DailyWhileLate);

    private static readonly string[] WebhookFormats = ["generic", "wecom", "dingtalk"];

    /// <summary>Who may manage a party's webhooks: its institution's admins, or the vendor.</summary>
    private static string? WebhookOwner(CurrentCaller caller) =>
        caller.Role == CallerRoles.InstitutionAdmin || caller.IsVendor ? Inbox(caller) : null;

    public static async Task<Results<Ok<WebhookView[]>, ProblemHttpResult>> ListWebhooksAsync(
        string? limit, string? cursor, HttpContext http, CurrentCaller caller, IGrainFactory grains)
    {
        if (WebhookOwner(caller) is not { } owner) return Problems.Refused("Only institution admins and vendors manage webhooks.");
        if (PageRequest.TryRead(limit, cursor, out var problem) is not { } page) return Problems.Invalid(problem.Path, problem.Message);
        var webhooks = await grains.GetGrain<INotificationInboxGrain>(owner).ListWebhooksAsync();
        return page.ApplyInOrder(webhooks, w => w.Id.ToString(CultureInfo.InvariantCulture), http) is { } shown
            ? TypedResults.Ok(shown)
            : Problems.Invalid("cursor", "is not a cursor this API returned");
    }

    public static async Task<Results<Created<WebhookView>, ProblemHttpResult>> AddWebhookAsync(
        WebhookRequest body, CurrentCaller caller, IGrainFactory grains, IConfiguration configuration, CancellationToken cancellationToken)
    {
        if (WebhookOwner(caller) is not { } owner) return Problems.Refused("Only institution admins and vendors manage webhooks.");
        if (!Uri.TryCreate(body.Url, UriKind.Absolute, out var url)) return Problems.Invalid("url", "must be an absolute http(s) URL");
        if (await WebhookDestinationProblemAsync(url, configuration, cancellationToken) is { } refused) return Problems.Invalid("url", refused);
        var format = body.Format ?? "generic";
        if (!WebhookFormats.Contains(format)) return Problems.Invalid("format", "must be generic, wecom or dingtalk");
        if (body.Secret is { Length: > 200 }) return Problems.Invalid("secret", "must be at most 200 characters");
        if (await grains.GetGrain<INotificationInboxGrain>(owner).AddWebhookAsync(url.AbsoluteUri, format, body.Secret) is not { } added)
            return Problems.Invalid("url", $"at most {RecipientLimits.WebhooksPerParty} active webhooks per institution or vendor; remove one first");
        return TypedResults.Created($"/api/notifications/webhooks/{added.Id}", added);
    }

    /// <summary>
    /// SSRF guard at registration: the scheme, a literal address, and what the name resolves to now. A name that does
    /// not resolve yet is accepted, because the silo checks every address again when it connects (DNS rebinding).
    /// </summary>
    private static async Task<string?> WebhookDestinationProblemAsync(Uri url, IConfiguration configuration, CancellationToken cancellationToken)
    {
        var allowLoopback = string.Equals(configuration["VG_WEBHOOK_ALLOW_LOOPBACK"], "true", StringComparison.OrdinalIgnoreCase);
        if (WebhookAddressRules.RefuseUrl(url, allowLoopback) is { } refused) return refused;
        if (url.HostNameType is not UriHostNameType.Dns) return null;
        System.Net.IPAddress[] addresses;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            addresses = await System.Net.Dns.GetHostAddressesAsync(url.IdnHost, timeout.Token);
        }
        catch (Exception e) when (e is System.Net.Sockets.SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return null;
        }
        return addresses.Select(a => WebhookAddressRules.RefuseAddress(a, allowLoopback)).FirstOrDefault(r => r is not null);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RemoveWebhookAsync(long id, CurrentCaller caller, IGrainFactory grains)
    {
        if (WebhookOwner(caller) is not { } owner) return Problems.Refused("Only institution admins and vendors manage webhooks.");
        return await grains.GetGrain<INotificationInboxGrain>(owner).RemoveWebhookAsync(id)
            ? TypedResults.NoContent()
            : Problems.Missing("webhook", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public static async Task<Results<Ok<ReminderPolicy>, ProblemHttpResult>> GetPolicyAsync(CurrentCaller caller, IGrainFactory grains)
    {
        if (!caller.IsInstitutionMember) return Problems.Refused("Reminder policies belong to institutions.");
        return TypedResults.Ok(await grains.GetGrain<INotificationInboxGrain>(Inbox(caller)!).GetReminderPolicyAsync());
    }

    public static async Task<Results<Ok<ReminderPolicy>, ProblemHttpResult>> SetPolicyAsync(ReminderPolicyRequest body, CurrentCaller caller, IGrainFactory grains)
    {
        if (caller.Role != CallerRoles.InstitutionAdmin) return Problems.Refused("Only an institution's administrators set its reminder policy.");
        var before = body.Before ?? [];
        if (before.Length > 10) return Problems.Invalid("before", "at most 10 reminder points");
        for (var i = 0; i < before.Length; i++)
            if (before[i].Amount is < 1 or > 366) return Problems.Invalid($"before[{i}].amount", "must be 1 to 366 days");
        var policy = new ReminderPolicy([.. before.Select(b => new ReminderOffset(b.Amount, b.Unit))], body.AtDue ?? true, body.DailyWhileLate ?? true);
        var inbox = grains.GetGrain<INotificationInboxGrain>(Inbox(caller)!);
        await inbox.SetReminderPolicyAsync(policy);
        return TypedResults.Ok(await inbox.GetReminderPolicyAsync());
    }

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

    /// <summary>Newest first; the cursor is the last id served (ids only grow, so a new notification never shifts a page).</summary>
    public static async Task<Results<Ok<ImmutableArray<NotificationView>>, ProblemHttpResult>> ListAsync(
        string? unread, string? limit, string? cursor, HttpContext http, CurrentCaller caller, IGrainFactory grains)
    {
        if (Inbox(caller) is not { } inbox) return Problems.Refused("Platform administrators have no notification inbox.");
        if (!bool.TryParse(unread ?? "false", out var unreadOnly)) return Problems.Invalid("unread", "must be true or false");
        if (PageRequest.TryRead(limit, cursor, out var problem) is not { } page) return Problems.Invalid(problem.Path, problem.Message);
        long? before = null;
        if (page.After is not null)
        {
            if (!long.TryParse(page.After, NumberStyles.None, CultureInfo.InvariantCulture, out var id)) return Problems.Invalid("cursor", "is not a cursor this API returned");
            before = id;
        }
        var listed = await grains.GetGrain<INotificationInboxGrain>(inbox).ListAsync(Reader(caller), unreadOnly, before, page.Limit + 1);
        if (listed.Length <= page.Limit) return TypedResults.Ok(listed);
        var shown = listed[..page.Limit];
        page.Link(http, shown[^1].Id.ToString(CultureInfo.InvariantCulture));
        return TypedResults.Ok(shown);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> MarkReadAsync(long id, CurrentCaller caller, IGrainFactory grains)
    {
        if (Inbox(caller) is not { } inbox) return Problems.Refused("Platform administrators have no notification inbox.");
        return await grains.GetGrain<INotificationInboxGrain>(inbox).MarkReadAsync(id, Reader(caller))
            ? TypedResults.NoContent()
            : Problems.Missing("notification", id.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Whose read state: the user behind the token (its subject), within the party the inbox belongs to.</summary>
    private static string Reader(CurrentCaller caller) => caller.Subject ?? caller.Name;

    private static string? Inbox(CurrentCaller caller) =>
        caller.IsInstitutionMember ? NotificationInboxes.Institution(caller.InstitutionId!)
        : caller.IsVendor ? NotificationInboxes.Vendor(caller.VendorId!)
        : null;
}
