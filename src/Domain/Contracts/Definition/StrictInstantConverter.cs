using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VendorGrid.Domain.Contracts.Definition;

/// <summary>
/// Instants must say which offset they are in ("2026-03-27T10:00:00+08:00" or "...Z"). A bare local time
/// would be read in the server's zone and silently move a deadline by hours, so it is rejected.
/// </summary>
public sealed class StrictInstantConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString() ?? throw new JsonException("an ISO 8601 instant with an offset is required");
        if (!HasOffset(text) || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
            throw new JsonException($"'{text}' is not an ISO 8601 instant with an offset (e.g. 2026-03-27T10:00:00+08:00)");
        return value;
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", CultureInfo.InvariantCulture));  // sub-seconds only when present

    private static bool HasOffset(string text)
    {
        var t = text.IndexOf('T');
        if (t < 0) return false;
        var time = text.AsSpan(t + 1);
        return time.EndsWith("Z", StringComparison.OrdinalIgnoreCase) || time.Contains('+') || time.Contains('-');
    }
}
