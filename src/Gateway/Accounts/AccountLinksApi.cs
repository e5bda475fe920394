using Microsoft.AspNetCore.Http.HttpResults;
using VendorGrid.Gateway.Api;
using VendorGrid.Grains;

namespace VendorGrid.Gateway.Accounts;

public sealed record TokenRequest(string? Token);

public sealed record AcceptInvitationRequest(string? Token, string? Password);

public sealed record PasswordResetRequest(string? Email);

public sealed record CompletePasswordResetRequest(string? Token, string? Password);

/// <summary>What an invitation link offers, for the page that accepts it: who invites whom into what, and whether the address already has an account.</summary>
public sealed record InvitationView(string Email, string DisplayName, string Role, PartyName? Institution, PartyName? Vendor, bool ExistingAccount,
    DateTimeOffset ExpiresAt);

/// <summary>
/// /api/auth: what the one-time links e-mailed by the platform open — accepting an invitation and resetting a
/// password. The token travels in the body (the portal reads it from the link's fragment), never in a URL a log keeps.
/// </summary>
public static class AccountLinksApi
{
    public const string InvitationExpired = "urn:vendorgrid:problem:invitation-expired";
    public const string AlreadyMember = "urn:vendorgrid:problem:already-a-member";
    public const string ResetExpired = "urn:vendorgrid:problem:password-reset-expired";

    public static IEndpointRouteBuilder MapAccountLinks(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Sign-in");
        auth.MapPost("/invitations/inspect", InspectAsync).AllowAnonymous().WithName("InspectInvitation")
            .Documented("What an invitation offers: the invited e-mail, role and party, and whether the address already has an account", "anyone holding the invitation token",
                $"404 (urn:vendorgrid:problem:invitation-not-found) for an unknown or used token; 410 ({InvitationExpired})");
        auth.MapPost("/invitations/accept", AcceptAsync).AllowAnonymous().WithName("AcceptInvitation")
            .Documented("Accept an invitation with the token from the e-mailed link: a new address sets its password (at least 10 characters); an address " +
                "that already has an account gives that account's password, and the membership joins it", "anyone holding the invitation token",
                $"404 (urn:vendorgrid:problem:invitation-not-found) for an unknown or used token; 410 ({InvitationExpired}) after 7 days; 401 ({AuthApi.SignInFailed}) " +
                $"for a wrong password of an existing account; 429 ({AuthApi.SignInThrottled}); 409 ({AlreadyMember}); {EndpointDocs.Invalid} (token, password)");
        auth.MapPost("/password-reset", RequestResetAsync).AllowAnonymous().WithName("RequestPasswordReset")
            .Documented("Ask for a password reset link for an e-mail address: 202 whether or not it has an account; an enabled account gets a link " +
                "(valid 60 minutes, one per 5 minutes)", "anyone", $"{EndpointDocs.Invalid} (email); 503 (urn:vendorgrid:problem:mail-not-configured)");
        auth.MapPost("/password-reset/complete", CompleteResetAsync).AllowAnonymous().WithName("CompletePasswordReset")
            .Documented("Set a new password with the token from the e-mailed link; every session of the account ends", "anyone holding the reset token",
                $"404 (urn:vendorgrid:problem:password-reset-not-found) for an unknown or used token; 410 ({ResetExpired}); {EndpointDocs.Invalid} (token, password)");
        return app;
    }

    public static ProblemHttpResult? PasswordProblem(string? password) =>
        password is null || password.Length < AuthApi.MinimumPasswordLength || password.Length > AuthApi.MaximumPasswordLength
            ? Problems.Invalid("password", $"must be {AuthApi.MinimumPasswordLength} to {AuthApi.MaximumPasswordLength} characters") : null;

    private static ProblemHttpResult? TokenProblem(string? token) =>
        string.IsNullOrEmpty(token) || token.Length > 100 ? Problems.Invalid("token", "is required: the part of the e-mailed link after '#'") : null;

