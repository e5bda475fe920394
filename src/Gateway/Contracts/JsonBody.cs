using System.Globalization;
using System.Text.Json;
using VendorGrid.Domain.Validation;

namespace VendorGrid.Gateway.Contracts;

/// <summary>
/// Reads a small command body member by member, collecting one field error per member at fault (named by its JSON
/// path) instead of failing on the first, so a 422 lists everything the caller has to fix.
/// </summary>
public sealed class JsonBody(JsonElement root)
{
    public List<FieldError> Errors { get; } = [];

    public JsonElement Root => root;

    /// <summary>The body as a JSON object, or null when it is not one.</summary>
    public static async Task<JsonBody?> ReadAsync(HttpRequest request)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body);
            return document.RootElement.ValueKind == JsonValueKind.Object ? new JsonBody(document.RootElement.Clone()) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public string? Text(string member, bool required, int max)
    {
        if (!root.TryGetProperty(member, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required) Errors.Add(new(member, "is required"));
            return null;
        }
        if (value.ValueKind != JsonValueKind.String) { Errors.Add(new(member, "must be a string")); return null; }
        var text = value.GetString()!;
        if (required && string.IsNullOrWhiteSpace(text)) { Errors.Add(new(member, "must not be blank")); return null; }
        if (text.Length > max) { Errors.Add(new(member, $"must be at most {max} characters")); return null; }
        return text;
    }

    /// <summary>An ISO 8601 instant that states its offset: a time without one would be guessed into a timezone.</summary>
    public DateTimeOffset? Instant(string member)
    {
        var text = Text(member, required: true, max: 40);
        if (text is null) return null;
        var t = text.IndexOf('T');
        var hasOffset = t > 0 && (text.EndsWith('Z') || text.EndsWith('z') || text[(t + 1)..].IndexOfAny(['+', '-']) >= 0);
        if (hasOffset && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)) return instant;
        Errors.Add(new(member, "must be an ISO 8601 instant with an offset, e.g. 2016-06-30T10:00:00+08:00"));
        return null;
    }

    /// <summary>An object of numbers (points per section); each non-number is an error at <c>member.key</c>.</summary>
    public Dictionary<string, decimal>? Numbers(string member)
    {
        if (!root.TryGetProperty(member, out var value) || value.ValueKind != JsonValueKind.Object)
        {
            Errors.Add(new(member, "is required: an object of points per section id"));
            return null;
        }
        var numbers = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Number && property.Value.TryGetDecimal(out var number)) numbers[property.Name] = number;
            else Errors.Add(new($"{member}.{property.Name}", "must be a number"));
        }
        return numbers;
    }
}
