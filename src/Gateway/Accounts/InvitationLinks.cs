using Microsoft.AspNetCore.Http.HttpResults;
using VendorGrid.Gateway.Tenancy;
using VendorGrid.Grains;

namespace VendorGrid.Gateway.Accounts;

/// <summary>
/// Creates an invitation and e-mails its one-time link to the invited address while the inviter waits, so a mail
/// server that refuses is the inviter's 503 to see (the invitation then lapses unused: its token went nowhere).
/// </summary>
public sealed class InvitationLinks(InvitationStore invitations, AccountStore accounts, AccountMail mail, IGrainFactory grains, ILogger<InvitationLinks> log)
{
    public async Task<Results<Created<InvitationCreated>, ProblemHttpResult>> InviteAsync(
        string email, string displayName, string role, string? institution, string? vendor, CurrentCaller inviter, CancellationToken cancel)
    {
        if (!mail.CanSend) return AccountLinksApi.MailNotConfigured();
        if (await accounts.IsMemberAsync(email, institution, vendor, cancel))
            return Problems.InConflict("This e-mail address already belongs to a user of this party.", AccountLinksApi.AlreadyMember);
        var hasAccount = await accounts.FindByUsernameAsync(email, cancel) is not null;
        var (invitation, token) = await invitations.CreateAsync(email, displayName, role, institution, vendor, inviter.Identity, cancel);
        var party = institution is not null ? await Parties.InstitutionNameAsync(grains, institution) ?? institution
            : vendor is not null ? await Parties.VendorNameAsync(grains, vendor) ?? vendor : "VendorGrid";
        var link = mail.Link($"/accept-invitation#{token}");
        var howTo = hasAccount
            ? ("您已有 VendorGrid 账户，接受时请输入现有密码，该身份将加入您的账户。", "You already have a VendorGrid account: accept with its password and this role joins it.")
            : ("接受时请设置您的密码，用户名为本邮箱地址。", "Accept by choosing your password; your username is this e-mail address.");
        var message = mail.Compose("invitation", email, $"VendorGrid 邀请：{party} / Invitation to {party}", $"""
            {displayName}，您好：

            {inviter.Name} 邀请您以“{RoleName(role)}”身份加入 {party}。请在 {invitation.ExpiresAt.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm}（北京时间）前打开以下链接（仅可使用一次）：
            {link}
            {howTo.Item1}

            {inviter.Name} invites you to {party} as {role}. Open the link above before it expires (it works once). {howTo.Item2}
            """);
        try
        {
            await mail.SendAsync(message, cancel);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning("An invitation e-mail could not be sent: {Reason}", e.Message);
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "邀请邮件未能发送 / Invitation not sent",
                detail: "The mail server did not take the invitation; try again later.", type: "urn:vendorgrid:problem:mail-not-sent");
        }
        return TypedResults.Created($"/api/users/invitations/{invitation.Id}", new InvitationCreated(invitation.Id, invitation.Email, invitation.ExpiresAt));
    }

    private static string RoleName(string role) => role switch
    {
        CallerRoles.InstitutionAdmin => "机构管理员",
        CallerRoles.InstitutionStaff => "机构职员",
        CallerRoles.Vendor => "供应商用户",
        _ => role,
    };
}
