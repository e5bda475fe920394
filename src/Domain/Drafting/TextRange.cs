namespace VendorGrid.Domain.Drafting;

/// <summary>A stretch of the posted text, in UTF-16 code units (JavaScript string indices): [Start, End).</summary>
public readonly record struct TextRange(int Start, int End)
{
    public int Length => End - Start;

    public bool Overlaps(TextRange other) => Start < other.End && other.Start < End;

    public bool Contains(TextRange other) => Start <= other.Start && other.End <= End;

    /// <summary>The smallest range covering both.</summary>
    public TextRange Union(TextRange other) => new(Math.Min(Start, other.Start), Math.Max(End, other.End));
}
