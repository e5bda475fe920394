using System.Text.Json;
using System.Text.Json.Serialization;
using VendorGrid.Domain.Validation;

namespace VendorGrid.Domain.Contracts.Definition;

/// <summary>
/// The one JSON dialect of contract definitions and facts: camelCase members, kebab-case enum values
/// (<c>per-day</c>, <c>working-days</c>), ISO dates, unknown members rejected so a misspelt clause field
/// fails loudly instead of silently meaning nothing.
/// </summary>
public static class ContractJson
{
    public static readonly JsonSerializerOptions Options = CreateOptions(JsonUnmappedMemberHandling.Disallow);

    /// <summary>
    /// The same dialect between silos and gateways (Orleans' JSON codec), which reads each value as its concrete type: a
    /// fact's <c>type</c> (or a command's <c>command</c>) is then a member to skip, not an error. Input from people is
    /// read with <see cref="Options"/>.
    /// </summary>
    public static readonly JsonSerializerOptions WireOptions = CreateOptions(JsonUnmappedMemberHandling.Skip);

    private static JsonSerializerOptions CreateOptions(JsonUnmappedMemberHandling unmapped)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            UnmappedMemberHandling = unmapped,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = false,
            AllowTrailingCommas = true,
            ReadCommentHandling = JsonCommentHandling.Skip,
            // A fact's "type" may come anywhere in the object, as people write JSON by hand.
            AllowOutOfOrderMetadataProperties = true,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.Converters.Add(new StrictInstantConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>Reads and validates a definition; every problem is reported with its JSON path.</summary>
    public static Parsed<ContractDefinition> ParseDefinition(string json) => Parse(json, submitted: false);

    /// <summary>
    /// A definition a person submits (create, validate, preview, amend): <see cref="ParseDefinition"/>'s rules and the amounts'
    /// agreement (<see cref="DefinitionAmounts"/>). Kept out of <see cref="ParseDefinition"/>, which also reads stored
    /// definitions back: a contract stored before a rule existed still loads, and is judged by it only when amended.
    /// </summary>
    public static Parsed<ContractDefinition> ParseSubmitted(string json) => Parse(json, submitted: true);

    private static Parsed<ContractDefinition> Parse(string json, bool submitted)
    {
        ContractDefinition? definition;
        try
        {
            definition = JsonSerializer.Deserialize<ContractDefinition>(StripSchemaMember(json), Options);
        }
        catch (JsonException e)
        {
            return Parsed<ContractDefinition>.Fail(MissingMember(e) ?? JsonPath(e.Path), Describe(e));
        }
        if (definition is null)
            return Parsed<ContractDefinition>.Fail("$", "a contract definition object is required");
        // Bounds first: they also catch the explicit nulls the validator's rules would trip over.
        var errors = DefinitionBounds.Check(definition) is { Count: > 0 } bounds ? bounds
            : [.. ContractDefinitionValidator.Validate(definition), .. submitted ? DefinitionAmounts.Check(definition) : []];
        return errors.Count == 0 ? Parsed<ContractDefinition>.Ok(definition) : Parsed<ContractDefinition>.Fail(errors);
    }

    public static string Serialize(ContractDefinition definition) => JsonSerializer.Serialize(definition, Options);

    /// <summary>Reads one fact as posted to a contract; its semantic checks need the contract (see FactValidator).</summary>
    public static Parsed<Facts.ContractFact> ParseFact(string json)
    {
        try
        {
            return ReadFact(System.Text.Json.Nodes.JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true }), "");
        }
        catch (JsonException e)
        {
            return Parsed<Facts.ContractFact>.Fail(MissingMember(e) ?? JsonPath(e.Path), Describe(e));
        }
    }

    /// <summary>
    /// One fact of a request, <paramref name="path"/> being where it sits ("" for a lone fact, "facts[3]." in a batch):
    /// an unknown or missing <c>type</c> is named as such rather than as System.Text.Json's polymorphism message.
    /// </summary>
    public static Parsed<Facts.ContractFact> ReadFact(System.Text.Json.Nodes.JsonNode? node, string path)
    {
        if (node is not System.Text.Json.Nodes.JsonObject fact) return Parsed<Facts.ContractFact>.Fail(path.Length == 0 ? "$" : path.TrimEnd('.'), "a fact object is required");
        if (fact["type"] is not System.Text.Json.Nodes.JsonValue type || !type.TryGetValue<string>(out var kind))
            return Parsed<Facts.ContractFact>.Fail(path + "type", $"is required: one of {string.Join(", ", Facts.FactTypes.All)}");
        if (!Facts.FactTypes.All.Contains(kind))
            return Parsed<Facts.ContractFact>.Fail(path + "type", $"is not a known fact type ({string.Join(", ", Facts.FactTypes.All)})");
        if (PlatformMembers.FirstOrDefault(fact.ContainsKey) is { } member)
            return Parsed<Facts.ContractFact>.Fail(path + member, "is set by the platform (who reported it, and when it was recorded) and cannot be sent");
        try
        {
            return Parsed<Facts.ContractFact>.Ok(fact.Deserialize<Facts.ContractFact>(Options)!);
        }
        catch (JsonException e)
        {
            return Parsed<Facts.ContractFact>.Fail(path + (MissingMember(e) ?? JsonPath(e.Path)), Describe(e));
        }
    }

    private static readonly string[] PlatformMembers = ["recordedAt", "reporter", "recordedBy", "reportedBy"];

    /// <summary>Turns System.Text.Json's "$.penalties[2].shape" into "penalties[2].shape".</summary>
    public static string JsonPath(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "$" : path.StartsWith("$.") ? path[2..] : path.TrimStart('$');

    public static string Describe(JsonException e) => e.Message.Split(" Path:")[0];

    /// <summary>System.Text.Json reports a missing required member at the parent; name the member itself.</summary>
    private static string? MissingMember(JsonException e)
    {
        const string marker = "missing required properties including: '";
        var at = e.Message.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0) return null;
        var name = e.Message[(at + marker.Length)..].Split('\'')[0];
        var parent = JsonPath(e.Path);
        return parent == "$" ? name : $"{parent}.{name}";
    }

    /// <summary>Editors like a "$schema" member; it is documentation, not data, so it is dropped before binding.</summary>
    private static string StripSchemaMember(string json)
    {
        if (!json.Contains("\"$schema\"", StringComparison.Ordinal)) return json;
        var node = System.Text.Json.Nodes.JsonNode.Parse(json, documentOptions: new JsonDocumentOptions
        {
            AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip,
        });
        if (node is System.Text.Json.Nodes.JsonObject obj) obj.Remove("$schema");
        return node?.ToJsonString() ?? json;
    }
}
