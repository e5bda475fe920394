using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;

namespace VendorGrid.Grains.Json;

/// <summary>
/// The JSON of HTTP responses: camelCase, kebab-case enum values, money with exactly two decimals, nulls
/// written, Chinese text as itself. Shared by the gateway and by contract grains, which render their large views
/// once and cache the bytes instead of shipping the whole evaluation across the grain boundary on every read.
/// </summary>
public static class ApiJson
{
    /// <summary>
    /// The default encoder writes everything outside ASCII as \uXXXX: a Chinese title grows from 3 UTF-8 bytes a
    /// character to 6 and nobody can read it in a log or curl (the grains' rendered views did this), while ASP.NET
    /// Core's own default for the gateway's responses was UnsafeRelaxedJsonEscaping, which writes &lt; &gt; &amp; raw.
    /// This one, for both, lets every (BMP) character through as UTF-8 but escapes the HTML-sensitive ones
    /// (&lt; &gt; &amp; ' " + `) and control characters, so a response some client ever mistakes for HTML carries no
    /// markup; they are rare in this data, so it costs a few bytes. Characters outside the BMP (emoji, CJK
    /// Extension B) stay escaped: the encoder does not allow surrogate pairs.
    /// </summary>
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    // After Encoder: static fields initialize in textual order, and Configure reads it.
    public static readonly JsonSerializerOptions Options = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.Encoder = Encoder;
        options.Converters.Add(new TwoDecimalPlacesConverter());
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        options.TypeInfoResolver = (options.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(OmitAbsentMembersOfEvents);
        return options;
    }

    /// <summary>
    /// A fact (or any contract event) shows the members its kind has and it carries: one kind's optional members are
    /// absent, not a row of nulls, so each kind reads as its own schema (issue 15).
    /// </summary>
    private static void OmitAbsentMembersOfEvents(JsonTypeInfo info)
    {
        if (!typeof(VendorGrid.Domain.Contracts.ContractEvent).IsAssignableFrom(info.Type) || info.Kind != JsonTypeInfoKind.Object) return;
        foreach (var property in info.Properties) property.ShouldSerialize = static (_, value) => value is not null;
    }
}
