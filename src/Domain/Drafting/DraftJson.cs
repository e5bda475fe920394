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

    /// <summary>Indented, with Chinese kept as text: for the command line and files people read.</summary>
    public static string Serialize(ContractDraft draft) => JsonSerializer.Serialize(draft, Readable);
}
