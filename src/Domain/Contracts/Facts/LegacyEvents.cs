using System.Text.Json;
using System.Text.Json.Nodes;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Ledger;

namespace VendorGrid.Domain.Contracts.Facts;

/// <summary>
/// Reads what vg.contract_facts holds, whatever version wrote it. Rows written before issue 15 are the one flat fact
/// record of 41 optional members: the reporter was two strings (<c>recordedBy</c>, <c>reportedBy</c>), members a kind
/// does not use could be present, and ledger decisions were facts (<c>ledger-confirmed</c>, …). Those are upcast to the
/// typed kinds and to <see cref="EntryDecided"/>; rows written since are read as they are.
/// </summary>
public static class LegacyEvents
{
    private static readonly Dictionary<string, LedgerAction> Decisions = new(StringComparer.Ordinal)
    {
        ["ledger-confirmed"] = LedgerAction.Confirm, ["ledger-waived"] = LedgerAction.Waive,
        ["ledger-disputed"] = LedgerAction.Dispute, ["ledger-reversed"] = LedgerAction.Reverse,
    };

    private static readonly Dictionary<string, Type> Kinds = DerivedTypes();

    public static ContractEvent Read(string json)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        var type = (string?)node["type"] ?? throw new JsonException("a stored event without a type");
        if (Decisions.TryGetValue(type, out var action)) return Decision(node, action);
        if (!node.ContainsKey("recordedBy") && !node.ContainsKey("reportedBy")) return node.Deserialize<ContractEvent>(ContractJson.Options)!;
        return Fact(node, type);
    }

    private static ContractEvent Fact(JsonObject node, string type)
    {
        var user = (string?)node["recordedBy"];
        var party = (string?)node["reportedBy"];
        node.Remove("recordedBy");
        node.Remove("reportedBy");
        if (party is not null || user is not null)
            node["reporter"] = new JsonObject { ["party"] = party ?? "institution", ["user"] = user ?? party ?? "unknown" };
        // Members the flat record allowed on every kind but this kind never read: dropped, as they meant nothing.
        var members = ContractJson.Options.GetTypeInfo(Kinds[type]).Properties.Select(p => p.Name).Append("type").ToHashSet(StringComparer.Ordinal);
        foreach (var name in node.Select(p => p.Key).Where(n => !members.Contains(n)).ToList()) node.Remove(name);
        return node.Deserialize<ContractEvent>(ContractJson.Options)!;
    }

    /// <summary>A decision fact of the old ledger; only the vendor disputed, so a dispute was the vendor's and the rest the institution's.</summary>
    private static EntryDecided Decision(JsonObject node, LedgerAction action)
    {
        var user = (string?)node["recordedBy"] ?? "unknown";
        var at = node["recordedAt"]?.GetValue<DateTimeOffset>() ?? node["occurredAt"]!.GetValue<DateTimeOffset>();
        return new EntryDecided
        {
            Id = (string)node["id"]!, RecordedAt = at, EntryId = (string)node["entryId"]!, Action = action,
            Amount = node["amount"]?.GetValue<decimal>(), Reason = (string?)node["reason"],
            By = new Reporter(action == LedgerAction.Dispute ? ReportingParty.Vendor : ReportingParty.Institution, user),
        };
    }

    private static Dictionary<string, Type> DerivedTypes() =>
        ContractJson.Options.GetTypeInfo(typeof(ContractEvent)).PolymorphismOptions!.DerivedTypes
            .ToDictionary(d => (string)d.TypeDiscriminator!, d => d.DerivedType, StringComparer.Ordinal);
}