    public static async Task<Results<Ok<InvitationView>, ProblemHttpResult>> InspectAsync(
        TokenRequest body, HttpContext http, InvitationStore invitations, AccountStore accounts, IGrainFactory grains)
    {
        if (TokenProblem(body.Token) is { } problem) return problem;
        if (await invitations.FindAsync(body.Token!, http.RequestAborted) is not { } invitation) return Problems.Missing("invitation", "(token)");
        if (invitations.IsExpired(invitation)) return Expired();
        var existing = await accounts.FindByUsernameAsync(invitation.Email, http.RequestAborted) is not null;
        return TypedResults.Ok(new InvitationView(invitation.Email, invitation.DisplayName, invitation.Role,
            invitation.InstitutionId is { } i ? new PartyName(i, await Parties.InstitutionNameAsync(grains, i) ?? i) : null,
            invitation.VendorId is { } v ? new PartyName(v, await Parties.VendorNameAsync(grains, v) ?? v) : null, existing, invitation.ExpiresAt));
    }

    public static async Task<Results<Created<SignedInUser>, ProblemHttpResult>> AcceptAsync(
        AcceptInvitationRequest body, HttpContext http, InvitationStore invitations, AccountStore accounts, IGrainFactory grains)
    {
        if ((TokenProblem(body.Token) ?? PasswordProblem(body.Password)) is { } problem) return problem;
        var result = await invitations.AcceptAsync(body.Token!, body.Password!, AuthApi.ClientOf(http), http.RequestAborted);
        return result.Outcome switch
        {
            AcceptOutcome.Accepted => TypedResults.Created($"/api/users/{result.Member!.Membership.Id}",
                await AuthApi.DescribeAsync(result.Member, accounts, grains, http.RequestAborted)),
            AcceptOutcome.Expired => Expired(),
            AcceptOutcome.SignInFailed => AuthApi.Failed(),
            AcceptOutcome.Throttled => AuthApi.Throttled(http, result.RetryAfter!.Value),
            AcceptOutcome.AlreadyMember => Problems.InConflict("This account is already a member of the party the invitation is for.", AlreadyMember),
            _ => Problems.Missing("invitation", "(token)"),
        };
    }

    private static ProblemHttpResult Expired() => TypedResults.Problem(statusCode: StatusCodes.Status410Gone, title: "邀请已过期 / Invitation expired",
        detail: "This invitation has expired; ask for a new one.", type: InvitationExpired);

    public static async Task<Results<Accepted, ProblemHttpResult>> RequestResetAsync(
        PasswordResetRequest body, HttpContext http, PasswordResets resets, AccountMail mail)
    {
        if (UsersApi.EmailProblem(body.Email) is { } problem) return problem;
        if (!mail.CanSend) return MailNotConfigured();
        if (await resets.RequestAsync(body.Email!.Trim(), http.RequestAborted) is { } reset)
            mail.Enqueue(mail.Compose("password-reset", reset.Account.Username, "VendorGrid 重置密码 / Reset your password",
                $"""
                {reset.Account.DisplayName}，您好：

                有人为您的 VendorGrid 账户 {reset.Account.Username} 申请了重置密码。如是您本人，请在 60 分钟内打开以下链接设置新密码（仅可使用一次）：
                {mail.Link($"/reset-password#{reset.Token}")}
                如非本人操作，请忽略本邮件，您的密码不会改变。

                Someone asked to reset the password of your VendorGrid account {reset.Account.Username}. If it was you, open the link above
                within 60 minutes to set a new one (it works once). Otherwise ignore this e-mail: your password stays as it is.
                """));
        return TypedResults.Accepted((string?)null);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> CompleteResetAsync(
        CompletePasswordResetRequest body, HttpContext http, PasswordResets resets)
    {
        if ((TokenProblem(body.Token) ?? PasswordProblem(body.Password)) is { } problem) return problem;
        return await resets.CompleteAsync(body.Token!, body.Password!, http.RequestAborted) switch
        {
            ResetOutcome.Done => TypedResults.NoContent(),
            ResetOutcome.Expired => TypedResults.Problem(statusCode: StatusCodes.Status410Gone, title: "链接已过期 / Link expired",
                detail: "This reset link has expired; ask for a new one.", type: ResetExpired),
            _ => Problems.Missing("password reset", "(token)"),
        };
    }

    public static ProblemHttpResult MailNotConfigured() => TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable,
        title: "邮件未配置 / E-mail not configured",
        detail: "This deployment cannot send e-mail: set VG_PUBLIC_URL and VG_SMTP_HOST (or VG_MAIL_DIR in development).",
        type: "urn:vendorgrid:problem:mail-not-configured");
}
