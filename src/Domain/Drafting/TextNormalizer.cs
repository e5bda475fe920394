using System.Text;

namespace VendorGrid.Domain.Drafting;

/// <summary>
/// Turns one line of the posted text into the compact form the readers match against, remembering for each kept
/// character where it came from. Contract texts arrive from Word, PDF and OCR exports: full-width digits and
/// punctuation, spaces inside numbers (¥1, 475, 000. 00), Markdown emphasis, HTML tags and LaTeX fragments
/// ($\leq 1\%$) all occur in the seeds, and none of them changes what a clause says.
/// </summary>
internal static class TextNormalizer
{
    public static (string Text, int[] Map) Line(string original, int start, int end)
    {
        var text = new StringBuilder(end - start);
        var map = new List<int>(end - start);
        void Keep(char c, int at) { text.Append(c); map.Add(at); }

        var i = start;
        // Markdown headings and bullets at the start of a line.
        // Leading tabs stay: they are a table row's empty first cells.
        while (i < end && (original[i] is ' ' or '\u3000' or '#' || (original[i] == '-' && i + 1 < end && original[i + 1] == ' '))) i++;
        for (; i < end; i++)
        {
            var c = original[i];
            if (c == '<' && SkipTag(original, i, end) is > 0 and var tagEnd) { i = tagEnd - 1; continue; }
            if (c == '\\' && i + 1 < end)
            {
                if (Latex(original, i + 1, end) is ({ } symbol, var length)) { Keep(symbol, i); i += length; }
                continue;
            }
            if (c is ' ' or '\u3000' or '\u00a0' or '\r' or '$' or '\u200b' or '\ufeff')
            {
                if (c == ' ' && text.Length > 0 && char.IsAsciiLetter(text[^1]) && i + 1 < end && char.IsAsciiLetter(original[i + 1])) Keep(' ', i);
                continue;
            }
            if (c == '*')
            {
                var next = i + 1;
                while (next < end && original[next] is ' ' or '\\') next++;
                if (text.Length > 0 && char.IsAsciiDigit(text[^1]) && next < end && char.IsAsciiDigit(Fold(original[next]))) Keep('*', i);
                continue;
            }
            if (c == '|') { if (text.Length > 0 && text[^1] != '\t') Keep('\t', i); continue; }
            Keep(Fold(c), i);
        }
        while (text.Length > 0 && text[^1] == '\t') { text.Length--; map.RemoveAt(map.Count - 1); }
        return (text.ToString(), [.. map]);
    }

    /// <summary>Full-width ASCII forms (０-９, Ａ-Ｚ, ：，（）％) to ASCII; ￥ to ¥; ×/＊ kept as they are.</summary>
    public static char Fold(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\uFFE5' => '¥',
        '\u2014' or '\u2013' or '\u2212' => '-',
        _ => c,
    };

    private static int SkipTag(string s, int at, int end)
    {
        var close = s.IndexOf('>', at, Math.Min(120, end - at));
        if (close < 0) return 0;
        var inner = s.AsSpan(at + 1, close - at - 1).TrimStart('/');
        return inner.Length > 0 && char.IsAsciiLetter(inner[0]) ? close + 1 : 0;
    }

    private static (char? Symbol, int Length) Latex(string s, int at, int end)
    {
        foreach (var (name, symbol) in new[] { ("leq", '≤'), ("le", '≤'), ("geq", '≥'), ("ge", '≥'), ("times", '×'), ("%", '%') })
            if (string.CompareOrdinal(s, at, name, 0, name.Length) == 0 && at + name.Length <= end) return (symbol, name.Length);
        return (null, 0);
    }
}
