using System.Globalization;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Reminders;
using VendorGrid.Domain.Time;

namespace VendorGrid.Grains.Reminders;

/// <summary>Who is reminded of an obligation, on which channels, and with which operation keys.</summary>
public static class ReminderNotifications
{
    public const string InboxChannel = "inbox", EmailChannel = "email", WebhookChannel = "webhook";

    /// <summary>The portal inbox of the party who must act: the vendor for its obligations, the institution for client-side ones.</summary>
    public static string Inbox(ContractSummary summary, ObligationParty party) =>
        party == ObligationParty.Vendor ? $"vendor:{summary.Vendor.Id}" : $"institution:{summary.Institution.Id}";

    /// <summary><c>{contract}:{obligation}:{reminder point}:{recipient}:{channel}</c>, unique in vg.notifications.</summary>
    public static string OperationKey(string contractKey, string obligationId, string point, string recipient, string channel) =>
        $"{contractKey}:{obligationId}:{point}:{recipient}:{channel}";

    /// <summary>
    /// One notification in the acting party's inbox, one e-mail to each of its contacts with an address, and one call of each of its webhooks:
    /// every vendor contact for a vendor obligation, the institution's owner of the contract for a client one.
    /// </summary>
    public static IEnumerable<NewNotification> For(string contractKey, ContractDefinition definition, ContractSummary summary,
        ObligationInstance obligation, DateTimeOffset dueAt, ReminderPoint point, DateTimeOffset now, IReadOnlyList<long> webhooks)
    {
        var (title, body) = Text(summary, obligation, dueAt, point);
        var inbox = Inbox(summary, obligation.Party);
        yield return new(OperationKey(contractKey, obligation.Id, point.Key, inbox, InboxChannel),
            obligation.Id, point.Key, inbox, InboxChannel, null, title, body, dueAt, now);
        foreach (var email in EmailsFor(definition, obligation.Party))
            yield return new(OperationKey(contractKey, obligation.Id, point.Key, email, EmailChannel),
                obligation.Id, point.Key, inbox, EmailChannel, email, title, body, dueAt, now);
        foreach (var webhook in webhooks)
            yield return new(OperationKey(contractKey, obligation.Id, point.Key, $"webhook-{webhook}", WebhookChannel),
                obligation.Id, point.Key, inbox, WebhookChannel, webhook.ToString(CultureInfo.InvariantCulture), title, body, dueAt, now);
    }

    /// <summary>The e-mail addresses of the party who acts: every vendor contact, or the institution's owners of the contract (all its contacts when it names none).</summary>
    public static IEnumerable<string> EmailsFor(ContractDefinition definition, ObligationParty party)
    {
        IEnumerable<Contact> contacts = definition.Vendor.Contacts;
        if (party == ObligationParty.Client)
        {
            var owners = definition.Institution.Contacts.Where(c => c.Role == "owner").ToList();
            contacts = owners.Count > 0 ? owners : definition.Institution.Contacts;
        }
        return contacts.Select(c => c.Email?.Trim()).OfType<string>().Where(e => e.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase);
    }

    private static (string Title, string Body) Text(ContractSummary summary, ObligationInstance obligation, DateTimeOffset dueAt, ReminderPoint point)
    {
        var due = ShanghaiTime.ToLocal(dueAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var when = point.Key switch
        {
            "due" => "今日到期",
            var k when k.StartsWith("late-", StringComparison.Ordinal) => $"已逾期 {k["late-".Length..]} 天",
            _ => "即将到期",
        };
        return ($"{obligation.Title}：{when}",
            $"合同《{summary.Title}》（{summary.Number}）的义务“{obligation.Title}”截止于 {due}（北京时间），{when}。");
    }
}
