using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace VendorGrid.Silo.Notifications;

/// <summary>The three webhook formats and their signatures, as pure functions.</summary>
public static class WebhookPayloads
{
    public const string TimestampHeader = "X-VendorGrid-Timestamp", SignatureHeader = "X-VendorGrid-Signature";

    /// <summary>Generic JSON: what a receiver needs to act, plus the operation key to deduplicate by.</summary>
    public static string Generic(PendingDelivery d) => JsonSerializer.Serialize(new
    {
        operationKey = d.OperationKey,
        contract = d.ContractKey,
        obligation = d.ObligationId,
        point = d.Point,
        recipient = d.Recipient,
        title = d.Title,
        body = d.Body,
        dueAt = d.DueAt.ToOffset(TimeSpan.FromHours(8)),
    });

    /// <summary>企业微信 group robot: a markdown message.</summary>
    public static string WeCom(PendingDelivery d) => JsonSerializer.Serialize(new
    {
        msgtype = "markdown",
        markdown = new { content = $"**{d.Title}**\n{d.Body}" },
    });

    /// <summary>钉钉 group robot: a text message.</summary>
    public static string DingTalk(PendingDelivery d) => JsonSerializer.Serialize(new
    {
        msgtype = "text",
        text = new { content = $"{d.Title}\n{d.Body}" },
    });

    /// <summary>Hex HMAC-SHA256 of <c>{timestamp}.{body}</c>; the receiver recomputes it and rejects stale timestamps.</summary>
    public static string Signature(string secret, long timestamp, string body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret),
            Encoding.UTF8.GetBytes($"{timestamp.ToString(CultureInfo.InvariantCulture)}.{body}")));

    /// <summary>DingTalk's own robot signature: base64 HMAC-SHA256 of "{timestamp ms}\n{secret}", appended to the URL.</summary>
    public static string DingTalkSignedUrl(string url, string secret, long timestampMs)
    {
        var toSign = $"{timestampMs.ToString(CultureInfo.InvariantCulture)}\n{secret}";
        var sign = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(toSign)));
        return $"{url}{(url.Contains('?', StringComparison.Ordinal) ? '&' : '?')}timestamp={timestampMs.ToString(CultureInfo.InvariantCulture)}&sign={Uri.EscapeDataString(sign)}";
    }
}
