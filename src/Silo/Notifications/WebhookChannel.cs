using System.Globalization;
using System.Text;
using System.Text.Json;
using Npgsql;
using VendorGrid.Domain.Reminders;

namespace VendorGrid.Silo.Notifications;

/// <summary>
/// Calls the webhook a notification names (its address is the vg.webhooks id). Any answer but 2xx, a
/// timeout, or a robot's non-zero errcode is a failure the dispatch job retries with backoff. A destination
/// <see cref="WebhookEgress"/> refuses (internal addresses, checked again at connect time) is parked at once.
/// </summary>
public sealed class WebhookChannel(NpgsqlDataSource database, TimeProvider clock, WebhookEgress egress) : INotificationChannel
{
    private readonly HttpClient http = egress.CreateClient(TimeSpan.FromSeconds(10));

    public string Name => "webhook";

    public async Task SendAsync(PendingDelivery delivery, CancellationToken cancellationToken)
    {
        if (!long.TryParse(delivery.Address, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            throw new PermanentDeliveryException($"invalid webhook id '{delivery.Address}'");
        await using var command = database.CreateCommand("SELECT url, format, secret FROM vg.webhooks WHERE id = $1 AND active");
        command.Parameters.AddWithValue(id);
        string url, format;
        string? secret;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken)) throw new PermanentDeliveryException($"webhook {id} is gone or inactive");
            (url, format, secret) = (reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2));
        }

        var refused = Uri.TryCreate(url, UriKind.Absolute, out var parsed)
            ? WebhookAddressRules.RefuseUrl(parsed, egress.AllowLoopback)
            : "must be an absolute http(s) URL";
        if (refused is not null) throw new PermanentDeliveryException($"webhook {id} {refused}");

        var now = clock.GetUtcNow();
        var body = format switch
        {
            "wecom" => WebhookPayloads.WeCom(delivery),
            "dingtalk" => WebhookPayloads.DingTalk(delivery),
            _ => WebhookPayloads.Generic(delivery),
        };
        if (format == "dingtalk" && !string.IsNullOrEmpty(secret))
            url = WebhookPayloads.DingTalkSignedUrl(url, secret, now.ToUnixTimeMilliseconds());
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (format == "generic")
        {
            var timestamp = now.ToUnixTimeSeconds();
            request.Headers.Add(WebhookPayloads.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
            if (!string.IsNullOrEmpty(secret))
                request.Headers.Add(WebhookPayloads.SignatureHeader, WebhookPayloads.Signature(secret, timestamp, body));
        }
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException e) when (e.InnerException is WebhookAddressRefusedException refusal)
        {
            throw new PermanentDeliveryException(refusal.Message, e);
        }
        using var _ = response;
        var answer = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"webhook {id} answered {(int)response.StatusCode}");
        if (format != "generic" && RobotError(answer) is { } error)
            throw new HttpRequestException($"webhook {id} robot error: {error}");
    }

    /// <summary>WeCom and DingTalk answer 200 with {"errcode":n,"errmsg":...}; n ≠ 0 is a failure.</summary>
    private static string? RobotError(string answer)
    {
        try
        {
            using var json = JsonDocument.Parse(answer);
            return json.RootElement.TryGetProperty("errcode", out var code) && code.TryGetInt32(out var n) && n != 0
                ? $"{n} {(json.RootElement.TryGetProperty("errmsg", out var m) ? m.GetString() : "")}"
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
