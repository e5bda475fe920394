namespace VendorGrid.Domain.Contracts.Definition;

/// <summary>
/// Where a drafted clause was read from: offsets in UTF-16 code units (JavaScript string indices) into the text it
/// was drafted from, end exclusive, so an editor can show the rule beside its sentence. Written clauses leave it out.
/// </summary>
public sealed record SourceSpan
{
    public required int Start { get; init; }
    public required int End { get; init; }
}

/// <summary>How sure the drafter is of a clause it read from text, and why, so a person knows what to check first.</summary>
public enum ConfidenceLevel { High, Medium, Low }

public sealed record DraftConfidence
{
    public required ConfidenceLevel Level { get; init; }
    public required string Reason { get; init; }
}
