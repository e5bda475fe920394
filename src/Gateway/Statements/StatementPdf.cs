using PdfSharp.Pdf;
using VendorGrid.Domain.Statements;

namespace VendorGrid.Gateway.Statements;

/// <summary>
/// The statement as an A4 PDF (PDFsharp), block for block what <see cref="StatementHtml"/> shows, set in the
/// <see cref="CjkFont"/> (embedded, so it prints anywhere). Text stays text: readers can search and copy the 大写.
/// </summary>
public static class StatementPdf
{
    public const string ContentType = "application/pdf";

    /// <summary>Needs <see cref="CjkFont.Install"/> to have found a font.</summary>
    public static byte[] Render(PrintableStatement printable)
    {
        var s = printable.Statement;
        using var document = new PdfDocument();
        document.Info.Title = $"{StatementText.Title} {s.Month} {s.Header.Title}";
        document.Info.Subject = s.Header.Number;
        document.Info.Creator = "VendorGrid";
        // The statement is the contract as known when its month ended; that instant, not the wall clock, dates the file.
        document.Info.CreationDate = s.Month.End.UtcDateTime;
        using (var flow = new PdfFlow(document))
        {
            foreach (var block in StatementLayout.Blocks(printable)) Draw(flow, block);
            flow.Footers($"{StatementText.Title} {s.Month}  {(s.Header.Number.Length > 0 ? s.Header.Number : s.Header.ContractId)}");
        }
        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    private static void Draw(PdfFlow flow, StatementBlock block)
    {
        switch (block)
        {
            case TitleBlock t:
                flow.Centered(t.Title, flow.Title);
                flow.Centered(t.Subtitle, flow.Body);
                flow.Space(8);
                break;
            case FactsBlock f:
                flow.Table([1, 4.5], [false, false], null, f.Lines.Select(l => new[] { l.Label, l.Value }), [true, false]);
                break;
            case HeadingBlock h:
                flow.Space(10);
                flow.KeepTogether(flow.Heading.Height * 1.5 + 3 * flow.Body.Height * PdfFlow.LineGap); // a heading never ends a page
                flow.Line(h.Text, flow.Heading);
                flow.Space(2);
                break;
            case TableBlock t when t.Rows.Count == 0:
                flow.Line(TableBlock.EmptyText, flow.Body, indent: 6);
                break;
            case TableBlock t:
                flow.Table([.. t.Columns.Select(c => c.Weight)], [.. t.Columns.Select(c => c.Figure)], [.. t.Columns.Select(c => c.Header)], t.Rows);
                break;
            case SignaturesBlock sig:
                flow.Boxes([.. sig.Parties.Select(p => (string[])[$"{p.Role}：{p.Name}", .. StatementLayout.SignatureLines])], height: 150);
                break;
        }
    }
}
