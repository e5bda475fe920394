using System.Collections.Immutable;

namespace VendorGrid.Domain.Drafting;

/// <summary>
/// Splits a paragraph at 。；！？ (and their ASCII forms) outside brackets and quotes. A sentence that starts with
/// 即 ("；即人民币…") restates the one before it and stays joined to it.
/// </summary>
internal static class SentenceSplitter
{
    private const string Enders = "。;；!！?？";
    private const string Openers = "(（「“《[【";
    private const string Closers = ")）」”》]】";

    public static ImmutableArray<Range> Split(string text)
    {
        var sentences = ImmutableArray.CreateBuilder<Range>();
        int start = 0, depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (Openers.Contains(c)) depth++;
            else if (Closers.Contains(c)) depth = Math.Max(0, depth - 1);
            else if (depth == 0 && Enders.Contains(c))
            {
                if (i + 1 < text.Length && text[i + 1] == '即') continue;
                if (i + 1 > start) sentences.Add(start..(i + 1));
                start = i + 1;
            }
        }
        if (start < text.Length) sentences.Add(start..text.Length);
        return sentences.ToImmutable();
    }
}
