using System.Text.Json.Nodes;

namespace VendorGrid.Gateway.Contracts;

/// <summary>
/// What a vendor sees of a contract definition. Today the format holds only what both parties signed, so the
/// vendor sees it all — except contacts whose role starts with <c>internal</c> (an institution's own staff
/// listed for its own use). The projection is an allow-list: a member the format gains later (notes, internal
/// remarks) stays hidden from vendors until someone decides to add it here.
/// </summary>
public static class VendorDefinitionView
{
    private static readonly HashSet<string> SignedMembers =
    [
        "formatVersion", "id", "number", "title", "institution", "vendor", "signedOn", "effectiveOn", "term", "total", "vat",
        "currency", "claimWindowDays", "lineItems", "payments", "obligations", "penalties", "staffing", "usage", "changeBudget",
    ];

    private static readonly HashSet<string> PartyMembers = ["id", "name", "address", "contacts"];

    public static string Project(string definitionJson)
    {
        var source = JsonNode.Parse(definitionJson, documentOptions: new() { CommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true })!.AsObject();
        var view = new JsonObject();
        foreach (var (name, value) in source.Where(m => SignedMembers.Contains(m.Key)))
            view[name] = name is "institution" or "vendor" && value is JsonObject party ? Party(party) : value?.DeepClone();
        return view.ToJsonString();
    }

    private static JsonObject Party(JsonObject party)
    {
        var view = new JsonObject();
        foreach (var (name, value) in party.Where(m => PartyMembers.Contains(m.Key)))
            view[name] = name == "contacts" && value is JsonArray contacts
                ? new JsonArray([.. contacts.Where(c => !IsInternal(c)).Select(c => c?.DeepClone())])
                : value?.DeepClone();
        return view;
    }

    private static bool IsInternal(JsonNode? contact) =>
        contact is JsonObject c && c["role"]?.GetValue<string>() is { } role && role.StartsWith("internal", StringComparison.OrdinalIgnoreCase);
}
