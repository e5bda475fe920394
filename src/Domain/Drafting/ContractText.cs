using System.Collections.Immutable;

namespace VendorGrid.Domain.Drafting;

/// <summary>
/// The posted contract text cut into paragraphs and table rows, each labelled with its article reference.
/// A line that a page break cut in two (no closing punctuation, the next line not a new numbered item) is joined
/// to its continuation, so 「…乙方应承担全部损害赔偿 / 责任，并向甲方承担…」 reads as one paragraph.
/// </summary>
public sealed class ContractText
{
    private ContractText(string original, ImmutableArray<Paragraph> paragraphs)
    {
        Original = original;
        Paragraphs = paragraphs;
    }

    public string Original { get; }
    public ImmutableArray<Paragraph> Paragraphs { get; }

    public static ContractText Parse(string original)
    {
        var lines = Lines(original).ToList();
        var paragraphs = ImmutableArray.CreateBuilder<Paragraph>();
        var articles = new ArticleTracker();
        for (var i = 0; i < lines.Count; i++)
        {
            var (text, map) = lines[i];
            var isTable = text.Contains('\t');
            while (!isTable && i + 1 < lines.Count && ContinuesOnNextLine(text, lines[i + 1].Text))
            {
                i++;
                text += lines[i].Text;
                map = [.. map, .. lines[i].Map];
            }
            paragraphs.Add(new Paragraph(paragraphs.Count, text, map, articles.Next(text, isTable), isTable));
        }
        return new ContractText(original, paragraphs.ToImmutable());
    }

    private static IEnumerable<(string Text, int[] Map)> Lines(string original)
    {
        var start = 0;
        while (start <= original.Length)
        {
            var end = original.IndexOf('\n', start);
            if (end < 0) end = original.Length;
            var line = TextNormalizer.Line(original, start, end);
            if (line.Text.Trim('\t').Length > 0) yield return line;
            start = end + 1;
        }
    }

    private const string Terminators = "。;；:：!！?？」”)）";

    private static bool ContinuesOnNextLine(string text, string next) =>
        text.Length >= 20 && !Terminators.Contains(text[^1]) && !next.Contains('\t') && !ArticleTracker.StartsNumbered(next)
        && !IsLabelled(text) && !IsLabelled(next);

    /// <summary>合同编号：… / 联系人：…: header lines are whole on their own, however long.</summary>
    private static bool IsLabelled(string line)
    {
        var colon = line.IndexOf(':');
        return colon is > 0 and <= 12 && line.AsSpan(0, colon).IndexOfAny(",，。") < 0;
    }
}
