using System.Text.Encodings.Web;
using System.Text.Json;
using VendorGrid.Domain.Contracts.Definition;

namespace VendorGrid.Domain.Drafting;

/// <summary>A draft as JSON: <c>{ definition, unrecognized, warnings }</c>, the definition in the contract format's dialect.</summary>
public static class DraftJson
{
    private static readonly JsonSerializerOptions Readable = new(ContractJson.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    private static readonly JsonSerializerOptions Compact = new(Readable) { WriteIndented = false };

    /// <summary>Indented (for the command line and files people read) or compact (the API), Chinese kept as text.</summary>
    public static string Serialize(ContractDraft draft, bool indented = true) => JsonSerializer.Serialize(draft, indented ? Readable : Compact);
}
