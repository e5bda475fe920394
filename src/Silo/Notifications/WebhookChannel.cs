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
/// The answer is read up to <see cref="RecipientLimits.MaxWebhookAnswerBytes"/> (enough for a robot's errcode) and the
/// whole call, answer included, must finish within the timeout: a receiver streaming gigabytes, or one byte a second,
/// costs the silo 64 KiB and ten seconds at most.
/// </summary>
public sealed class WebhookChannel(NpgsqlDataSource database, TimeProvider clock, WebhookEgress egress, TimeSpan? timeout = null) : INotificationChannel
{
    private readonly HttpClient http = egress.CreateClient(Timeout.InfiniteTimeSpan);
    private readonly TimeSpan timeout = timeout ?? RecipientLimits.WebhookTimeout;

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
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        HttpResponseMessage response;
        string answer;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
            using var _ = response;
            answer = await ReadCappedAsync(response.Content, deadline.Token);
        }
        catch (HttpRequestException e) when (e.InnerException is WebhookAddressRefusedException refusal)
        {
            throw new PermanentDeliveryException(refusal.Message, e);
        }
        catch (OperationCanceledException e) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"webhook {id} did not answer within {timeout.TotalSeconds:0} s", e);
        }
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"webhook {id} answered {(int)response.StatusCode}");
        if (format != "generic" && RobotError(answer) is { } error)
            throw new HttpRequestException($"webhook {id} robot error: {error}");
    }

    /// <summary>The first <see cref="RecipientLimits.MaxWebhookAnswerBytes"/> of the answer; the rest is never read.</summary>
    private static async Task<string> ReadCappedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var buffer = new byte[RecipientLimits.MaxWebhookAnswerBytes];
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        var length = 0;
        while (length < buffer.Length && await stream.ReadAsync(buffer.AsMemory(length), cancellationToken) is var read and > 0)
            length += read;
        return Encoding.UTF8.GetString(buffer, 0, length);
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
