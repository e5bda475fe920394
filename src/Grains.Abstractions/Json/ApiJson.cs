using System.Text.Json;
using System.Text.Json.Serialization;

namespace VendorGrid.Grains.Json;

/// <summary>
/// The JSON of HTTP responses: camelCase, kebab-case enum values, money with exactly two decimals, nulls
/// written. Shared by the gateway and by contract grains, which render their large views once and cache the
/// bytes instead of shipping the whole evaluation across the grain boundary on every read.
/// </summary>
public static class ApiJson
{
    public static readonly JsonSerializerOptions Options = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.Converters.Add(new TwoDecimalPlacesConverter());
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        return options;
    }
}
