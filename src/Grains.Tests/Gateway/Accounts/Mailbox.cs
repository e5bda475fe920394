using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using MimeKit;
using VendorGrid.Gateway.Accounts;
using VendorGrid.Tests.Notifications;

namespace VendorGrid.Tests.Gateway.Accounts;

/// <summary>
/// The test gateway's outgoing account e-mail, as a person reads it: the loopback SMTP server the notification tests
/// use, parsed with MimeKit. Invitation links arrive before the invitation's answer; reset links from a queue, soon after.
/// </summary>
public sealed partial class Mailbox(LoopbackSmtpServer smtp)
{
    [GeneratedRegex(@"(https?://\S+?)#([A-Za-z0-9_-]+)")]
    private static partial Regex LinkWithToken();

    /// <summary>Every account e-mail of this kind ("invitation", "password-reset") sent to the address, oldest first.</summary>
    public IReadOnlyList<MimeMessage> To(string address, string kind) =>
        smtp.Messages.Select(m => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(m.Data))))
            .Where(m => m.Headers[AccountMail.KindHeader] == kind && m.To.Mailboxes.Any(t => t.Address.Equals(address, StringComparison.OrdinalIgnoreCase)))
            .ToList();

    /// <summary>The link of the latest such e-mail (waiting up to 10 s for a queued one): its page URL and the token after '#'.</summary>
    public async Task<(string Page, string Token)> LinkAsync(string address, string kind)
    {
        var waited = Stopwatch.StartNew();
        MimeMessage? message;
        while ((message = To(address, kind).LastOrDefault()) is null)
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(10), $"no {kind} e-mail to {address}");
            await Task.Delay(50);
        }
        var match = LinkWithToken().Match(message.TextBody ?? "");
        Assert.True(match.Success, message.TextBody);
        return (match.Groups[1].Value, match.Groups[2].Value);
    }

    public async Task<string> TokenAsync(string address, string kind) => (await LinkAsync(address, kind)).Token;
}
