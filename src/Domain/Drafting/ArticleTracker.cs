using System.Text.RegularExpressions;

namespace VendorGrid.Domain.Drafting;

/// <summary>
/// Follows the numbering of a contract (附件七 / 第八条 or 八、 / 8.1 or 4、 / （二）) so every paragraph can be
/// cited the way the contract cites itself: 第八条第4款, 第九章9.1, 附件七第四条（二）.
/// </summary>
internal sealed partial class ArticleTracker
{
    private string annex = "", chapter = "", sub = "", item = "";

    [GeneratedRegex(@"^附件\s*([一二三四五六七八九十\d]{0,3})\s*(?:[:：]|$|(?=\D))")]
    private static partial Regex Annex();

    [GeneratedRegex(@"^第([一二三四五六七八九十百零〇\d]{1,4})([条章])")]
    private static partial Regex Chapter();

    [GeneratedRegex(@"^([一二三四五六七八九十]{1,3})[、.]")]
    private static partial Regex ChineseSection();

    [GeneratedRegex(@"^(\d{1,2}(?:\.\d{1,2})+)(?![\d%])")]
    private static partial Regex Decimal();

    [GeneratedRegex(@"^(\d{1,2})[、.](?!\d)")]
    private static partial Regex Clause();

    [GeneratedRegex(@"^(?:[(（]([一二三四五六七八九十\d]{1,3})[)）]|(\d{1,2})\))")]
    private static partial Regex Item();

    [GeneratedRegex(@"^([A-H])[.、]")]
    private static partial Regex Letter();

    /// <summary>True when a line starts a new numbered unit, so it cannot be the rest of the line before it.</summary>
    public static bool StartsNumbered(string line) =>
        Annex().IsMatch(line) || Chapter().IsMatch(line) || ChineseSection().IsMatch(line) || Decimal().IsMatch(line)
        || Clause().IsMatch(line) || Item().IsMatch(line) || Letter().IsMatch(line);

    public string Next(string text, bool isTableRow)
    {
        if (!isTableRow) Advance(text);
        return annex + chapter + sub + item;
    }

    private void Advance(string text)
    {
        Match m;
        if ((m = Annex().Match(text)).Success && text.Length < 60)
            (annex, chapter, sub, item) = ("附件" + m.Groups[1].Value, "", "", "");
        else if ((m = Chapter().Match(text)).Success)
            (chapter, sub, item) = (m.Value, "", "");
        else if ((m = ChineseSection().Match(text)).Success)
            (chapter, sub, item) = ($"第{m.Groups[1].Value}条", "", "");
        else if ((m = Decimal().Match(text)).Success)
            (sub, item) = (m.Groups[1].Value, "");
        else if ((m = Clause().Match(text)).Success)
            (sub, item) = ($"第{m.Groups[1].Value}款", "");
        else if ((m = Item().Match(text)).Success)
            item = m.Groups[1].Success ? $"（{m.Groups[1].Value}）" : $"({m.Groups[2].Value})";
        else if ((m = Letter().Match(text)).Success)
            item = $"{m.Groups[1].Value}项";
    }
}
