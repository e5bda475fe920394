using System.Collections.Immutable;

namespace VendorGrid.Domain.Drafting;

/// <summary>
/// One paragraph (or table row) of the contract as the readers see it: <see cref="Text"/> is a compacted copy —
/// full-width forms folded to ASCII, spaces, markup and page-break gaps removed — and <see cref="Map"/> gives, for
/// each character of it, its offset in the posted text, so every match can be reported as a span of the original.
/// </summary>
public sealed class Paragraph
{
    private readonly int[] map;

    internal Paragraph(int index, string text, int[] map, string article, bool isTableRow)
    {
        Index = index;
        Text = text;
        this.map = map;
        Article = article;
        IsTableRow = isTableRow;
        Sentences = SentenceSplitter.Split(text);
    }

    public int Index { get; }
    public string Text { get; }
    /// <summary>The contract's own reference for where this paragraph sits, e.g. 第八条第4款 or 附件七第四条（二）.</summary>
    public string Article { get; }
    public bool IsTableRow { get; }
    /// <summary>Sentences as ranges of <see cref="Text"/>, split at 。；！？ outside brackets.</summary>
    public ImmutableArray<Range> Sentences { get; }

    public ReadOnlySpan<int> Map => map;

    /// <summary>The span of the posted text that characters [start, end) of <see cref="Text"/> came from.</summary>
    public TextRange Source(int start, int end)
    {
        if (Text.Length == 0) return new(0, 0);
        start = Math.Clamp(start, 0, Text.Length - 1);
        end = Math.Clamp(end, start + 1, Text.Length);
        return new(map[start], map[end - 1] + 1);
    }

    public TextRange Source(Range r)
    {
        var (offset, length) = r.GetOffsetAndLength(Text.Length);
        return Source(offset, offset + length);
    }

    public TextRange Whole => Source(0, Text.Length);

    /// <summary>Table cells (tab-separated), as ranges of <see cref="Text"/>.</summary>
    public IEnumerable<Range> Cells()
    {
        var start = 0;
        for (var i = 0; i <= Text.Length; i++)
        {
            if (i < Text.Length && Text[i] != '\t') continue;
            yield return start..i;
            start = i + 1;
        }
    }

    public override string ToString() => $"{Article} {Text}";
}
