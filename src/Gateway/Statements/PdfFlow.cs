using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace VendorGrid.Gateway.Statements;

/// <summary>
/// Flows text and tables down A4 pages with PDFsharp: wraps Chinese by character (it has no spaces to break at), starts
/// a new page when a row or a block does not fit, and repeats a table's heading row at the top of the next page.
/// </summary>
internal sealed class PdfFlow : IDisposable
{
    public const double Left = 48, Right = 547, Top = 56, Bottom = 786, LineGap = 1.35, Padding = 3;

    // Fonts are made per document, after CjkFont.Install: PDFsharp resolves a family when the XFont is created.
    public readonly XFont Body = new(CjkFont.Family, 9.5, XFontStyleEx.Regular),
        Bold = new(CjkFont.Family, 9.5, XFontStyleEx.Bold),
        Heading = new(CjkFont.Family, 11.5, XFontStyleEx.Bold),
        Title = new(CjkFont.Family, 18, XFontStyleEx.Bold),
        Small = new(CjkFont.Family, 8, XFontStyleEx.Regular);

    private readonly PdfDocument document;

    private static readonly XPen Rule = new(XColors.Black, 0.6);
    private static readonly XBrush Shade = new XSolidBrush(XColor.FromArgb(232, 232, 232));

    private XGraphics? graphics;
    private double y = Bottom;

    public PdfFlow(PdfDocument document)
    {
        this.document = document;
        KeepTogether(double.MaxValue); // the first page, so there is always something to measure text with
    }

    public static double Width => Right - Left;

    private XGraphics G => graphics ?? throw new InvalidOperationException("no page");

    public void Space(double points) => y += points;

    /// <summary>Starts a new page unless <paramref name="height"/> points still fit on this one.</summary>
    public void KeepTogether(double height)
    {
        if (graphics is not null && y + height <= Bottom) return;
        graphics?.Dispose();
        var page = document.AddPage();
        page.Size = PageSize.A4;
        graphics = XGraphics.FromPdfPage(page);
        y = Top;
    }

    public void Centered(string text, XFont font)
    {
        var height = font.Height * LineGap;
        KeepTogether(height);
        G.DrawString(text, font, XBrushes.Black, new XRect(Left, y, Width, height), XStringFormats.TopCenter);
        y += height;
    }

    public void Line(string text, XFont font, double indent = 0)
    {
        foreach (var line in Wrap(text, font, Width - indent))
        {
            KeepTogether(font.Height * LineGap);
            G.DrawString(line, font, XBrushes.Black, Left + indent, y, XStringFormats.TopLeft);
            y += font.Height * LineGap;
        }
    }

    /// <summary>A bordered table; column widths by weight; figure columns right-aligned; a heading row unless null.</summary>
    public void Table(IReadOnlyList<double> weights, IReadOnlyList<bool> figures, string[]? heading, IEnumerable<string[]> rows,
        IReadOnlyList<bool>? boldColumns = null)
    {
        var total = weights.Sum();
        var widths = weights.Select(w => w / total * Width).ToArray();
        if (heading is not null) Row(widths, figures, heading, header: true, null);
        foreach (var row in rows)
        {
            var needed = RowHeight(widths, row, Body);
            if (y + needed > Bottom && heading is not null)
            {
                KeepTogether(needed + RowHeight(widths, heading, Bold));
                Row(widths, figures, heading, header: true, null);
            }
            Row(widths, figures, row, header: false, boldColumns);
        }
    }

    private void Row(double[] widths, IReadOnlyList<bool> figures, string[] cells, bool header, IReadOnlyList<bool>? boldColumns)
    {
        var height = RowHeight(widths, cells, header ? Bold : Body);
        KeepTogether(height);
        var x = Left;
        for (var i = 0; i < cells.Length; i++)
        {
            var cell = new XRect(x, y, widths[i], height);
            if (header) G.DrawRectangle(Shade, cell);
            G.DrawRectangle(Rule, cell);
            var font = header || boldColumns?[i] == true ? Bold : Body;
            var lineY = y + Padding;
            foreach (var line in Wrap(cells[i], font, widths[i] - 2 * Padding))
            {
                var box = new XRect(x + Padding, lineY, widths[i] - 2 * Padding, font.Height);
                G.DrawString(line, font, XBrushes.Black, box, figures[i] && !header ? XStringFormats.TopRight : XStringFormats.TopLeft);
                lineY += font.Height * LineGap;
            }
            x += widths[i];
        }
        y += height;
    }

    private double RowHeight(double[] widths, string[] cells, XFont font) =>
        cells.Select((c, i) => Wrap(c, font, widths[i] - 2 * Padding).Count).Max() * font.Height * LineGap + 2 * Padding;

    /// <summary>Two boxes side by side, each with a bold first line and the other lines spread over its height.</summary>
    public void Boxes(IReadOnlyList<string[]> boxes, double height)
    {
        KeepTogether(height);
        var gap = 24.0;
        var width = (Width - gap * (boxes.Count - 1)) / boxes.Count;
        for (var b = 0; b < boxes.Count; b++)
        {
            var x = Left + b * (width + gap);
            G.DrawRectangle(Rule, new XRect(x, y, width, height));
            var lines = boxes[b];
            var step = (height - 2 * Padding - Body.Height) / Math.Max(1, lines.Length - 1);
            for (var i = 0; i < lines.Length; i++)
            {
                var font = i == 0 ? Bold : Body;
                var text = Wrap(lines[i], font, width - 4 * Padding).FirstOrDefault() ?? "";
                G.DrawString(text, font, XBrushes.Black, x + 2 * Padding, y + Padding + i * step, XStringFormats.TopLeft);
            }
        }
        y += height;
    }

    /// <summary>"第 n 页 共 m 页" and <paramref name="left"/> at the foot of every page, once all pages exist.</summary>
    public void Footers(string left)
    {
        left = Wrap(left, Small, Width * 0.7).FirstOrDefault() ?? "";
        graphics?.Dispose();
        graphics = null;
        for (var i = 0; i < document.PageCount; i++)
        {
            using var g = XGraphics.FromPdfPage(document.Pages[i], XGraphicsPdfPageOptions.Append);
            var footY = Bottom + 18;
            g.DrawString(left, Small, XBrushes.Black, Left, footY, XStringFormats.TopLeft);
            g.DrawString($"第 {i + 1} 页 共 {document.PageCount} 页", Small, XBrushes.Black,
                new XRect(Left, footY, Width, Small.Height), XStringFormats.TopRight);
        }
    }

    /// <summary>Greedy wrapping by character, at explicit line breaks and wherever the next character would overflow.</summary>
    private List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var start = 0;
            for (var end = 1; end <= paragraph.Length; end++)
            {
                if (end - start > 1 && Measure(paragraph[start..end], font) > width)
                {
                    lines.Add(paragraph[start..(end - 1)]);
                    start = end - 1;
                }
            }
            lines.Add(paragraph[start..]);
        }
        return lines;
    }

    private double Measure(string text, XFont font) => G.MeasureString(text, font).Width;

    public void Dispose() => graphics?.Dispose();
}
