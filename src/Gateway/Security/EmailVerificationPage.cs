using System.Net;
using System.Security.Cryptography;
using System.Text;
using Npgsql;
using VendorGrid.Domain.Reminders;

namespace VendorGrid.Gateway.Security;

/// <summary>
/// Where the link in a verification e-mail leads (the silo's EmailVerification sends it). GET only shows a button, so a
/// mail scanner that fetches every link verifies nothing; the POST from that button marks the address verified, after
/// which the address gets its notifications. Plain HTML outside /api (a browser page, not an API: no cookie, no CSRF
/// header needed, no token in the audit trail), no script. The token is the credential and is compared as its SHA-256.
/// </summary>
public static class EmailVerificationPage
{
    public const string Path = "/verify-email";

    public static IEndpointRouteBuilder MapEmailVerification(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, (string? token) => Page("确认邮箱 / Confirm your e-mail address", token is { Length: > 0 and <= 100 }
            ? $"""<form method="post" action="{Path}"><input type="hidden" name="token" value="{WebUtility.HtmlEncode(token)}"><button type="submit">确认 / Confirm</button></form>"""
            : "<p>链接不完整 / The link is incomplete.</p>", StatusCodes.Status200OK)).AllowAnonymous().ExcludeFromDescription();
        app.MapPost(Path, ConfirmAsync).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> ConfirmAsync(HttpRequest request, NpgsqlDataSource database, TimeProvider clock)
    {
        var token = request.HasFormContentType ? (await request.ReadFormAsync(request.HttpContext.RequestAborted))["token"].ToString() : "";
        if (token is not { Length: > 0 and <= 100 })
            return Page("链接无效 / Invalid link", "<p>链接无效或已过期。 / The link is invalid or has expired.</p>", StatusCodes.Status404NotFound);
        var now = clock.GetUtcNow().ToUniversalTime();
        await using var command = database.CreateCommand("""
            UPDATE vg.email_addresses SET verified_at = $2, token_hash = NULL
             WHERE token_hash = $1 AND verified_at IS NULL AND requested_at > $3
            RETURNING address
            """);
        command.Parameters.AddWithValue(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
        command.Parameters.AddWithValue(now);
        command.Parameters.AddWithValue(now - RecipientLimits.VerificationLinkLifetime);
        return await command.ExecuteScalarAsync(request.HttpContext.RequestAborted) is string address
            ? Page("邮箱已确认 / Address confirmed", $"<p>{WebUtility.HtmlEncode(address)} 将收到到期提醒。 / will receive deadline reminders.</p>", StatusCodes.Status200OK)
            : Page("链接无效 / Invalid link", "<p>链接无效或已过期。 / The link is invalid or has expired.</p>", StatusCodes.Status404NotFound);
    }

    private static IResult Page(string title, string body, int status) => TypedResults.Content(
        $"""<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>{title}</title></head><body><h1>{title}</h1>{body}</body></html>""",
        "text/html; charset=utf-8", Encoding.UTF8, status);
}
