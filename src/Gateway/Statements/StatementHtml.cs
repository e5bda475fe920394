using System.Text;
using VendorGrid.Domain.Statements;

namespace VendorGrid.Gateway.Statements;

/// <summary>
/// The print view: <see cref="StatementLayout"/> as one self-contained HTML page laid out for A4 (CSS @page), which a
/// browser prints as the finance office files it. No script and no external asset, so it prints the same offline.
/// </summary>
public static class StatementHtml
{
    public static string Render(PrintableStatement printable, string pdfUrl)
    {
        var html = new StringBuilder();
        var s = printable.Statement;
        html.Append($"""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <title>{E($"{StatementText.Title} {s.Month} {s.Header.Title}")}</title>
            <style>{Css}</style>
            </head>
            <body>
            <p class="screen-only">打印本页（Ctrl+P，A4 纵向）即得纸质对账单；也可下载 <a href="{E(pdfUrl)}">PDF 版</a>。</p>

            """);
        foreach (var block in StatementLayout.Blocks(printable)) Append(html, block);
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void Append(StringBuilder html, StatementBlock block)
    {
        switch (block)
        {
            case TitleBlock t:
                html.Append($"<h1>{E(t.Title)}</h1>\n<p class=\"subtitle\">{E(t.Subtitle)}</p>\n");
                break;
            case FactsBlock f:
                html.Append("<table class=\"facts\">\n");
                foreach (var (label, value) in f.Lines) html.Append($"<tr><th scope=\"row\">{E(label)}</th><td>{E(value)}</td></tr>\n");
                html.Append("</table>\n");
                break;
            case HeadingBlock h:
                html.Append($"<h2>{E(h.Text)}</h2>\n");
                break;
            case TableBlock t:
                AppendTable(html, t);
                break;
            case SignaturesBlock sig:
                html.Append("<div class=\"signatures\">\n");
                foreach (var (role, name) in sig.Parties)
                {
                    html.Append($"<section class=\"party\"><h3>{E(role)}：{E(name)}</h3>\n");
                    foreach (var line in StatementLayout.SignatureLines) html.Append($"<p>{E(line)}</p>\n");
                    html.Append("</section>\n");
                }
                html.Append("</div>\n");
                break;
        }
    }

    private static void AppendTable(StringBuilder html, TableBlock t)
    {
        if (t.Rows.Count == 0)
        {
            html.Append($"<p class=\"none\">{E(TableBlock.EmptyText)}</p>\n");
            return;
        }
        var total = t.Columns.Sum(c => c.Weight);
        html.Append("<table>\n<colgroup>");
        foreach (var c in t.Columns) html.Append($"<col style=\"width:{c.Weight / total * 100:F1}%\">");
        html.Append("</colgroup>\n<thead><tr>");
        foreach (var c in t.Columns) html.Append($"<th scope=\"col\">{E(c.Header)}</th>");
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in t.Rows)
        {
            html.Append("<tr>");
            for (var i = 0; i < row.Length; i++) html.Append(t.Columns[i].Figure ? $"<td class=\"figure\">{E(row[i])}</td>" : $"<td>{E(row[i])}</td>");
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
    }

    /// <summary>Escapes markup only; ¥ and Chinese stay as they are (the page is UTF-8), unlike WebUtility's numeric entities.</summary>
    private static string E(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;").Replace("'", "&#39;");

    private const string Css = """
        @page { size: A4 portrait; margin: 18mm 16mm 20mm; }
        * { box-sizing: border-box; }
        body { font-family: "WenQuanYi Micro Hei", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif;
               font-size: 10pt; line-height: 1.45; color: #000; margin: 0; }
        @media screen { body { max-width: 210mm; margin: 8mm auto; padding: 16mm; background: #fff; box-shadow: 0 0 6px #999; } html { background: #eee; } }
        @media print { .screen-only { display: none; } }
        .screen-only { font-size: 9pt; color: #555; border-bottom: 1px dashed #aaa; padding-bottom: 4pt; }
        h1 { font-size: 18pt; text-align: center; margin: 0 0 2pt; letter-spacing: 0.2em; }
        .subtitle { text-align: center; margin: 0 0 10pt; }
        h2 { font-size: 11.5pt; margin: 12pt 0 4pt; break-after: avoid; }
        table { width: 100%; border-collapse: collapse; table-layout: fixed; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; }
        th, td { border: 0.6pt solid #333; padding: 2.5pt 4pt; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
        thead th { background: #e8e8e8; }
        .facts th { width: 18%; background: #f4f4f4; }
        td.figure { text-align: right; white-space: nowrap; }
        .none { margin: 2pt 0 0 4pt; }
        .signatures { display: flex; gap: 10mm; break-inside: avoid; margin-top: 4pt; }
        .party { flex: 1; border: 0.6pt solid #333; padding: 6pt 8pt; min-height: 52mm; }
        .party h3 { font-size: 10.5pt; margin: 0 0 4pt; }
        .party p { margin: 0 0 12mm; }
        .party p:last-child { margin-bottom: 0; }
        """;
}
