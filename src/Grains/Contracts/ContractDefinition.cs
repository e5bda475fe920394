using System.Globalization;
using System.Text.Json;

namespace VendorGrid.Grains.Contracts;

/// <summary>
/// Reads the minimal fields of a contract definition (the seed JSON format) into a <see cref="ContractSummary"/>.
/// Unknown fields are ignored: the full format belongs to the contract engine. Each problem is one line.
/// </summary>
public static class ContractDefinition
{
    public static bool TryReadSummary(string json, out ContractSummary summary, out string problem)
    {
        summary = new ContractSummary();
        try
        {
            using var document = JsonDocument.Parse(json);
            summary = Read(document.RootElement);
            problem = Validate(summary) ?? "";
            return problem.Length == 0;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            problem = $"invalid contract definition: {e.Message}";
            return false;
        }
    }

    private static ContractSummary Read(JsonElement root) => new()
    {
        Id = Text(root, "id"),
        Number = Text(root, "number"),
        Title = Text(root, "title"),
        Institution = Party(Required(root, "institution")),
        Vendor = Party(Required(root, "vendor")),
        Start = Date(Required(root, "term"), "start"),
        End = Date(Required(root, "term"), "end"),
        Total = Required(root, "total").GetDecimal(),
    };

    private static string? Validate(ContractSummary s) =>
        !GrainKeys.IsContractId(s.Id) ? $"id '{s.Id}' must be a lowercase slug with a hyphen, at most 100 characters"
        : s.Number.Length == 0 ? "number is required"
        : s.Title.Length == 0 ? "title is required"
        : !GrainKeys.IsPartyId(s.Institution.Id) ? $"institution.id '{s.Institution.Id}' must be a USCC or a slug"
        : !GrainKeys.IsPartyId(s.Vendor.Id) ? $"vendor.id '{s.Vendor.Id}' must be a USCC or a slug"
        : s.Institution.Name.Length == 0 || s.Vendor.Name.Length == 0 ? "institution.name and vendor.name are required"
        : s.End < s.Start ? $"term.end {s.End:yyyy-MM-dd} is before term.start {s.Start:yyyy-MM-dd}"
        : s.Total <= 0 ? "total must be a positive amount in CNY"
        : null;

    private static PartyRef Party(JsonElement party) => new() { Id = Text(party, "id"), Name = Text(party, "name") };

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!.Trim()
            : "";

    private static DateOnly Date(JsonElement element, string name) =>
        DateOnly.TryParseExact(Text(element, name), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new FormatException($"term.{name} must be an ISO date (yyyy-MM-dd)");

    private static JsonElement Required(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value
            : throw new FormatException($"{name} is required");
}
